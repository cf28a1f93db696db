import { deterministicUuid, isUuid } from './ids.js';
import { createStandardObjects, defaultRecordValue, recordKeyOf } from './standardObjects.js';
import { badRequest, type FieldMetadata, type FieldType, type ObjectMetadata, type SandboxRecord, SandboxHttpError, type SelectOption } from './types.js';

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
   * Creates a custom object with Twenty's system fields and a `name` TEXT
   * label identifier. 400 for missing or malformed names and labels, or a
   * name another object already uses.
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
      createdAt: now,
      updatedAt: now,
      fields,
    };
    this.objects.push(object);
    this.tables.create(id);
    return structuredClone(object);
  }

  /**
   * Updates labels, description, icon, isActive, the label identifier and,
   * for custom objects, the names. 404 for an unknown id, 400 for bad values.
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
    return structuredClone(object);
  }

  /** Deletes a deactivated custom object and its records. 404 for an unknown id, 400 when standard or still active. */
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
   * existing records get its default at once. 400 for an unknown object, an
   * unsupported type, a taken name, SELECT options that are missing or
   * malformed, or a default its type or options refuse.
   */
  createField(body: unknown): FieldMetadata {
    const input = metadataInputOrThrow(body);
    const objectMetadataId = input['objectMetadataId'];
    const object = isUuid(objectMetadataId) ? this.objects.find((candidate) => candidate.id === objectMetadataId.toLowerCase()) : undefined;
    if (object === undefined) {
      throw badRequest(`Object metadata ${String(objectMetadataId)} not found: objectMetadataId must be the id of an object`);
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
   * uniqueness, default, options, settings and (custom fields) name. 400 —
   * not 404 — for an unknown id (contract §1.4), 400 for bad values.
   */
  updateField(id: string, body: unknown): FieldMetadata {
    const found = this.fieldById(id);
    if (found === undefined) {
      throw badRequest(`Field metadata with id ${id} not found`);
    }
    const { object, field } = found;
    const input = metadataInputOrThrow(body);
    const name = input['name'] === undefined ? field.name : nameOrThrow(input, 'name');
    if (name !== field.name) {
      if (!field.isCustom) {
        throw badRequest('The name of a standard field cannot be changed');
      }
      this.assertFieldNameFreeOrThrow(object, name);
    }
    const isActive = updatedValue(input, 'isActive', field.isActive, booleanOrThrow);
    if (!isActive && (field.isSystem || field.id === object.labelIdentifierFieldMetadataId)) {
      throw badRequest(`Field ${field.name} cannot be deactivated: it is a system field or the label identifier`);
    }
    const options = input['options'] === undefined || !isSelect(field.type) ? field.options : optionsOrThrow(input['options'], field.id);
    Object.assign(field, {
      name,
      label: updatedValue(input, 'label', field.label, labelOrThrow),
      description: updatedValue(input, 'description', field.description, nullableTextOrThrow),
      icon: updatedValue(input, 'icon', field.icon, nullableTextOrThrow),
      isActive,
      isNullable: updatedValue(input, 'isNullable', field.isNullable, booleanOrThrow),
      isUnique: updatedValue(input, 'isUnique', field.isUnique, booleanOrThrow),
      options,
      defaultValue: input['defaultValue'] === undefined ? field.defaultValue : defaultValueOrThrow(input['defaultValue'], field.type, options),
      settings: input['settings'] === undefined ? field.settings : settingsOrThrow(input['settings']),
      updatedAt: this.now().toISOString(),
    });
    if (name !== found.previousName) {
      this.tables.rewrite(object.id, (record) => ({ ...withoutKey(record, found.previousName), [name]: record[found.previousName] }));
    }
    return structuredClone(field);
  }

  /** Deletes a custom field and its values. 404 for an unknown id, 400 for a standard field. */
  deleteField(id: string): FieldMetadata {
    const found = this.fieldById(id);
    if (found === undefined) {
      throw metadataNotFound('Field');
    }
    const { object, field } = found;
    if (!field.isCustom) {
      throw badRequest('Standard fields cannot be deleted');
    }
    object.fields.splice(object.fields.indexOf(field), 1);
    this.tables.rewrite(object.id, (record) => withoutKey(record, field.name));
    return structuredClone(field);
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

  private assertFieldNameFreeOrThrow(object: ObjectMetadata, name: string): void {
    if (object.fields.some((field) => field.name === name || recordKeyOf(field) === name)) {
      throw badRequest(`A field named "${name}" already exists on object ${object.nameSingular}`);
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

function withoutKey(record: SandboxRecord, key: string): SandboxRecord {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function metadataNotFound(kind: 'Object' | 'Field'): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', [`${kind} metadata not found`]);
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
  if (value === 'RELATION') {
    throw badRequest('RELATION fields cannot be created in the twenty-bff sandbox');
  }
  throw badRequest(`type must be one of ${[...CREATABLE_FIELD_TYPES].join(', ')}`);
}

function isSelect(type: FieldType): boolean {
  return type === 'SELECT' || type === 'MULTI_SELECT';
}

function optionsOrThrow(value: unknown, fieldId: string): SelectOption[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badRequest('options must be a non-empty array of {value, label} for a SELECT or MULTI_SELECT field');
  }
  const options = value.map((option: unknown, position): SelectOption => {
    const input = metadataInputOrThrow(option);
    if (typeof input['value'] !== 'string' || input['value'] === '' || typeof input['label'] !== 'string') {
      throw badRequest(`options[${position}] must have a non-empty string value and a string label`);
    }
    return {
      id: typeof input['id'] === 'string' ? input['id'] : deterministicUuid('twenty-sandbox', 'option', fieldId, input['value']),
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
