/**
 * Twenty's metadata records as its REST metadata API returns them (contract
 * §1.4, §2.2, §5): objects with their fields inline. Shared by the standard
 * model, the sandbox and the BFF's schema builder; imports nothing.
 */

/** Twenty field metadata types used by the standard and custom objects. */
export type FieldType =
  | 'UUID'
  | 'TEXT'
  | 'NUMBER'
  | 'NUMERIC'
  | 'BOOLEAN'
  | 'DATE_TIME'
  | 'DATE'
  | 'SELECT'
  | 'MULTI_SELECT'
  | 'RATING'
  | 'POSITION'
  | 'RAW_JSON'
  | 'ARRAY'
  | 'FULL_NAME'
  | 'EMAILS'
  | 'PHONES'
  | 'LINKS'
  | 'CURRENCY'
  | 'ADDRESS'
  | 'ACTOR'
  | 'RICH_TEXT_V2'
  | 'RELATION'
  | 'TS_VECTOR';

/** One option of a SELECT, MULTI_SELECT or RATING field; Twenty's generated RATING options have no color. */
export interface SelectOption {
  id: string;
  value: string;
  label: string;
  color?: string;
  position: number;
}

/** How a RELATION field relates (contract §5). */
export interface RelationSettings {
  relationType: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  /** MANY_TO_ONE only: the join column, e.g. `companyId`. */
  joinColumnName?: string;
  onDelete?: 'SET_NULL' | 'CASCADE' | 'RESTRICT';
}

/** A field as Twenty's REST metadata API returns it. */
export interface FieldMetadata {
  id: string;
  objectMetadataId: string;
  type: FieldType;
  name: string;
  label: string;
  description: string | null;
  icon: string | null;
  isCustom: boolean;
  isActive: boolean;
  isSystem: boolean;
  isNullable: boolean;
  isUnique: boolean;
  defaultValue: unknown;
  options: SelectOption[] | null;
  settings: (RelationSettings & Record<string, unknown>) | Record<string, unknown> | null;
  /** RELATION fields only. */
  relation: {
    type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
    sourceObjectMetadata: { id: string; nameSingular: string; namePlural: string };
    targetObjectMetadata: { id: string; nameSingular: string; namePlural: string };
    sourceFieldMetadata: { id: string; name: string };
    targetFieldMetadata: { id: string; name: string };
  } | null;
  createdAt: string;
  updatedAt: string;
}

/** An object as Twenty's REST metadata API returns it, fields inline. */
export interface ObjectMetadata {
  id: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  icon: string | null;
  isCustom: boolean;
  isActive: boolean;
  isSystem: boolean;
  isRemote: boolean;
  labelIdentifierFieldMetadataId: string | null;
  /**
   * Groups of record columns (composite sub-fields joined in camelCase,
   * `nameFirstName`) whose values, all equal, make two records duplicates;
   * null when the object has none (Twenty's ObjectMetadataDTO `[[String]]`).
   * Absent in snapshots written before it was modelled.
   */
  duplicateCriteria?: string[][] | null;
  createdAt: string;
  updatedAt: string;
  fields: FieldMetadata[];
}

/**
 * A view as Twenty's metadata API returns it (`/rest/metadata/views`, contract
 * §1.4): the saved table or kanban of an object. A KANBAN view groups by
 * `mainGroupByFieldMetadataId` (newest Twenty's name for kanbanFieldMetadataId).
 */
export interface ViewMetadata {
  id: string;
  name: string;
  objectMetadataId: string;
  type: 'TABLE' | 'KANBAN' | 'CALENDAR';
  /** `INDEX` for the object's default view, else null. */
  key: 'INDEX' | null;
  icon: string;
  position: number;
  isCompact: boolean;
  isCustom: boolean;
  openRecordIn: 'SIDE_PANEL' | 'RECORD_PAGE';
  kanbanAggregateOperation: string | null;
  kanbanAggregateOperationFieldMetadataId: string | null;
  mainGroupByFieldMetadataId: string | null;
  shouldHideEmptyGroups: boolean;
  calendarLayout: string | null;
  calendarFieldMetadataId: string | null;
  anyFieldFilterValue: string | null;
  visibility: 'WORKSPACE' | 'UNLISTED';
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
