/**
 * REST shapes of Twenty as its API returns them at depth 0 (contract §2, §5):
 * composite fields as objects, MANY_TO_ONE relations as join columns
 * (`companyId`). Records of every object are `TwentyRecord`s: which fields an
 * object has is the workspace's data model (src/model/ for the standard one).
 */

/** Any Twenty record: an id plus whatever fields the workspace defines. */
export interface TwentyRecord {
  id: string;
  [key: string]: unknown;
}

/** FULL_NAME composite (contract §5.2). */
export interface TwentyFullName {
  firstName?: string | null;
  lastName?: string | null;
}

/** EMAILS composite (contract §5.2). */
export interface TwentyEmails {
  primaryEmail?: string | null;
  additionalEmails?: string[] | null;
}

/** PHONES composite (contract §5.2). */
export interface TwentyPhones {
  primaryPhoneNumber?: string | null;
  primaryPhoneCountryCode?: string | null;
  primaryPhoneCallingCode?: string | null;
  additionalPhones?: unknown[] | null;
}

/** One secondary link of a LINKS composite. */
export interface TwentyLink {
  url?: string | null;
  label?: string | null;
}

/** LINKS composite (contract §5.2). */
export interface TwentyLinks {
  primaryLinkUrl?: string | null;
  primaryLinkLabel?: string | null;
  secondaryLinks?: TwentyLink[] | null;
}

/** CURRENCY composite; micros may arrive as a number or a numeric string (contract open question 5). */
export interface TwentyCurrency {
  amountMicros?: number | string | null;
  currencyCode?: string | null;
}

/** ADDRESS composite (contract §5.2). */
export interface TwentyAddress {
  addressStreet1?: string | null;
  addressStreet2?: string | null;
  addressCity?: string | null;
  addressState?: string | null;
  addressCountry?: string | null;
  addressPostcode?: string | null;
  addressLat?: number | string | null;
  addressLng?: number | string | null;
}

/** ACTOR composite (`createdBy`, `updatedBy`; contract §5.2). */
export interface TwentyActor {
  source?: string | null;
  workspaceMemberId?: string | null;
  name?: string | null;
  context?: Record<string, unknown> | null;
}

/** RICH_TEXT_V2 composite (`bodyV2`; contract §5.2). */
export interface TwentyRichText {
  blocknote?: string | null;
  markdown?: string | null;
}

/** One option of a SELECT or MULTI_SELECT field. */
export interface TwentySelectOption {
  id?: string;
  value: string;
  label?: string;
  color?: string;
  position?: number;
}

/** The object at one end of a RELATION field, as metadata describes it. */
export interface TwentyRelationEnd {
  id: string;
  nameSingular?: string;
  namePlural?: string;
}

/** The `relation` of a RELATION field (contract §5). */
export interface TwentyFieldRelation {
  type: string;
  sourceObjectMetadata?: TwentyRelationEnd;
  targetObjectMetadata?: TwentyRelationEnd;
  sourceFieldMetadata?: { id: string; name?: string };
  targetFieldMetadata?: { id: string; name?: string };
}

/** A field as the metadata REST API returns it (`/rest/metadata/fields`, contract §1.4). */
export interface TwentyFieldMetadata {
  id: string;
  name: string;
  /** FieldType such as TEXT, RELATION, CURRENCY; new types may appear. */
  type: string;
  objectMetadataId?: string;
  label?: string | null;
  description?: string | null;
  icon?: string | null;
  isCustom?: boolean;
  isActive?: boolean;
  isSystem?: boolean;
  isNullable?: boolean;
  isUnique?: boolean;
  defaultValue?: unknown;
  options?: TwentySelectOption[] | null;
  /** For RELATION fields: `relationType`, `joinColumnName`, `onDelete`; other keys per type. */
  settings?: Record<string, unknown> | null;
  relation?: TwentyFieldRelation | null;
  createdAt?: string;
  updatedAt?: string;
  [key: string]: unknown;
}

/** An object as the metadata REST API returns it, fields inline (`/rest/metadata/objects`). */
export interface TwentyObjectMetadata {
  id: string;
  nameSingular: string;
  namePlural: string;
  labelSingular?: string | null;
  labelPlural?: string | null;
  description?: string | null;
  icon?: string | null;
  isCustom?: boolean;
  isActive?: boolean;
  isSystem?: boolean;
  isRemote?: boolean;
  labelIdentifierFieldMetadataId?: string | null;
  createdAt?: string;
  updatedAt?: string;
  fields?: TwentyFieldMetadata[];
  [key: string]: unknown;
}

/**
 * Cursor information of one page (contract §4.3). A proxy or an older
 * release may omit `hasPreviousPage`; the client reads that as false.
 */
export interface TwentyPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** One list answer: its rows, cursors and the filter's total row count (contract §4.4). */
export interface TwentyPage<T> {
  records: T[];
  pageInfo: TwentyPageInfo;
  totalCount: number;
}

/**
 * One group of Twenty's groupBy route (contract §2.1): its value for each
 * `group_by` entry, and each aggregate asked for under its name (counts and
 * numeric figures as strings, floats as numbers, dates as ISO text).
 */
export interface TwentyGroup {
  groupByDimensionValues: unknown[];
  [aggregate: string]: unknown;
}
