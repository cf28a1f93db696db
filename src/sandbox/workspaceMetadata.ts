import { createRelationFieldPair, joinColumnNameOf, type RelationFieldSide, type RelationObjectRef } from '../model/relationFields.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import { deterministicUuid, isUuid } from './ids.js';
import { createStandardObjects, defaultRecordValue, recordKeyOf } from './standardObjects.js';
import {
  badRequest,
  type FieldMetadata,
  type FieldType,
  type ObjectMetadata,
  type RelationSettings,
  type SandboxRecord,
  SandboxHttpError,
  type SelectOption,
  type ViewMetadata,
} from './types.js';
import { viewsOf } from './workspaceViews.js';

/** The record side of a workspace, as the metadata API changes it: one table of records per object id. */
export interface RecordTables {
  /** Adds an empty table for a new object. */
  create(objectId: string): void;
  /** Drops an object's table and its records. */
  drop(objectId: string): void;
  /** Replaces every record of an object with `change` of it (a field added, renamed or removed). */
  rewrite(objectId: string, change: (record: SandboxRecord) => SandboxRecord): void;
}

/**
 * Twenty's metadata API (contract §1.4, §2.2) over a workspace's objects:
 * objects and fields listed, read, created, updated and deleted, with
 * Twenty's validation. Mutates `objects` in place and tells `tables` what
 * changes for the records; throws SandboxHttpError with Twenty's status and
 * message; objects and fields go out as copies.
 */
export class WorkspaceMetadata {
  constructor(
    private readonly objects: ObjectMetadata[],
    private readonly tables: RecordTables,
    private readonly now: () => Date,
  ) {}

  /** Every object, active or not, fields inline, in id order as Twenty's metadata API lists them. */
  listObjects(): ObjectMetadata[] {
    return structuredClone(byId(this.objects));
  }

  /** The object `id`; 404 when unknown. */
  getObject(id: string): ObjectMetadata {
    return structuredClone(this.objectOrThrow(id));
  }

  /**
   * Creates a custom object with Twenty's system fields, a `name` TEXT label
   * identifier and Twenty's automatic relations to timelineActivity, favorite,
   * attachment, noteTarget and taskTarget (see defaultRelationsOf). 400 for
   * missing or malformed names and labels, or a name another object (or one
   * of those relations) already uses.
   */
  createObject(body: unknown): ObjectMetadata {
    const input = metadataInputOrThrow(body);
    const nameSingular = nameOrThrow(input, 'nameSingular');
    const namePlural = nameOrThrow(input, 'namePlural');
    const labelSingular = labelOrThrow(input, 'labelSingular');
    const labelPlural = labelOrThrow(input, 'labelPlural');
    this.assertObjectNamesFreeOrThrow(nameSingular, namePlural);
    const id = this.unusedId('custom-object', nameSingular);
    const now = this.now().toISOString();
    const fields = customObjectFields(id, labelSingular, now);
    const object: ObjectMetadata = {
      id,
      nameSingular,
      namePlural,
      labelSingular,
      labelPlural,
      description: updatedValue(input, 'description', null, nullableTextOrThrow),
      icon: updatedValue(input, 'icon', null, nullableTextOrThrow),
      isCustom: true,
      isActive: updatedValue(input, 'isActive', true, booleanOrThrow),
      isSystem: false,
      isRemote: false,
      labelIdentifierFieldMetadataId: fields.find((field) => field.name === 'name')?.id ?? null,
      duplicateCriteria: null,
      createdAt: now,
      updatedAt: now,
      fields,
    };
    const relations = this.defaultRelationsOf(object, now);
    this.objects.push(object);
    this.tables.create(id);
    for (const { manyToOne, oneToMany } of relations) {
      this.addRelationPair(manyToOne, oneToMany);
    }
    return structuredClone(object);
  }

  /**
   * Updates labels, description, icon, isActive, the label identifier and,
   * for custom objects, the names; the automatic relations (see
   * defaultRelationsOf) follow a new singular name, join columns included.
   * 404 for an unknown id, 400 for bad values.
   */
  updateObject(id: string, body: unknown): ObjectMetadata {
    const object = this.objectOrThrow(id);
    const input = metadataInputOrThrow(body);
    const nameSingular = input['nameSingular'] === undefined ? object.nameSingular : nameOrThrow(input, 'nameSingular');
    const namePlural = input['namePlural'] === undefined ? object.namePlural : nameOrThrow(input, 'namePlural');
    if (nameSingular !== object.nameSingular || namePlural !== object.namePlural) {
      if (!object.isCustom) {
        throw badRequest('The names of a standard object cannot be changed');
      }
      this.assertObjectNamesFreeOrThrow(nameSingular, namePlural, object.id);
    }
    const labelIdentifier = input['labelIdentifierFieldMetadataId'];
    if (labelIdentifier !== undefined && !object.fields.some((field) => field.id === labelIdentifier)) {
      throw badRequest(`labelIdentifierFieldMetadataId must be the id of a field of ${object.nameSingular}`);
    }
    const defaultRelations = this.defaultRelationFieldsOf(object);
    for (const { target, field } of defaultRelations) {
      const name = defaultRelationFieldName(target, nameSingular);
      this.assertFieldNameFreeOrThrow(target, name, joinColumnNameOf(name), field);
    }
    Object.assign(object, {
      nameSingular,
      namePlural,
      labelSingular: updatedValue(input, 'labelSingular', object.labelSingular, labelOrThrow),
      labelPlural: updatedValue(input, 'labelPlural', object.labelPlural, labelOrThrow),
      description: updatedValue(input, 'description', object.description, nullableTextOrThrow),
      icon: updatedValue(input, 'icon', object.icon, nullableTextOrThrow),
      isActive: updatedValue(input, 'isActive', object.isActive, booleanOrThrow),
      labelIdentifierFieldMetadataId: (labelIdentifier as string | undefined) ?? object.labelIdentifierFieldMetadataId,
      updatedAt: this.now().toISOString(),
    });
    this.renameRelationTargets(object);
    // Twenty renames the automatic relations with the object (updateRelationsAndForeignKeysMetadata).
    for (const { target, field, inverse } of defaultRelations) {
      const previousKey = recordKeyOf(field);
      Object.assign(field, {
        name: defaultRelationFieldName(target, object.nameSingular),
        label: capitalize(object.nameSingular),
        description: `${capitalize(target.namePlural)} ${object.labelSingular}`,
      });
      if (inverse !== undefined) {
        inverse.description = `${capitalize(object.namePlural)} tied to the ${target.labelSingular}`;
      }
      this.renameRecordKey(target, field, previousKey);
    }
    return structuredClone(object);
  }

  /**
   * Deletes a deactivated custom object, its records and every relation to
   * it (both sides, join column values included). 404 for an unknown id, 400
   * when standard or still active.
   */
  deleteObject(id: string): ObjectMetadata {
    const object = this.objectOrThrow(id);
    if (!object.isCustom) {
      throw badRequest('Standard Objects cannot be deleted');
    }
    if (object.isActive) {
      throw badRequest('Object must be deactivated (isActive: false) before it can be deleted');
    }
    this.objects.splice(this.objects.indexOf(object), 1);
    this.tables.drop(object.id);
    this.removeFields(this.objects.flatMap((other) => other.fields.filter((field) => field.relation?.targetObjectMetadata.id === object.id)));
    return structuredClone(object);
  }

  /** Every field of every object, in id order. */
  listFields(): FieldMetadata[] {
    return structuredClone(byId(this.objects.flatMap((object) => object.fields)));
  }

  /** The field `id`; 404 when unknown. */
  getField(id: string): FieldMetadata {
    const found = this.fieldById(id);
    if (found === undefined) {
      throw metadataNotFound('Field');
    }
    return structuredClone(found.field);
  }

  /**
   * Adds a custom field to an object (a RATING field gets RATING_1 … RATING_5);
   * existing records get its default at once. A RELATION field comes with
   * its inverse on the target object (see createRelationField). 400 for an
   * unknown object, an unsupported type, a taken name, SELECT options that
   * are missing or malformed, or a default its type or options refuse.
   */
  createField(body: unknown): FieldMetadata {
    const input = metadataInputOrThrow(body);
    const objectMetadataId = input['objectMetadataId'];
    const object = isUuid(objectMetadataId) ? this.objects.find((candidate) => candidate.id === objectMetadataId.toLowerCase()) : undefined;
    if (object === undefined) {
      throw badRequest(`Object metadata ${String(objectMetadataId)} not found: objectMetadataId must be the id of an object`);
    }
    if (input['type'] === 'RELATION') {
      return this.createRelationField(object, input);
    }
    const type = fieldTypeOrThrow(input['type']);
    const name = nameOrThrow(input, 'name');
    this.assertFieldNameFreeOrThrow(object, name);
    const id = this.unusedId('custom-field', object.id, name);
    // Twenty always generates a RATING field's options (generateRatingOptions).
    const options = isSelect(type) ? optionsOrThrow(input['options'], id) : type === 'RATING' ? ratingOptions(id) : null;
    const now = this.now();
    const field: FieldMetadata = {
      id,
      objectMetadataId: object.id,
      type,
      name,
      label: labelOrThrow(input, 'label'),
      description: updatedValue(input, 'description', null, nullableTextOrThrow),
      icon: updatedValue(input, 'icon', null, nullableTextOrThrow),
      isCustom: true,
      isActive: updatedValue(input, 'isActive', true, booleanOrThrow),
      isSystem: false,
      isNullable: updatedValue(input, 'isNullable', true, booleanOrThrow),
      isUnique: updatedValue(input, 'isUnique', false, booleanOrThrow),
      defaultValue: defaultValueOrThrow(input['defaultValue'], type, options),
      options,
      settings: settingsOrThrow(input['settings']),
      relation: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    object.fields.push(field);
    this.tables.rewrite(object.id, (record) => ({ ...record, [name]: defaultRecordValue(field, now) }));
    return structuredClone(field);
  }

  /**
   * Updates a field's label, description, icon, isActive, nullability,
   * uniqueness, default, options, settings and (custom fields) name. New
   * SELECT / MULTI_SELECT options are matched to the old ones by id (an
   * option given without one keeps the id of the option with its value), and
   * stored values follow: a renamed option's records get the new value, a
   * removed option's value becomes null (SELECT) or leaves the list
   * (MULTI_SELECT), as Twenty's enum migration does; the default follows too
   * unless one is given. A renamed MANY_TO_ONE field renames its join column.
   * 400 — not 404 — for an unknown id (contract §1.4), 400 for bad values.
   */
  updateField(id: string, body: unknown): FieldMetadata {
    const found = this.fieldById(id);
    if (found === undefined) {
      throw badRequest(`Field metadata with id ${id} not found`);
    }
    const { object, field } = found;
    const input = metadataInputOrThrow(body);
    const name = input['name'] === undefined ? field.name : nameOrThrow(input, 'name');
    const previousKey = recordKeyOf(field);
    const isManyToOne = field.type === 'RELATION' && previousKey !== null;
    if (name !== field.name) {
      if (!field.isCustom) {
        throw badRequest('The name of a standard field cannot be changed');
      }
      this.assertFieldNameFreeOrThrow(object, name, isManyToOne ? joinColumnNameOf(name) : undefined, field);
    }
    const isActive = updatedValue(input, 'isActive', field.isActive, booleanOrThrow);
    if (!isActive && (field.isSystem || field.id === object.labelIdentifierFieldMetadataId)) {
      throw badRequest(`Field ${field.name} cannot be deactivated: it is a system field or the label identifier`);
    }
    if (field.type === 'RELATION' && input['settings'] !== undefined) {
      throw badRequest('The settings of a RELATION field cannot be changed: its relation type and join column follow its name');
    }
    const editsOptions = input['options'] !== undefined && isSelect(field.type);
    const options = editsOptions ? optionsOrThrow(input['options'], field.id, field.options ?? []) : field.options;
    const migration = editsOptions ? optionMigration(field.options ?? [], options ?? []) : new Map<string, string | null>();
    Object.assign(field, {
      name,
      label: updatedValue(input, 'label', field.label, labelOrThrow),
      description: updatedValue(input, 'description', field.description, nullableTextOrThrow),
      icon: updatedValue(input, 'icon', field.icon, nullableTextOrThrow),
      isActive,
      isNullable: updatedValue(input, 'isNullable', field.isNullable, booleanOrThrow),
      isUnique: updatedValue(input, 'isUnique', field.isUnique, booleanOrThrow),
      options,
      defaultValue:
        input['defaultValue'] === undefined
          ? migratedDefault(field.defaultValue, migration)
          : defaultValueOrThrow(input['defaultValue'], field.type, options),
      settings: input['settings'] === undefined ? field.settings : settingsOrThrow(input['settings']),
      updatedAt: this.now().toISOString(),
    });
    if (name !== found.previousName) {
      this.renameRecordKey(object, field, previousKey);
    }
    if (migration.size > 0) {
      this.tables.rewrite(object.id, (record) => ({ ...record, [name]: migratedValue(record[name], migration) }));
    }
    return structuredClone(field);
  }

  /**
   * Deletes a custom field and its values; a RELATION field goes with its
   * inverse, and the MANY_TO_ONE side's join column leaves every record. 404
   * for an unknown id, 400 for a standard field.
   */
  deleteField(id: string): FieldMetadata {
    const found = this.fieldById(id);
    if (found === undefined) {
      throw metadataNotFound('Field');
    }
    const { field } = found;
    if (!field.isCustom) {
      throw badRequest('Standard fields cannot be deleted');
    }
    const inverse = field.relation === null ? undefined : this.fieldById(field.relation.targetFieldMetadata.id)?.field;
    this.removeFields(inverse === undefined ? [field] : [field, inverse]);
    return structuredClone(field);
  }

  /** Every view of the workspace (see viewsOf), in id order as Twenty's metadata API lists them. */
  listViews(): ViewMetadata[] {
    return byId(viewsOf(this.objects));
  }

  /** The view `id`; 404 when unknown. */
  getView(id: string): ViewMetadata {
    const view = viewsOf(this.objects).find((candidate) => candidate.id === id.toLowerCase());
    if (view === undefined) {
      throw new SandboxHttpError(404, 'NotFoundException', ['View not found']);
    }
    return view;
  }

  /**
   * A RELATION field as Twenty's field creation makes it from
   * `relationCreationPayload` (generateMorphOrRelationFlatFieldMetadataPair):
   * the field on `object`, its inverse on the target named after
   * `targetFieldLabel` (computeMetadataNameFromLabel), each described after the
   * other object unless a description is given; the MANY_TO_ONE side gets the
   * `<name>Id` join column (SET_NULL), null in every existing record.
   */
  private createRelationField(object: ObjectMetadata, input: Record<string, unknown>): FieldMetadata {
    const name = nameOrThrow(input, 'name');
    const label = labelOrThrow(input, 'label');
    const payload = relationPayloadOrThrow(input['relationCreationPayload']);
    const target = this.objects.find((candidate) => candidate.id === payload.targetObjectMetadataId);
    if (target === undefined) {
      throw badRequest('Object metadata relation target not found for relation creation payload');
    }
    const targetName = metadataNameFromLabelOrThrow(payload.targetFieldLabel);
    const sourceIsManyToOne = payload.type === 'MANY_TO_ONE';
    this.assertFieldNameFreeOrThrow(object, name, sourceIsManyToOne ? joinColumnNameOf(name) : undefined);
    this.assertFieldNameFreeOrThrow(target, targetName, sourceIsManyToOne ? undefined : joinColumnNameOf(targetName));
    const newKeys = [name, targetName, joinColumnNameOf(sourceIsManyToOne ? name : targetName)];
    if (target.id === object.id && new Set(newKeys).size < newKeys.length) {
      throw badRequest(`A field named "${targetName}" already exists on object ${object.nameSingular}`);
    }
    const description = updatedValue(input, 'description', null, nullableTextOrThrow);
    const source: RelationFieldSide = {
      object: refOf(object),
      fieldId: this.unusedId('custom-field', object.id, name),
      name,
      label,
      icon: updatedValue(input, 'icon', null, nullableTextOrThrow) ?? 'IconRelationOneToMany',
      description: description ?? `${capitalize(object.namePlural)} tied to the ${target.labelSingular}`,
      isSystem: false,
    };
    const inverse: RelationFieldSide = {
      object: refOf(target),
      fieldId: this.unusedId('custom-field', target.id, targetName),
      name: targetName,
      label: payload.targetFieldLabel,
      icon: payload.targetFieldIcon ?? 'Icon123',
      description: description ?? `${capitalize(target.namePlural)} ${object.labelSingular}`,
      isSystem: false,
    };
    const options = {
      isCustom: true,
      onDelete: 'SET_NULL' as const,
      isNullable: sourceIsManyToOne ? updatedValue(input, 'isNullable', true, booleanOrThrow) : true,
      timestamp: this.now().toISOString(),
    };
    const [manyToOne, oneToMany] = sourceIsManyToOne
      ? createRelationFieldPair(source, inverse, options)
      : createRelationFieldPair(inverse, source, options);
    this.addRelationPair(manyToOne, oneToMany);
    return structuredClone(sourceIsManyToOne ? manyToOne : oneToMany);
  }

  /**
   * Twenty's automatic relations of a new custom object
   * (buildDefaultRelationFlatFieldMetadatasForCustomObject): for each of
   * timelineActivity, favorite, attachment, noteTarget and taskTarget, a
   * MANY_TO_ONE field on it named after the object (`target<Name>` on
   * timelineActivity, whose targets are morph relations) and the ONE_TO_MANY
   * inverse `<its namePlural>` on the object, all system fields. 400 when one
   * of those names is taken.
   */
  private defaultRelationsOf(object: ObjectMetadata, now: string): Array<{ manyToOne: FieldMetadata; oneToMany: FieldMetadata }> {
    const relations = this.defaultRelationTargets().map((target) => {
      const name = defaultRelationFieldName(target, object.nameSingular);
      this.assertFieldNameFreeOrThrow(target, name, joinColumnNameOf(name));
      return createRelationFieldPair(
        {
          object: refOf(target),
          fieldId: this.unusedId('custom-field', target.id, name),
          name,
          label: capitalize(object.nameSingular),
          icon: STANDARD_OBJECT_ICONS[target.nameSingular] ?? 'IconBuildingSkyscraper',
          description: `${capitalize(target.namePlural)} ${object.labelSingular}`,
          isSystem: true,
        },
        {
          object: refOf(object),
          fieldId: deterministicUuid('twenty-sandbox', 'custom-field', object.id, target.namePlural),
          name: target.namePlural,
          label: capitalize(target.labelPlural),
          icon: 'IconBuildingSkyscraper',
          description: `${capitalize(object.namePlural)} tied to the ${target.labelSingular}`,
          isSystem: true,
        },
        { isCustom: true, onDelete: 'SET_NULL', isNullable: true, timestamp: now },
      );
    });
    return relations.map(([manyToOne, oneToMany]) => ({ manyToOne, oneToMany }));
  }

  private defaultRelationTargets(): ObjectMetadata[] {
    return DEFAULT_RELATION_OBJECTS.flatMap((nameSingular) => {
      const target = this.objects.find((candidate) => !candidate.isCustom && candidate.nameSingular === nameSingular);
      return target === undefined ? [] : [target];
    });
  }

  // The automatic relation fields of `object` still under their automatic name, with their inverses.
  private defaultRelationFieldsOf(object: ObjectMetadata): Array<{ target: ObjectMetadata; field: FieldMetadata; inverse: FieldMetadata | undefined }> {
    return this.defaultRelationTargets().flatMap((target) => {
      const name = defaultRelationFieldName(target, object.nameSingular);
      const field = target.fields.find((candidate) => candidate.name === name && candidate.relation?.targetObjectMetadata.id === object.id);
      if (field === undefined) {
        return [];
      }
      const inverse = object.fields.find((candidate) => candidate.id === field.relation?.targetFieldMetadata.id);
      return [{ target, field, inverse }];
    });
  }

  // Both sides go on their objects; the MANY_TO_ONE side's records get its null join column.
  private addRelationPair(manyToOne: FieldMetadata, oneToMany: FieldMetadata): void {
    for (const field of [manyToOne, oneToMany]) {
      this.objectOrThrow(field.objectMetadataId).fields.push(field);
    }
    const joinColumn = recordKeyOf(manyToOne);
    if (joinColumn !== null) {
      this.tables.rewrite(manyToOne.objectMetadataId, (record) => ({ ...record, [joinColumn]: defaultRecordValue(manyToOne) }));
    }
  }

  // Removes fields from whichever objects hold them, and their values from the records.
  private removeFields(fields: readonly FieldMetadata[]): void {
    for (const field of fields) {
      const object = this.objects.find((candidate) => candidate.id === field.objectMetadataId);
      if (object === undefined || !object.fields.includes(field)) {
        continue;
      }
      object.fields.splice(object.fields.indexOf(field), 1);
      const key = recordKeyOf(field);
      if (key !== null) {
        this.tables.rewrite(object.id, (record) => withoutKey(record, key));
      }
    }
  }

  // A renamed field moves its values; a renamed MANY_TO_ONE moves its join
  // column, and both sides of the relation carry the new name.
  private renameRecordKey(object: ObjectMetadata, field: FieldMetadata, previousKey: string | null): void {
    if (field.type === 'RELATION' && field.relation !== null) {
      field.relation.sourceFieldMetadata = { ...field.relation.sourceFieldMetadata, name: field.name };
      const inverse = this.fieldById(field.relation.targetFieldMetadata.id)?.field;
      if (inverse?.relation !== null && inverse?.relation !== undefined) {
        inverse.relation.targetFieldMetadata = { ...inverse.relation.targetFieldMetadata, name: field.name };
      }
      if (previousKey !== null) {
        field.settings = { ...(field.settings as RelationSettings), joinColumnName: joinColumnNameOf(field.name) };
      }
    }
    const key = recordKeyOf(field);
    if (previousKey !== null && key !== null) {
      this.tables.rewrite(object.id, (record) => ({ ...withoutKey(record, previousKey), [key]: record[previousKey] }));
    }
  }

  // Metadata ids derive from names, so a workspace built the same way has the
  // same ids; after a rename the name is free again but its id is not, and a
  // second object or field must never share (or wipe) the first one's.
  private unusedId(...parts: string[]): string {
    const taken = new Set(this.objects.flatMap((object) => [object.id, ...object.fields.map((field) => field.id)]));
    let id = deterministicUuid('twenty-sandbox', ...parts);
    for (let attempt = 1; taken.has(id); attempt += 1) {
      id = deterministicUuid('twenty-sandbox', ...parts, String(attempt));
    }
    return id;
  }

  private objectOrThrow(id: string): ObjectMetadata {
    const object = this.objects.find((candidate) => candidate.id === id.toLowerCase());
    if (object === undefined) {
      throw metadataNotFound('Object');
    }
    return object;
  }

  private fieldById(id: string): { object: ObjectMetadata; field: FieldMetadata; previousName: string } | undefined {
    for (const object of this.objects) {
      const field = object.fields.find((candidate) => candidate.id === id.toLowerCase());
      if (field !== undefined) {
        return { object, field, previousName: field.name };
      }
    }
    return undefined;
  }

  private assertObjectNamesFreeOrThrow(nameSingular: string, namePlural: string, exceptId?: string): void {
    if (nameSingular === namePlural) {
      throw badRequest('The singular and plural names of an object must differ');
    }
    const taken = this.objects
      .filter((object) => object.id !== exceptId)
      .flatMap((object) => [object.nameSingular, object.namePlural]);
    const clash = [nameSingular, namePlural].find((name) => taken.includes(name));
    if (clash !== undefined) {
      throw badRequest(`An object with the name "${clash}" already exists`);
    }
  }

  // A name (and, for a MANY_TO_ONE, its join column) must differ from every
  // other field's name and record key.
  private assertFieldNameFreeOrThrow(object: ObjectMetadata, name: string, joinColumn?: string, except?: FieldMetadata): void {
    const taken = new Set(object.fields.filter((field) => field !== except).flatMap((field) => [field.name, recordKeyOf(field)]));
    const clash = [name, joinColumn].find((candidate) => candidate !== undefined && taken.has(candidate));
    if (clash !== undefined) {
      throw badRequest(`A field named "${clash}" already exists on object ${object.nameSingular}`);
    }
  }

  // Relation fields carry the names of the objects they join (contract §2.2).
  private renameRelationTargets(renamed: ObjectMetadata): void {
    const reference = { id: renamed.id, nameSingular: renamed.nameSingular, namePlural: renamed.namePlural };
    for (const field of this.objects.flatMap((object) => object.fields)) {
      if (field.relation?.sourceObjectMetadata.id === renamed.id) {
        field.relation.sourceObjectMetadata = { ...reference };
      }
      if (field.relation?.targetObjectMetadata.id === renamed.id) {
        field.relation.targetObjectMetadata = { ...reference };
      }
    }
  }
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function refOf(object: ObjectMetadata): RelationObjectRef {
  return { id: object.id, nameSingular: object.nameSingular, namePlural: object.namePlural };
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function withoutKey(record: SandboxRecord, key: string): SandboxRecord {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function metadataNotFound(kind: 'Object' | 'Field'): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', [`${kind} metadata not found`]);
}

// ---------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------

// DEFAULT_RELATIONS_OBJECTS_STANDARD_IDS, in Twenty's order.
const DEFAULT_RELATION_OBJECTS = ['timelineActivity', 'favorite', 'attachment', 'noteTarget', 'taskTarget'];

// Twenty's STANDARD_OBJECT_ICONS for those objects: the icon of the field a custom object gets on each.
const STANDARD_OBJECT_ICONS: Readonly<Record<string, string>> = {
  timelineActivity: 'IconTimelineEvent',
  favorite: 'IconHeart',
  attachment: 'IconFileImport',
  noteTarget: 'IconCheckbox',
  taskTarget: 'IconCheckbox',
};

// timelineActivity's targets are morph relations, named `target<Name>`; the others take the object's name.
function defaultRelationFieldName(target: ObjectMetadata, nameSingular: string): string {
  return target.nameSingular === 'timelineActivity' ? `target${capitalize(nameSingular)}` : nameSingular;
}

interface RelationPayload {
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  targetObjectMetadataId: string;
  targetFieldLabel: string;
  targetFieldIcon: string | null;
}

// validateRelationCreationPayload: Twenty answers these two texts, whatever is wrong.
function relationPayloadOrThrow(value: unknown): RelationPayload {
  if (value === undefined || value === null) {
    throw badRequest('Relation creation payload is required');
  }
  if (!isPlainObject(value)) {
    throw badRequest('Relation creation payload is invalid');
  }
  const { type, targetObjectMetadataId, targetFieldLabel, targetFieldIcon } = value;
  const label = typeof targetFieldLabel === 'string' ? targetFieldLabel.trim().replace(/\s+/g, ' ') : '';
  if (
    (type !== 'MANY_TO_ONE' && type !== 'ONE_TO_MANY') ||
    !isUuid(targetObjectMetadataId) ||
    label === '' ||
    (targetFieldIcon !== undefined && targetFieldIcon !== null && typeof targetFieldIcon !== 'string')
  ) {
    throw badRequest('Relation creation payload is invalid');
  }
  return { type, targetObjectMetadataId: targetObjectMetadataId.toLowerCase(), targetFieldLabel: label, targetFieldIcon: targetFieldIcon ?? null };
}

/**
 * Twenty's computeMetadataNameFromLabel: `n`-prefixed when it starts with a
 * digit, transliterated to ASCII words, camelCased (`Primary contacts` →
 * `primaryContacts`, `2FA codes` → `n2FaCodes`). 400 `Invalid label` when no
 * letter or digit is left.
 */
export function metadataNameFromLabelOrThrow(label: string): string {
  const prefixed = /^\d/.test(label) ? `n${label}` : label;
  const words = prefixed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    // lodash's camelCase also splits letters from digits (`n2fa` → n, 2, fa).
    .flatMap((chunk) => chunk.match(/[a-z]+|[0-9]+/g) ?? []);
  if (words.length === 0) {
    throw badRequest(`Invalid label: "${label}"`);
  }
  return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
}

// ---------------------------------------------------------------------------
// Metadata inputs
// ---------------------------------------------------------------------------

// The system fields Twenty gives every custom object, taken from a standard
// object so both stay defined in one place (standardObjects.ts).
const CUSTOM_OBJECT_FIELD_NAMES = ['id', 'name', 'createdAt', 'updatedAt', 'deletedAt', 'position', 'createdBy', 'updatedBy'];
const FIELD_TEMPLATES = createStandardObjects().find((object) => object.nameSingular === 'company')?.fields ?? [];

function customObjectFields(objectId: string, labelSingular: string, now: string): FieldMetadata[] {
  return CUSTOM_OBJECT_FIELD_NAMES.flatMap((name) => {
    const template = FIELD_TEMPLATES.find((field) => field.name === name);
    if (template === undefined) {
      return [];
    }
    const field: FieldMetadata = {
      ...structuredClone(template),
      id: deterministicUuid('twenty-sandbox', 'custom-field', objectId, name),
      objectMetadataId: objectId,
      createdAt: now,
      updatedAt: now,
    };
    if (name === 'name') {
      Object.assign(field, { icon: 'IconAbc', description: 'Name' });
    }
    if (name === 'position') {
      field.description = `${labelSingular} record position`;
    }
    return [field];
  });
}

const CREATABLE_FIELD_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'UUID',
  'TEXT',
  'NUMBER',
  'NUMERIC',
  'BOOLEAN',
  'DATE_TIME',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
  'RATING',
  'RAW_JSON',
  'ARRAY',
  'FULL_NAME',
  'EMAILS',
  'PHONES',
  'LINKS',
  'CURRENCY',
  'ADDRESS',
  'RICH_TEXT_V2',
]);

const NAME_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

function metadataInputOrThrow(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function nameOrThrow(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || !NAME_PATTERN.test(value)) {
    throw badRequest(`${key} must be a camelCase name (letters and digits, starting with a lower-case letter)`);
  }
  return value;
}

function labelOrThrow(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`${key} must be a non-empty string`);
  }
  return value;
}

/** `input[key]` read with `read` when the body gives it, else `current`. */
function updatedValue<T>(input: Record<string, unknown>, key: string, current: T, read: (input: Record<string, unknown>, key: string) => T): T {
  return input[key] === undefined ? current : read(input, key);
}

function nullableTextOrThrow(input: Record<string, unknown>, key: string): string | null {
  const value = input[key];
  if (value === null || typeof value === 'string') {
    return value;
  }
  throw badRequest(`${key} must be a string or null`);
}

function booleanOrThrow(input: Record<string, unknown>, key: string): boolean {
  const value = input[key];
  if (typeof value === 'boolean') {
    return value;
  }
  throw badRequest(`${key} must be a boolean`);
}

function fieldTypeOrThrow(value: unknown): FieldType {
  if (typeof value === 'string' && CREATABLE_FIELD_TYPES.has(value as FieldType)) {
    return value as FieldType;
  }
  throw badRequest(`type must be one of ${[...CREATABLE_FIELD_TYPES].join(', ')}, RELATION`);
}

function isSelect(type: FieldType): boolean {
  return type === 'SELECT' || type === 'MULTI_SELECT';
}

// An option given without an id keeps the id of the `existing` option with its value.
function optionsOrThrow(value: unknown, fieldId: string, existing: readonly SelectOption[] = []): SelectOption[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badRequest('options must be a non-empty array of {value, label} for a SELECT or MULTI_SELECT field');
  }
  const options = value.map((option: unknown, position): SelectOption => {
    const input = metadataInputOrThrow(option);
    if (typeof input['value'] !== 'string' || input['value'] === '' || typeof input['label'] !== 'string') {
      throw badRequest(`options[${position}] must have a non-empty string value and a string label`);
    }
    return {
      id:
        typeof input['id'] === 'string'
          ? input['id']
          : (existing.find((option) => option.value === input['value'])?.id ?? deterministicUuid('twenty-sandbox', 'option', fieldId, input['value'])),
      value: input['value'],
      label: input['label'],
      color: typeof input['color'] === 'string' ? input['color'] : 'gray',
      position: typeof input['position'] === 'number' ? input['position'] : position,
    };
  });
  if (new Set(options.map((option) => option.value)).size !== options.length) {
    throw badRequest('options must have distinct values');
  }
  return options;
}

/**
 * Old option value → new value (renamed, same id) or null (removed), for the
 * values that change; a value still offered by some option is kept.
 */
function optionMigration(before: readonly SelectOption[], after: readonly SelectOption[]): Map<string, string | null> {
  const migration = new Map<string, string | null>();
  for (const option of before) {
    const kept = after.find((candidate) => candidate.id === option.id);
    if (kept !== undefined && kept.value !== option.value) {
      migration.set(option.value, kept.value);
    } else if (kept === undefined && !after.some((candidate) => candidate.value === option.value)) {
      migration.set(option.value, null);
    }
  }
  return migration;
}

// A stored SELECT value, or each MULTI_SELECT item, through the migration.
function migratedValue(value: unknown, migration: ReadonlyMap<string, string | null>): unknown {
  if (typeof value === 'string') {
    return migration.has(value) ? migration.get(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => migratedValue(item, migration)).filter((item) => item !== null);
  }
  return value;
}

// The metadata default (`'NEW'`, or a list of them) through the migration.
function migratedDefault(defaultValue: unknown, migration: ReadonlyMap<string, string | null>): unknown {
  const one = (quoted: unknown): unknown => {
    if (typeof quoted !== 'string') {
      return quoted;
    }
    const bare = quoted.replace(/^'(.*)'$/, '$1');
    if (!migration.has(bare)) {
      return quoted;
    }
    const next = migration.get(bare);
    return next === null || next === undefined ? null : `'${next}'`;
  };
  if (Array.isArray(defaultValue)) {
    const values = defaultValue.map(one).filter((item) => item !== null);
    return values.length === 0 ? null : values;
  }
  return one(defaultValue);
}

// Twenty's generate-rating-options util: five options, labels "1" to "5", no color.
function ratingOptions(fieldId: string): SelectOption[] {
  return [1, 2, 3, 4, 5].map((rating) => ({
    id: deterministicUuid('twenty-sandbox', 'option', fieldId, `RATING_${rating}`),
    value: `RATING_${rating}`,
    label: String(rating),
    position: rating - 1,
  }));
}

// The class-validator text of Twenty's IsFieldMetadataDefaultValue.
const INVALID_DEFAULT_VALUE = 'FieldMetadataDefaultValue is not valid';

// Twenty's enum-field validator (validateEnumSelectFlatFieldMetadata) for
// SELECT, RATING and MULTI_SELECT, its DTO check for NUMBER and BOOLEAN; the
// first of Twenty's messages is answered. Enum defaults are stored SQL-quoted
// (`"'NEW'"`); the sandbox also takes a bare option value, which Twenty refuses.
function defaultValueOrThrow(value: unknown, type: FieldType, options: SelectOption[] | null): unknown {
  if (value === undefined || value === null) {
    return null;
  }
  switch (type) {
    case 'SELECT':
    case 'RATING':
      return selectDefaultOrThrow(value, options ?? []);
    case 'MULTI_SELECT':
      if (!Array.isArray(value)) {
        throw badRequest(`Default value for multi-select must be an array got ${String(value)}`);
      }
      if (value.length === 0) {
        throw badRequest('If defined default value must contain at least one value');
      }
      if (new Set(value).size !== value.length) {
        throw badRequest('Default values must be unique');
      }
      return value.map((item: unknown) => selectDefaultOrThrow(item, options ?? []));
    case 'NUMBER':
      if (typeof value === 'number' && Number.isFinite(value)) {
        return value;
      }
      throw badRequest(INVALID_DEFAULT_VALUE);
    case 'BOOLEAN':
      if (typeof value === 'boolean') {
        return value;
      }
      throw badRequest(INVALID_DEFAULT_VALUE);
    default:
      return structuredClone(value);
  }
}

function selectDefaultOrThrow(value: unknown, options: readonly SelectOption[]): string {
  if (typeof value !== 'string') {
    throw badRequest(`Default value for select must be a string got ${String(value)}`);
  }
  const bare = value.replace(/^'(.*)'$/, '$1');
  if (!options.some((option) => option.value === bare)) {
    throw badRequest(`Default value "${value}" must be one of the option values`);
  }
  return `'${bare}'`;
}

function settingsOrThrow(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) {
    return null;
  }
  return structuredClone(metadataInputOrThrow(value));
}
