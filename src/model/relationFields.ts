import type { FieldMetadata, RelationSettings } from './metadataTypes.js';

/** An object as a relation names it: id and both API names. */
export interface RelationObjectRef {
  id: string;
  nameSingular: string;
  namePlural: string;
}

/** One side of a relation: the field on `object` and how Twenty shows it. */
export interface RelationFieldSide {
  object: RelationObjectRef;
  fieldId: string;
  name: string;
  label: string;
  icon: string | null;
  description: string | null;
  isSystem: boolean;
}

/** What both sides share: who defined them, the MANY_TO_ONE side's onDelete and nullability, and the rows' timestamp. */
export interface RelationPairOptions {
  isCustom: boolean;
  onDelete: NonNullable<RelationSettings['onDelete']>;
  /** Of the MANY_TO_ONE side (its join column); the ONE_TO_MANY side is always nullable. */
  isNullable: boolean;
  timestamp: string;
}

/**
 * Returns the two RELATION fields of one relation as Twenty's metadata API
 * lists them (contract §5): the MANY_TO_ONE field with its `<name>Id` join
 * column and onDelete, and its ONE_TO_MANY inverse, each with a `relation`
 * block naming the other. Used by the standard model and by the sandbox's
 * metadata API, so both build relations the same way; never throws.
 */
export function createRelationFieldPair(
  manyToOne: RelationFieldSide,
  oneToMany: RelationFieldSide,
  options: RelationPairOptions,
): [FieldMetadata, FieldMetadata] {
  const common = {
    type: 'RELATION' as const,
    isCustom: options.isCustom,
    isActive: true,
    isNullable: true,
    isUnique: false,
    defaultValue: null,
    options: null,
    createdAt: options.timestamp,
    updatedAt: options.timestamp,
  };
  const manyToOneRef = { ...manyToOne.object };
  const oneToManyRef = { ...oneToMany.object };
  const manyToOneField: FieldMetadata = {
    ...common,
    // Keeps its place after isActive: a respread key keeps its first position.
    isNullable: options.isNullable,
    id: manyToOne.fieldId,
    objectMetadataId: manyToOne.object.id,
    name: manyToOne.name,
    label: manyToOne.label,
    description: manyToOne.description,
    icon: manyToOne.icon,
    isSystem: manyToOne.isSystem,
    settings: { relationType: 'MANY_TO_ONE', onDelete: options.onDelete, joinColumnName: joinColumnNameOf(manyToOne.name) },
    relation: {
      type: 'MANY_TO_ONE',
      sourceObjectMetadata: { ...manyToOneRef },
      targetObjectMetadata: { ...oneToManyRef },
      sourceFieldMetadata: { id: manyToOne.fieldId, name: manyToOne.name },
      targetFieldMetadata: { id: oneToMany.fieldId, name: oneToMany.name },
    },
  };
  const oneToManyField: FieldMetadata = {
    ...common,
    id: oneToMany.fieldId,
    objectMetadataId: oneToMany.object.id,
    name: oneToMany.name,
    label: oneToMany.label,
    description: oneToMany.description,
    icon: oneToMany.icon,
    isSystem: oneToMany.isSystem,
    settings: { relationType: 'ONE_TO_MANY' },
    relation: {
      type: 'ONE_TO_MANY',
      sourceObjectMetadata: { ...oneToManyRef },
      targetObjectMetadata: { ...manyToOneRef },
      sourceFieldMetadata: { id: oneToMany.fieldId, name: oneToMany.name },
      targetFieldMetadata: { id: manyToOne.fieldId, name: manyToOne.name },
    },
  };
  return [manyToOneField, oneToManyField];
}

/** Twenty's computeMorphOrRelationFieldJoinColumnName: the relation field's name plus `Id` (`company` → `companyId`). */
export function joinColumnNameOf(relationFieldName: string): string {
  return `${relationFieldName}Id`;
}
