import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TwentyObjectMetadata, TwentyFieldMetadata, TwentyRecord } from '../twenty/types.js';
import type { RecordChangeEvent } from '../twenty/recordChange.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An ISO-8601 date-time such as `2026-01-05T09:00:00.000Z`, as Twenty stores it. As input: a date
   * `YYYY-MM-DD` or a date-time `YYYY-MM-DDTHH:mm:ss[.SSS]` with `Z`, an offset such as `+02:00`, or
   * no zone (read as UTC); real calendar days only.
   */
  DateTime: { input: string; output: string; }
  /** Any JSON value. Used for values Twenty defines per workspace (custom fields) or leaves free-form. */
  JSON: { input: unknown; output: unknown; }
  /** A UUID such as `0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001`. Twenty's record and metadata ids. */
  UUID: { input: string; output: string; }
};

/** Who created or last updated a record. */
export type Actor = {
  __typename?: 'Actor';
  context?: Maybe<Scalars['JSON']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** `API`, `MANUAL`, `IMPORT`, `EMAIL`, `CALENDAR`, `WORKFLOW`, `SYSTEM`, … (Twenty adds sources over time). */
  source?: Maybe<Scalars['String']['output']>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

export type ActorFilter = {
  name?: InputMaybe<StringFilter>;
  source?: InputMaybe<SelectFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
};

export type ActorOrderBy = {
  name?: InputMaybe<OrderByDirection>;
  source?: InputMaybe<OrderByDirection>;
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  addressCity?: Maybe<Scalars['String']['output']>;
  addressCountry?: Maybe<Scalars['String']['output']>;
  addressLat?: Maybe<Scalars['Float']['output']>;
  addressLng?: Maybe<Scalars['Float']['output']>;
  addressPostcode?: Maybe<Scalars['String']['output']>;
  addressState?: Maybe<Scalars['String']['output']>;
  addressStreet1?: Maybe<Scalars['String']['output']>;
  addressStreet2?: Maybe<Scalars['String']['output']>;
};

export type AddressFilter = {
  addressCity?: InputMaybe<StringFilter>;
  addressCountry?: InputMaybe<StringFilter>;
  addressLat?: InputMaybe<FloatFilter>;
  addressLng?: InputMaybe<FloatFilter>;
  addressPostcode?: InputMaybe<StringFilter>;
  addressState?: InputMaybe<StringFilter>;
  addressStreet1?: InputMaybe<StringFilter>;
  addressStreet2?: InputMaybe<StringFilter>;
};

export type AddressInput = {
  addressCity?: InputMaybe<Scalars['String']['input']>;
  addressCountry?: InputMaybe<Scalars['String']['input']>;
  addressLat?: InputMaybe<Scalars['Float']['input']>;
  addressLng?: InputMaybe<Scalars['Float']['input']>;
  addressPostcode?: InputMaybe<Scalars['String']['input']>;
  addressState?: InputMaybe<Scalars['String']['input']>;
  addressStreet1?: InputMaybe<Scalars['String']['input']>;
  addressStreet2?: InputMaybe<Scalars['String']['input']>;
};

export type AddressOrderBy = {
  addressCity?: InputMaybe<OrderByDirection>;
  addressCountry?: InputMaybe<OrderByDirection>;
  addressPostcode?: InputMaybe<OrderByDirection>;
  addressState?: InputMaybe<OrderByDirection>;
  addressStreet1?: InputMaybe<OrderByDirection>;
};

/** How a groupBy was answered and what it cost upstream. */
export type AggregateReport = {
  __typename?: 'AggregateReport';
  /** Records read to compute it: 0 from Twenty's groupBy route. */
  recordsRead: Scalars['Int']['output'];
  source: AggregateSource;
  /**
   * Upstream requests this field made, retries not counted (an answer from the shared cache counts
   * as one); 0 when its filter matches nothing. `extensions.upstream` has the operation's exact count.
   */
  upstreamRequests: Scalars['Int']['output'];
};

/** Where aggregates came from. */
export type AggregateSource =
  /** Twenty computed them: its `GET /rest/{objects}/groupBy` route (releases since late 2025). */
  | 'GROUP_BY_ROUTE'
  /**
   * This Twenty has no groupBy route: twenty-bff read the matching records (at most
   * `BFF_AGGREGATE_MAX_RECORDS`) and computed the same figures itself.
   */
  | 'RECORDS';

/** An attachment (Twenty object `attachment`, REST `/rest/attachments`). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Attachment company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Attachment file category */
  fileCategory?: Maybe<AttachmentFileCategoryEnum>;
  /**
   * Where the file can be downloaded: Twenty's `/files/<fullPath>` under the same base URL as its REST
   * API (or `fullPath` itself when Twenty gave an absolute URL); null without a `fullPath`. Twenty may
   * also want its file token, which it signs into the path in some releases.
   */
  fileUrl?: Maybe<Scalars['String']['output']>;
  /** Attachment full path */
  fullPath?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  /** Attachment name */
  name?: Maybe<Scalars['String']['output']>;
  /** Attachment note */
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  /** Attachment opportunity */
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  /** Attachment person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Attachment record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Attachment task */
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};

/** Aggregates of Attachment records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type AttachmentAggregate = {
  __typename?: 'AttachmentAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyFileCategory?: Maybe<Scalars['Int']['output']>;
  countEmptyFullPath?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyFileCategory?: Maybe<Scalars['Int']['output']>;
  countNotEmptyFullPath?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesFileCategory?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesFullPath?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyFileCategory?: Maybe<Scalars['Float']['output']>;
  percentageEmptyFullPath?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyFileCategory?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyFullPath?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type AttachmentConnection = {
  __typename?: 'AttachmentConnection';
  edges: Array<AttachmentEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type AttachmentEdge = {
  __typename?: 'AttachmentEdge';
  cursor: Scalars['String']['output'];
  node: Attachment;
};

/** Options of Attachment.fileCategory in this workspace. */
export type AttachmentFileCategoryEnum =
  /** Archive */
  | 'ARCHIVE'
  /** Audio */
  | 'AUDIO'
  /** Image */
  | 'IMAGE'
  /** Other */
  | 'OTHER'
  /** Presentation */
  | 'PRESENTATION'
  /** Spreadsheet */
  | 'SPREADSHEET'
  /** Text Document */
  | 'TEXT_DOCUMENT'
  /** Video */
  | 'VIDEO';

export type AttachmentFileCategoryEnumFilter = {
  eq?: InputMaybe<AttachmentFileCategoryEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<AttachmentFileCategoryEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<AttachmentFileCategoryEnum>;
};

/** Conditions on Attachment records. Sibling fields are combined with AND. */
export type AttachmentFilter = {
  and?: InputMaybe<Array<AttachmentFilter>>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  fileCategory?: InputMaybe<AttachmentFileCategoryEnumFilter>;
  fullPath?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<AttachmentFilter>;
  /** Records whose `note` is set and meets these conditions (one relation deep: no relation filter inside). */
  note?: InputMaybe<NoteFilter>;
  noteId?: InputMaybe<UuidFilter>;
  /** Records whose `opportunity` is set and meets these conditions (one relation deep: no relation filter inside). */
  opportunity?: InputMaybe<OpportunityFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<AttachmentFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  /** Records whose `task` is set and meets these conditions (one relation deep: no relation filter inside). */
  task?: InputMaybe<TaskFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of Attachment records. */
export type AttachmentGroup = {
  __typename?: 'AttachmentGroup';
  aggregate: AttachmentAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: AttachmentGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Attachment>;
};

/** One field to group Attachment records by: set exactly one (dates with their bucket). */
export type AttachmentGroupByInput = {
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  fileCategory?: InputMaybe<Scalars['Boolean']['input']>;
  fullPath?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['Boolean']['input']>;
  noteId?: InputMaybe<Scalars['Boolean']['input']>;
  opportunityId?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  taskId?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type AttachmentGroupByResult = {
  __typename?: 'AttachmentGroupByResult';
  groups: Array<AttachmentGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Attachment records shares, under the fields grouped by; the others are null. */
export type AttachmentGroupKey = {
  __typename?: 'AttachmentGroupKey';
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  fileCategory?: Maybe<AttachmentFileCategoryEnum>;
  fullPath?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type AttachmentOrderBy = {
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  fileCategory?: InputMaybe<OrderByDirection>;
  fullPath?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  name?: InputMaybe<OrderByDirection>;
  noteId?: InputMaybe<OrderByDirection>;
  opportunityId?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  taskId?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its Attachment records (one relation deep: no relation filter inside). */
export type AttachmentRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<AttachmentFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<AttachmentFilter>;
};

/** One chunk of a create-many that Twenty did not confirm. */
export type BatchFailure = {
  __typename?: 'BatchFailure';
  /** The code the chunk failed with, as `extensions.code` would carry it (BAD_USER_INPUT, UPSTREAM_TIMEOUT, …). */
  code: Scalars['String']['output'];
  /** 0-based positions in `data` of the records sent in the failed chunk. */
  indexes: Array<Scalars['Int']['output']>;
  /**
   * True when the chunk's outcome is unknown (`writeOutcome` UNKNOWN): look its records up before
   * sending them again.
   */
  mayHaveApplied: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
  /** The HTTP status Twenty answered, or null when it never answered. */
  upstreamStatus?: Maybe<Scalars['Int']['output']>;
  /**
   * Whether the chunk's records were stored: NOT_APPLIED (none was), APPLIED (all were, but the answer
   * was lost) or UNKNOWN (nothing could tell).
   */
  writeOutcome: WriteOutcome;
};

/** Conditions on a boolean field. */
export type BooleanFilter = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  is?: InputMaybe<FilterIs>;
};

/** The part of a bulk write that Twenty did not confirm. */
export type BulkWriteFailure = {
  __typename?: 'BulkWriteFailure';
  /** The code the request failed with, as `extensions.code` would carry it. */
  code: Scalars['String']['output'];
  /**
   * The ids matched by the filter and not confirmed changed: those of the failed request, then those
   * of the requests not sent after it.
   */
  ids: Array<Scalars['UUID']['output']>;
  /** True when `writeOutcome` is UNKNOWN: look the records up before writing them again. */
  mayHaveApplied: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
  /** The HTTP status Twenty answered, or null when it never answered. */
  upstreamStatus?: Maybe<Scalars['Int']['output']>;
  /**
   * Whether the failed request's records were changed: NOT_APPLIED, APPLIED or UNKNOWN. Requests
   * after it were not sent (NOT_APPLIED).
   */
  writeOutcome: WriteOutcome;
};

/**
 * What a bulk write by filter (`updatePeople`, `deletePeople`, `restorePeople`, `destroyPeople`, …)
 * changed. twenty-bff reads the ids the filter matches (refusing, before any write, a filter that
 * matches more than `BFF_MAX_BULK_RECORDS` records), then writes those records by id through Twenty's
 * bulk routes, at most 60 per request. Nothing written at all is an error of the field, with
 * `extensions.writeOutcome`; a write that stopped part-way answers what it wrote and a `failure`.
 */
export type BulkWriteResult = {
  __typename?: 'BulkWriteResult';
  /** How many records were changed: updated, moved to the trash, restored or destroyed. */
  count: Scalars['Int']['output'];
  /**
   * Set when a request after the first failed: the records it and the requests after it were to
   * change. Null when every matched record was written.
   */
  failure?: Maybe<BulkWriteFailure>;
  /** The ids of the records changed, in id order. */
  ids: Array<Scalars['UUID']['output']>;
};

/** Calendar events (Twenty object `calendarEvent`, REST `/rest/calendarEvents`). */
export type CalendarEvent = {
  __typename?: 'CalendarEvent';
  /** Event Participants */
  calendarEventParticipants?: Maybe<CalendarEventParticipantConnection>;
  /** Meet Link */
  conferenceLink?: Maybe<Links>;
  /** Conference Solution */
  conferenceSolution?: Maybe<Scalars['String']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description */
  description?: Maybe<Scalars['String']['output']>;
  /** End Date */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Creation DateTime */
  externalCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Update DateTime */
  externalUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** iCal UID */
  iCalUid?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  /** Is canceled */
  isCanceled?: Maybe<Scalars['Boolean']['output']>;
  /** Is Full Day */
  isFullDay?: Maybe<Scalars['Boolean']['output']>;
  /** Location */
  location?: Maybe<Scalars['String']['output']>;
  /** Start Date */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Title */
  title?: Maybe<Scalars['String']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Calendar events (Twenty object `calendarEvent`, REST `/rest/calendarEvents`). */
export type CalendarEventCalendarEventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarEventParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CalendarEventParticipantOrderBy>>;
};

/** Aggregates of CalendarEvent records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type CalendarEventAggregate = {
  __typename?: 'CalendarEventAggregate';
  countEmptyConferenceLink?: Maybe<Scalars['Int']['output']>;
  countEmptyConferenceSolution?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDescription?: Maybe<Scalars['Int']['output']>;
  countEmptyEndsAt?: Maybe<Scalars['Int']['output']>;
  countEmptyExternalCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyExternalUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyICalUid?: Maybe<Scalars['Int']['output']>;
  countEmptyIsCanceled?: Maybe<Scalars['Int']['output']>;
  countEmptyIsFullDay?: Maybe<Scalars['Int']['output']>;
  countEmptyLocation?: Maybe<Scalars['Int']['output']>;
  countEmptyStartsAt?: Maybe<Scalars['Int']['output']>;
  countEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countFalseIsCanceled?: Maybe<Scalars['Int']['output']>;
  countFalseIsFullDay?: Maybe<Scalars['Int']['output']>;
  countNotEmptyConferenceLink?: Maybe<Scalars['Int']['output']>;
  countNotEmptyConferenceSolution?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDescription?: Maybe<Scalars['Int']['output']>;
  countNotEmptyEndsAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyExternalCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyExternalUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyICalUid?: Maybe<Scalars['Int']['output']>;
  countNotEmptyIsCanceled?: Maybe<Scalars['Int']['output']>;
  countNotEmptyIsFullDay?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLocation?: Maybe<Scalars['Int']['output']>;
  countNotEmptyStartsAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countTrueIsCanceled?: Maybe<Scalars['Int']['output']>;
  countTrueIsFullDay?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesConferenceLink?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesConferenceSolution?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDescription?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesEndsAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesExternalCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesExternalUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesICalUid?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesIsCanceled?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesIsFullDay?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLocation?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesStartsAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesTitle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxEndsAt?: Maybe<Scalars['DateTime']['output']>;
  maxExternalCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxExternalUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxStartsAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minEndsAt?: Maybe<Scalars['DateTime']['output']>;
  minExternalCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minExternalUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minStartsAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyConferenceLink?: Maybe<Scalars['Float']['output']>;
  percentageEmptyConferenceSolution?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDescription?: Maybe<Scalars['Float']['output']>;
  percentageEmptyEndsAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyExternalCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyExternalUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyICalUid?: Maybe<Scalars['Float']['output']>;
  percentageEmptyIsCanceled?: Maybe<Scalars['Float']['output']>;
  percentageEmptyIsFullDay?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLocation?: Maybe<Scalars['Float']['output']>;
  percentageEmptyStartsAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyConferenceLink?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyConferenceSolution?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDescription?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyEndsAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyExternalCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyExternalUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyICalUid?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyIsCanceled?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyIsFullDay?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLocation?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyStartsAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type CalendarEventConnection = {
  __typename?: 'CalendarEventConnection';
  edges: Array<CalendarEventEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type CalendarEventEdge = {
  __typename?: 'CalendarEventEdge';
  cursor: Scalars['String']['output'];
  node: CalendarEvent;
};

/** Conditions on CalendarEvent records. Sibling fields are combined with AND. */
export type CalendarEventFilter = {
  and?: InputMaybe<Array<CalendarEventFilter>>;
  /** Records by their `calendarEventParticipants`: `some` of them, or `none`, meet the conditions. */
  calendarEventParticipants?: InputMaybe<CalendarEventParticipantRelationFilter>;
  conferenceLink?: InputMaybe<LinksFilter>;
  conferenceSolution?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  endsAt?: InputMaybe<DateTimeFilter>;
  externalCreatedAt?: InputMaybe<DateTimeFilter>;
  externalUpdatedAt?: InputMaybe<DateTimeFilter>;
  iCalUid?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  isCanceled?: InputMaybe<BooleanFilter>;
  isFullDay?: InputMaybe<BooleanFilter>;
  location?: InputMaybe<StringFilter>;
  not?: InputMaybe<CalendarEventFilter>;
  or?: InputMaybe<Array<CalendarEventFilter>>;
  startsAt?: InputMaybe<DateTimeFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One group of CalendarEvent records. */
export type CalendarEventGroup = {
  __typename?: 'CalendarEventGroup';
  aggregate: CalendarEventAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: CalendarEventGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<CalendarEvent>;
};

/** One field to group CalendarEvent records by: set exactly one (dates with their bucket). */
export type CalendarEventGroupByInput = {
  conferenceSolution?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  description?: InputMaybe<Scalars['Boolean']['input']>;
  endsAt?: InputMaybe<GroupByDateInput>;
  externalCreatedAt?: InputMaybe<GroupByDateInput>;
  externalUpdatedAt?: InputMaybe<GroupByDateInput>;
  iCalUid?: InputMaybe<Scalars['Boolean']['input']>;
  isCanceled?: InputMaybe<Scalars['Boolean']['input']>;
  isFullDay?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['Boolean']['input']>;
  startsAt?: InputMaybe<GroupByDateInput>;
  title?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type CalendarEventGroupByResult = {
  __typename?: 'CalendarEventGroupByResult';
  groups: Array<CalendarEventGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of CalendarEvent records shares, under the fields grouped by; the others are null. */
export type CalendarEventGroupKey = {
  __typename?: 'CalendarEventGroupKey';
  conferenceSolution?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  endsAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  externalCreatedAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  externalUpdatedAt?: Maybe<Scalars['String']['output']>;
  iCalUid?: Maybe<Scalars['String']['output']>;
  isCanceled?: Maybe<Scalars['Boolean']['output']>;
  isFullDay?: Maybe<Scalars['Boolean']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  startsAt?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type CalendarEventOrderBy = {
  conferenceLink?: InputMaybe<LinksOrderBy>;
  conferenceSolution?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  description?: InputMaybe<OrderByDirection>;
  endsAt?: InputMaybe<OrderByDirection>;
  externalCreatedAt?: InputMaybe<OrderByDirection>;
  externalUpdatedAt?: InputMaybe<OrderByDirection>;
  iCalUid?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  isCanceled?: InputMaybe<OrderByDirection>;
  isFullDay?: InputMaybe<OrderByDirection>;
  location?: InputMaybe<OrderByDirection>;
  startsAt?: InputMaybe<OrderByDirection>;
  title?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
};

/** Calendar event participants (Twenty object `calendarEventParticipant`, REST `/rest/calendarEventParticipants`). */
export type CalendarEventParticipant = {
  __typename?: 'CalendarEventParticipant';
  /** Event ID */
  calendarEvent?: Maybe<CalendarEvent>;
  calendarEventId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display Name */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Handle */
  handle?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  /** Is Organizer */
  isOrganizer?: Maybe<Scalars['Boolean']['output']>;
  /** Person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Response Status */
  responseStatus?: Maybe<CalendarEventParticipantResponseStatusEnum>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Workspace Member */
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** Aggregates of CalendarEventParticipant records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type CalendarEventParticipantAggregate = {
  __typename?: 'CalendarEventParticipantAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDisplayName?: Maybe<Scalars['Int']['output']>;
  countEmptyHandle?: Maybe<Scalars['Int']['output']>;
  countEmptyIsOrganizer?: Maybe<Scalars['Int']['output']>;
  countEmptyResponseStatus?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countFalseIsOrganizer?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDisplayName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyHandle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyIsOrganizer?: Maybe<Scalars['Int']['output']>;
  countNotEmptyResponseStatus?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countTrueIsOrganizer?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDisplayName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesHandle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesIsOrganizer?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesResponseStatus?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDisplayName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyHandle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyIsOrganizer?: Maybe<Scalars['Float']['output']>;
  percentageEmptyResponseStatus?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDisplayName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyHandle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyIsOrganizer?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyResponseStatus?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type CalendarEventParticipantConnection = {
  __typename?: 'CalendarEventParticipantConnection';
  edges: Array<CalendarEventParticipantEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type CalendarEventParticipantEdge = {
  __typename?: 'CalendarEventParticipantEdge';
  cursor: Scalars['String']['output'];
  node: CalendarEventParticipant;
};

/** Conditions on CalendarEventParticipant records. Sibling fields are combined with AND. */
export type CalendarEventParticipantFilter = {
  and?: InputMaybe<Array<CalendarEventParticipantFilter>>;
  /** Records whose `calendarEvent` is set and meets these conditions (one relation deep: no relation filter inside). */
  calendarEvent?: InputMaybe<CalendarEventFilter>;
  calendarEventId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  displayName?: InputMaybe<StringFilter>;
  handle?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  isOrganizer?: InputMaybe<BooleanFilter>;
  not?: InputMaybe<CalendarEventParticipantFilter>;
  or?: InputMaybe<Array<CalendarEventParticipantFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  responseStatus?: InputMaybe<CalendarEventParticipantResponseStatusEnumFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose `workspaceMember` is set and meets these conditions (one relation deep: no relation filter inside). */
  workspaceMember?: InputMaybe<WorkspaceMemberFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
};

/** One group of CalendarEventParticipant records. */
export type CalendarEventParticipantGroup = {
  __typename?: 'CalendarEventParticipantGroup';
  aggregate: CalendarEventParticipantAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: CalendarEventParticipantGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<CalendarEventParticipant>;
};

/** One field to group CalendarEventParticipant records by: set exactly one (dates with their bucket). */
export type CalendarEventParticipantGroupByInput = {
  calendarEventId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  displayName?: InputMaybe<Scalars['Boolean']['input']>;
  handle?: InputMaybe<Scalars['Boolean']['input']>;
  isOrganizer?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  responseStatus?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
  workspaceMemberId?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CalendarEventParticipantGroupByResult = {
  __typename?: 'CalendarEventParticipantGroupByResult';
  groups: Array<CalendarEventParticipantGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of CalendarEventParticipant records shares, under the fields grouped by; the others are null. */
export type CalendarEventParticipantGroupKey = {
  __typename?: 'CalendarEventParticipantGroupKey';
  calendarEvent?: Maybe<CalendarEvent>;
  calendarEventId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  handle?: Maybe<Scalars['String']['output']>;
  isOrganizer?: Maybe<Scalars['Boolean']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  responseStatus?: Maybe<CalendarEventParticipantResponseStatusEnum>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type CalendarEventParticipantOrderBy = {
  calendarEventId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  displayName?: InputMaybe<OrderByDirection>;
  handle?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  isOrganizer?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  responseStatus?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  workspaceMemberId?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its CalendarEventParticipant records (one relation deep: no relation filter inside). */
export type CalendarEventParticipantRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<CalendarEventParticipantFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<CalendarEventParticipantFilter>;
};

/** Options of CalendarEventParticipant.responseStatus in this workspace. */
export type CalendarEventParticipantResponseStatusEnum =
  /** Accepted */
  | 'ACCEPTED'
  /** Declined */
  | 'DECLINED'
  /** Needs Action */
  | 'NEEDS_ACTION'
  /** Tentative */
  | 'TENTATIVE';

export type CalendarEventParticipantResponseStatusEnumFilter = {
  eq?: InputMaybe<CalendarEventParticipantResponseStatusEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<CalendarEventParticipantResponseStatusEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<CalendarEventParticipantResponseStatusEnum>;
};

/** A one-to-many relation's condition on its CalendarEvent records (one relation deep: no relation filter inside). */
export type CalendarEventRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<CalendarEventFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<CalendarEventFilter>;
};

/** Any record this schema has a type for: its members are the workspace's objects. */
export type ChangedRecord = Attachment | CalendarEvent | CalendarEventParticipant | Company | Favorite | Message | MessageParticipant | MessageThread | Note | NoteTarget | Opportunity | Person | Task | TaskTarget | TimelineActivity | WorkspaceMember;

/** A company (Twenty object `company`, REST `/rest/companies`). */
export type Company = {
  __typename?: 'Company';
  /** Your team member responsible for managing the company account */
  accountOwner?: Maybe<WorkspaceMember>;
  accountOwnerId?: Maybe<Scalars['UUID']['output']>;
  /** Address of the company */
  address?: Maybe<Address>;
  /** Annual Recurring Revenue: The actual or estimated annual revenue of the company */
  annualRecurringRevenue?: Maybe<Currency>;
  /** Attachments linked to the company */
  attachments?: Maybe<AttachmentConnection>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company website URL. We use this url to fetch the company icon */
  domainName?: Maybe<Links>;
  /** Number of employees in the company */
  employees?: Maybe<Scalars['Float']['output']>;
  /** Favorites linked to the company */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** Ideal Customer Profile: Indicates whether the company is the most suitable and valuable customer for you */
  idealCustomerProfile?: Maybe<Scalars['Boolean']['output']>;
  /** The company Linkedin account */
  linkedinLink?: Maybe<Links>;
  /** The company name */
  name?: Maybe<Scalars['String']['output']>;
  /** Notes tied to the company */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Notes attached to this record (through noteTargets). */
  notes?: Maybe<NoteConnection>;
  /** Opportunities linked to the company. */
  opportunities?: Maybe<OpportunityConnection>;
  /** People linked to the company. */
  people?: Maybe<PersonConnection>;
  /** Company record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Tasks tied to the company */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Tasks attached to this record (through taskTargets). */
  tasks?: Maybe<TaskConnection>;
  /** Timeline Activities linked to the company */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
  /** The company Twitter/X account */
  xLink?: Maybe<Links>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyNoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpportunityOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyTaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrderBy>>;
};


/** A company (Twenty object `company`, REST `/rest/companies`). */
export type CompanyTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of Company records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type CompanyAggregate = {
  __typename?: 'CompanyAggregate';
  /** Average annualRecurringRevenue, in units of its currency (amountMicros / 1,000,000). */
  avgAnnualRecurringRevenueAmount?: Maybe<Scalars['Float']['output']>;
  avgAnnualRecurringRevenueAmountMicros?: Maybe<Scalars['Float']['output']>;
  avgEmployees?: Maybe<Scalars['Float']['output']>;
  countEmptyAddress?: Maybe<Scalars['Int']['output']>;
  countEmptyAnnualRecurringRevenue?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDomainName?: Maybe<Scalars['Int']['output']>;
  countEmptyEmployees?: Maybe<Scalars['Int']['output']>;
  countEmptyIdealCustomerProfile?: Maybe<Scalars['Int']['output']>;
  countEmptyLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyXLink?: Maybe<Scalars['Int']['output']>;
  countFalseIdealCustomerProfile?: Maybe<Scalars['Int']['output']>;
  countNotEmptyAddress?: Maybe<Scalars['Int']['output']>;
  countNotEmptyAnnualRecurringRevenue?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDomainName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyEmployees?: Maybe<Scalars['Int']['output']>;
  countNotEmptyIdealCustomerProfile?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyXLink?: Maybe<Scalars['Int']['output']>;
  countTrueIdealCustomerProfile?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesAddress?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesAnnualRecurringRevenue?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDomainName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesEmployees?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesIdealCustomerProfile?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesXLink?: Maybe<Scalars['Int']['output']>;
  /** Largest annualRecurringRevenue, in units of its currency (amountMicros / 1,000,000). */
  maxAnnualRecurringRevenueAmount?: Maybe<Scalars['Float']['output']>;
  maxAnnualRecurringRevenueAmountMicros?: Maybe<Scalars['Float']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxEmployees?: Maybe<Scalars['Float']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Smallest annualRecurringRevenue, in units of its currency (amountMicros / 1,000,000). */
  minAnnualRecurringRevenueAmount?: Maybe<Scalars['Float']['output']>;
  minAnnualRecurringRevenueAmountMicros?: Maybe<Scalars['Float']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minEmployees?: Maybe<Scalars['Float']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyAddress?: Maybe<Scalars['Float']['output']>;
  percentageEmptyAnnualRecurringRevenue?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDomainName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyEmployees?: Maybe<Scalars['Float']['output']>;
  percentageEmptyIdealCustomerProfile?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLinkedinLink?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyXLink?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyAddress?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyAnnualRecurringRevenue?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDomainName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyEmployees?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyIdealCustomerProfile?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLinkedinLink?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyXLink?: Maybe<Scalars['Float']['output']>;
  /** Sum of annualRecurringRevenue, in units of its currency (amountMicros / 1,000,000). */
  sumAnnualRecurringRevenueAmount?: Maybe<Scalars['Float']['output']>;
  sumAnnualRecurringRevenueAmountMicros?: Maybe<Scalars['Float']['output']>;
  sumEmployees?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

/** Conditions on Company records. Sibling fields are combined with AND. */
export type CompanyFilter = {
  /** Records whose `accountOwner` is set and meets these conditions (one relation deep: no relation filter inside). */
  accountOwner?: InputMaybe<WorkspaceMemberFilter>;
  accountOwnerId?: InputMaybe<UuidFilter>;
  address?: InputMaybe<AddressFilter>;
  and?: InputMaybe<Array<CompanyFilter>>;
  annualRecurringRevenue?: InputMaybe<CurrencyFilter>;
  /** Records by their `attachments`: `some` of them, or `none`, meet the conditions. */
  attachments?: InputMaybe<AttachmentRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  domainName?: InputMaybe<LinksFilter>;
  employees?: InputMaybe<FloatFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  idealCustomerProfile?: InputMaybe<BooleanFilter>;
  linkedinLink?: InputMaybe<LinksFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<CompanyFilter>;
  /** Records by their `noteTargets`: `some` of them, or `none`, meet the conditions. */
  noteTargets?: InputMaybe<NoteTargetRelationFilter>;
  /** Records by their `opportunities`: `some` of them, or `none`, meet the conditions. */
  opportunities?: InputMaybe<OpportunityRelationFilter>;
  or?: InputMaybe<Array<CompanyFilter>>;
  /** Records by their `people`: `some` of them, or `none`, meet the conditions. */
  people?: InputMaybe<PersonRelationFilter>;
  position?: InputMaybe<FloatFilter>;
  /** Records by their `taskTargets`: `some` of them, or `none`, meet the conditions. */
  taskTargets?: InputMaybe<TaskTargetRelationFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  xLink?: InputMaybe<LinksFilter>;
};

/** One group of Company records. */
export type CompanyGroup = {
  __typename?: 'CompanyGroup';
  aggregate: CompanyAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: CompanyGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Company>;
};

/** One field to group Company records by: set exactly one (dates with their bucket). */
export type CompanyGroupByInput = {
  accountOwnerId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  employees?: InputMaybe<Scalars['Boolean']['input']>;
  idealCustomerProfile?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type CompanyGroupByResult = {
  __typename?: 'CompanyGroupByResult';
  groups: Array<CompanyGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Company records shares, under the fields grouped by; the others are null. */
export type CompanyGroupKey = {
  __typename?: 'CompanyGroupKey';
  accountOwner?: Maybe<WorkspaceMember>;
  accountOwnerId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  employees?: Maybe<Scalars['Float']['output']>;
  idealCustomerProfile?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type CompanyOrderBy = {
  accountOwnerId?: InputMaybe<OrderByDirection>;
  address?: InputMaybe<AddressOrderBy>;
  annualRecurringRevenue?: InputMaybe<CurrencyOrderBy>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  domainName?: InputMaybe<LinksOrderBy>;
  employees?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  idealCustomerProfile?: InputMaybe<OrderByDirection>;
  linkedinLink?: InputMaybe<LinksOrderBy>;
  name?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
  xLink?: InputMaybe<LinksOrderBy>;
};

/** A one-to-many relation's condition on its Company records (one relation deep: no relation filter inside). */
export type CompanyRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<CompanyFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<CompanyFilter>;
};

export type CreateCompaniesPayload = {
  __typename?: 'CreateCompaniesPayload';
  /** One entry per failed chunk; empty when every record was created. */
  failures: Array<BatchFailure>;
  /** One entry per input, in input order; null where its chunk failed. */
  records: Array<Maybe<Company>>;
};

export type CreateCompanyInput = {
  accountOwnerId?: InputMaybe<Scalars['UUID']['input']>;
  address?: InputMaybe<AddressInput>;
  annualRecurringRevenue?: InputMaybe<CurrencyInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  domainName?: InputMaybe<LinksInput>;
  employees?: InputMaybe<Scalars['Float']['input']>;
  /** Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  idealCustomerProfile?: InputMaybe<Scalars['Boolean']['input']>;
  linkedinLink?: InputMaybe<LinksInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  xLink?: InputMaybe<LinksInput>;
};

export type CreateFieldInput = {
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  icon?: InputMaybe<Scalars['String']['input']>;
  isNullable?: InputMaybe<Scalars['Boolean']['input']>;
  label: Scalars['String']['input'];
  /** camelCase, e.g. `tier`: the key of its values in `customFields`. */
  name: Scalars['String']['input'];
  /** The object the field belongs to. */
  objectMetadataId: Scalars['UUID']['input'];
  /** Required for SELECT and MULTI_SELECT fields. */
  options?: InputMaybe<Array<FieldOptionInput>>;
  /** Required for a RELATION field: Twenty creates its other side on the target object too. */
  relationCreationPayload?: InputMaybe<RelationCreationInput>;
  /** Twenty field type: TEXT, NUMBER, BOOLEAN, DATE_TIME, SELECT, MULTI_SELECT, … */
  type: Scalars['String']['input'];
};

export type CreateNoteInput = {
  bodyV2?: InputMaybe<RichTextInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNotesPayload = {
  __typename?: 'CreateNotesPayload';
  /** One entry per failed chunk; empty when every record was created. */
  failures: Array<BatchFailure>;
  /** One entry per input, in input order; null where its chunk failed. */
  records: Array<Maybe<Note>>;
};

export type CreateObjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  icon?: InputMaybe<Scalars['String']['input']>;
  labelPlural: Scalars['String']['input'];
  labelSingular: Scalars['String']['input'];
  /** camelCase and different from `nameSingular`, e.g. `invoices`; also the REST path. */
  namePlural: Scalars['String']['input'];
  /** camelCase, e.g. `invoice`. */
  nameSingular: Scalars['String']['input'];
};

export type CreateOpportunitiesPayload = {
  __typename?: 'CreateOpportunitiesPayload';
  /** One entry per failed chunk; empty when every record was created. */
  failures: Array<BatchFailure>;
  /** One entry per input, in input order; null where its chunk failed. */
  records: Array<Maybe<Opportunity>>;
};

export type CreateOpportunityInput = {
  amount?: InputMaybe<CurrencyInput>;
  closeDate?: InputMaybe<Scalars['DateTime']['input']>;
  companyId?: InputMaybe<Scalars['UUID']['input']>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pointOfContactId?: InputMaybe<Scalars['UUID']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  stage?: InputMaybe<OpportunityStageEnum>;
};

export type CreatePeoplePayload = {
  __typename?: 'CreatePeoplePayload';
  /** One entry per failed chunk; empty when every record was created. */
  failures: Array<BatchFailure>;
  /** One entry per input, in input order; null where its chunk failed. */
  records: Array<Maybe<Person>>;
};

export type CreatePersonInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['UUID']['input']>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  emails?: InputMaybe<EmailsInput>;
  /** Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  linkedinLink?: InputMaybe<LinksInput>;
  name?: InputMaybe<FullNameInput>;
  phones?: InputMaybe<PhonesInput>;
  position?: InputMaybe<Scalars['Float']['input']>;
  xLink?: InputMaybe<LinksInput>;
};

export type CreateTaskInput = {
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  bodyV2?: InputMaybe<RichTextInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<TaskStatusEnum>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTasksPayload = {
  __typename?: 'CreateTasksPayload';
  /** One entry per failed chunk; empty when every record was created. */
  failures: Array<BatchFailure>;
  /** One entry per input, in input order; null where its chunk failed. */
  records: Array<Maybe<Task>>;
};

/** A money amount. Twenty stores micros (amount × 1,000,000) and an ISO currency code. */
export type Currency = {
  __typename?: 'Currency';
  /** The amount in currency units: `amountMicros / 1,000,000`. */
  amount?: Maybe<Scalars['Float']['output']>;
  amountMicros?: Maybe<Scalars['Float']['output']>;
  currencyCode?: Maybe<Scalars['String']['output']>;
};

export type CurrencyFilter = {
  amountMicros?: InputMaybe<FloatFilter>;
  currencyCode?: InputMaybe<StringFilter>;
};

/** A money amount: give `amountMicros` (amount × 1,000,000) or `amount` (in currency units), not both. */
export type CurrencyInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  amountMicros?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code such as `EUR`. */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
};

export type CurrencyOrderBy = {
  amountMicros?: InputMaybe<OrderByDirection>;
  currencyCode?: InputMaybe<OrderByDirection>;
};

/**
 * The bucket a date field is grouped by (Twenty's `DateGranularityEnum`). DAY, WEEK, MONTH, QUARTER
 * and YEAR name each bucket by its first day (`2025-02-03`), in `GroupByDateInput.timeZone` for a
 * date-time field; DAY_OF_THE_WEEK, MONTH_OF_THE_YEAR and QUARTER_OF_THE_YEAR cycle (`Wednesday`,
 * `February`, `Q1`, read in UTC); NONE groups by the exact value.
 */
export type DateGranularityEnum =
  | 'DAY'
  | 'DAY_OF_THE_WEEK'
  | 'MONTH'
  | 'MONTH_OF_THE_YEAR'
  | 'NONE'
  | 'QUARTER'
  | 'QUARTER_OF_THE_YEAR'
  | 'WEEK'
  | 'YEAR';

/** Conditions on a date-time field. Twenty compares to the millisecond. */
export type DateTimeFilter = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  is?: InputMaybe<FilterIs>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  neq?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a delete or destroy returns: Twenty answers with the id only. */
export type DeletedRecord = {
  __typename?: 'DeletedRecord';
  id: Scalars['UUID']['output'];
};

/** A primary email and any additional ones. */
export type Emails = {
  __typename?: 'Emails';
  additionalEmails?: Maybe<Array<Scalars['String']['output']>>;
  primaryEmail?: Maybe<Scalars['String']['output']>;
};

export type EmailsFilter = {
  primaryEmail?: InputMaybe<StringFilter>;
};

export type EmailsInput = {
  additionalEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  primaryEmail?: InputMaybe<Scalars['String']['input']>;
};

export type EmailsOrderBy = {
  primaryEmail?: InputMaybe<OrderByDirection>;
};

/** A favorite (Twenty object `favorite`, REST `/rest/favorites`). */
export type Favorite = {
  __typename?: 'Favorite';
  /** Favorite company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Favorite workspace member */
  forWorkspaceMember?: Maybe<WorkspaceMember>;
  forWorkspaceMemberId?: Maybe<Scalars['UUID']['output']>;
  id: Scalars['UUID']['output'];
  /** Favorite note */
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  /** Favorite opportunity */
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  /** Favorite person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Favorite position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Favorite task */
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ViewId */
  viewId?: Maybe<Scalars['UUID']['output']>;
};

/** Aggregates of Favorite records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type FavoriteAggregate = {
  __typename?: 'FavoriteAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyViewId?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyViewId?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesViewId?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyViewId?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyViewId?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type FavoriteConnection = {
  __typename?: 'FavoriteConnection';
  edges: Array<FavoriteEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type FavoriteEdge = {
  __typename?: 'FavoriteEdge';
  cursor: Scalars['String']['output'];
  node: Favorite;
};

/** Conditions on Favorite records. Sibling fields are combined with AND. */
export type FavoriteFilter = {
  and?: InputMaybe<Array<FavoriteFilter>>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose `forWorkspaceMember` is set and meets these conditions (one relation deep: no relation filter inside). */
  forWorkspaceMember?: InputMaybe<WorkspaceMemberFilter>;
  forWorkspaceMemberId?: InputMaybe<UuidFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<FavoriteFilter>;
  /** Records whose `note` is set and meets these conditions (one relation deep: no relation filter inside). */
  note?: InputMaybe<NoteFilter>;
  noteId?: InputMaybe<UuidFilter>;
  /** Records whose `opportunity` is set and meets these conditions (one relation deep: no relation filter inside). */
  opportunity?: InputMaybe<OpportunityFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<FavoriteFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  /** Records whose `task` is set and meets these conditions (one relation deep: no relation filter inside). */
  task?: InputMaybe<TaskFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  viewId?: InputMaybe<UuidFilter>;
};

/** One group of Favorite records. */
export type FavoriteGroup = {
  __typename?: 'FavoriteGroup';
  aggregate: FavoriteAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: FavoriteGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Favorite>;
};

/** One field to group Favorite records by: set exactly one (dates with their bucket). */
export type FavoriteGroupByInput = {
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  forWorkspaceMemberId?: InputMaybe<Scalars['Boolean']['input']>;
  noteId?: InputMaybe<Scalars['Boolean']['input']>;
  opportunityId?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  taskId?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
  viewId?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FavoriteGroupByResult = {
  __typename?: 'FavoriteGroupByResult';
  groups: Array<FavoriteGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Favorite records shares, under the fields grouped by; the others are null. */
export type FavoriteGroupKey = {
  __typename?: 'FavoriteGroupKey';
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  forWorkspaceMember?: Maybe<WorkspaceMember>;
  forWorkspaceMemberId?: Maybe<Scalars['UUID']['output']>;
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  viewId?: Maybe<Scalars['UUID']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type FavoriteOrderBy = {
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  forWorkspaceMemberId?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  noteId?: InputMaybe<OrderByDirection>;
  opportunityId?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  taskId?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  viewId?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its Favorite records (one relation deep: no relation filter inside). */
export type FavoriteRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<FavoriteFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<FavoriteFilter>;
};

/** A field of an object (Twenty's metadata API, `/rest/metadata/fields`). */
export type FieldMetadata = {
  __typename?: 'FieldMetadata';
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  isActive?: Maybe<Scalars['Boolean']['output']>;
  isCustom?: Maybe<Scalars['Boolean']['output']>;
  isNullable?: Maybe<Scalars['Boolean']['output']>;
  isSystem?: Maybe<Scalars['Boolean']['output']>;
  isUnique?: Maybe<Scalars['Boolean']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  objectMetadataId?: Maybe<Scalars['UUID']['output']>;
  /** The options of a SELECT or MULTI_SELECT field. */
  options?: Maybe<Array<FieldOption>>;
  /** For RELATION fields: the relation as Twenty describes it (type, target object and field). */
  relation?: Maybe<Scalars['JSON']['output']>;
  settings?: Maybe<Scalars['JSON']['output']>;
  /**
   * Twenty field type: TEXT, NUMBER, BOOLEAN, DATE_TIME, SELECT, FULL_NAME, EMAILS, LINKS,
   * CURRENCY, RELATION, … (new types may appear, so this is a string).
   */
  type: Scalars['String']['output'];
};

/** One option of a select field. */
export type FieldOption = {
  __typename?: 'FieldOption';
  color?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['Float']['output']>;
  value: Scalars['String']['output'];
};

/** One option of a SELECT or MULTI_SELECT field. */
export type FieldOptionInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  label: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Float']['input']>;
  /** The stored value: upper case letters, digits and underscores, e.g. `GOLD`. */
  value: Scalars['String']['input'];
};

/** Null test used by `is` in every filter. */
export type FilterIs =
  | 'NOT_NULL'
  | 'NULL';

/** The first day of a WEEK bucket (Twenty's `FirstDayOfTheWeek`). */
export type FirstDayOfTheWeek =
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY';

/** Conditions on a number field. */
export type FloatFilter = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Any of these values. An empty list matches nothing. */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  is?: InputMaybe<FilterIs>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
  neq?: InputMaybe<Scalars['Float']['input']>;
};

/** A person's name. */
export type FullName = {
  __typename?: 'FullName';
  firstName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
};

export type FullNameFilter = {
  firstName?: InputMaybe<StringFilter>;
  lastName?: InputMaybe<StringFilter>;
};

export type FullNameInput = {
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

export type FullNameOrderBy = {
  firstName?: InputMaybe<OrderByDirection>;
  lastName?: InputMaybe<OrderByDirection>;
};

/** How to group by a date field (Twenty's `GroupByDateInput`). */
export type GroupByDateInput = {
  granularity: DateGranularityEnum;
  /**
   * IANA time zone of the DAY, WEEK, MONTH, QUARTER and YEAR buckets of a date-time field, e.g.
   * `Europe/Paris` (date-only fields have none).
   */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The first day of WEEK buckets (Monday when not given). */
  weekStartDay?: InputMaybe<FirstDayOfTheWeek>;
};

/** One link. */
export type Link = {
  __typename?: 'Link';
  label?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type LinkInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A primary link and any secondary ones. */
export type Links = {
  __typename?: 'Links';
  primaryLinkLabel?: Maybe<Scalars['String']['output']>;
  primaryLinkUrl?: Maybe<Scalars['String']['output']>;
  secondaryLinks?: Maybe<Array<Link>>;
};

export type LinksFilter = {
  primaryLinkLabel?: InputMaybe<StringFilter>;
  primaryLinkUrl?: InputMaybe<StringFilter>;
};

export type LinksInput = {
  primaryLinkLabel?: InputMaybe<Scalars['String']['input']>;
  primaryLinkUrl?: InputMaybe<Scalars['String']['input']>;
  secondaryLinks?: InputMaybe<Array<LinkInput>>;
};

export type LinksOrderBy = {
  primaryLinkLabel?: InputMaybe<OrderByDirection>;
  primaryLinkUrl?: InputMaybe<OrderByDirection>;
};

/** Message (Twenty object `message`, REST `/rest/messages`). */
export type Message = {
  __typename?: 'Message';
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Message Direction */
  direction?: Maybe<MessageDirectionEnum>;
  /** Message id from the message header */
  headerMessageId?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  /** Message Participants */
  messageParticipants?: Maybe<MessageParticipantConnection>;
  /** Message Thread Id */
  messageThread?: Maybe<MessageThread>;
  messageThreadId?: Maybe<Scalars['UUID']['output']>;
  /** The date the message was received */
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Subject */
  subject?: Maybe<Scalars['String']['output']>;
  /** Text */
  text?: Maybe<Scalars['String']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Message (Twenty object `message`, REST `/rest/messages`). */
export type MessageMessageParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageParticipantOrderBy>>;
};

/** Aggregates of Message records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type MessageAggregate = {
  __typename?: 'MessageAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDirection?: Maybe<Scalars['Int']['output']>;
  countEmptyHeaderMessageId?: Maybe<Scalars['Int']['output']>;
  countEmptyReceivedAt?: Maybe<Scalars['Int']['output']>;
  countEmptySubject?: Maybe<Scalars['Int']['output']>;
  countEmptyText?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDirection?: Maybe<Scalars['Int']['output']>;
  countNotEmptyHeaderMessageId?: Maybe<Scalars['Int']['output']>;
  countNotEmptyReceivedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptySubject?: Maybe<Scalars['Int']['output']>;
  countNotEmptyText?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDirection?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesHeaderMessageId?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesReceivedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesSubject?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesText?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxReceivedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minReceivedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDirection?: Maybe<Scalars['Float']['output']>;
  percentageEmptyHeaderMessageId?: Maybe<Scalars['Float']['output']>;
  percentageEmptyReceivedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptySubject?: Maybe<Scalars['Float']['output']>;
  percentageEmptyText?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDirection?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyHeaderMessageId?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyReceivedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptySubject?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyText?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

/** Options of Message.direction in this workspace. */
export type MessageDirectionEnum =
  /** Incoming */
  | 'INCOMING'
  /** Outgoing */
  | 'OUTGOING';

export type MessageDirectionEnumFilter = {
  eq?: InputMaybe<MessageDirectionEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<MessageDirectionEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<MessageDirectionEnum>;
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** Conditions on Message records. Sibling fields are combined with AND. */
export type MessageFilter = {
  and?: InputMaybe<Array<MessageFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  direction?: InputMaybe<MessageDirectionEnumFilter>;
  headerMessageId?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  /** Records by their `messageParticipants`: `some` of them, or `none`, meet the conditions. */
  messageParticipants?: InputMaybe<MessageParticipantRelationFilter>;
  /** Records whose `messageThread` is set and meets these conditions (one relation deep: no relation filter inside). */
  messageThread?: InputMaybe<MessageThreadFilter>;
  messageThreadId?: InputMaybe<UuidFilter>;
  not?: InputMaybe<MessageFilter>;
  or?: InputMaybe<Array<MessageFilter>>;
  receivedAt?: InputMaybe<DateTimeFilter>;
  subject?: InputMaybe<StringFilter>;
  text?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One group of Message records. */
export type MessageGroup = {
  __typename?: 'MessageGroup';
  aggregate: MessageAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: MessageGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Message>;
};

/** One field to group Message records by: set exactly one (dates with their bucket). */
export type MessageGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  direction?: InputMaybe<Scalars['Boolean']['input']>;
  headerMessageId?: InputMaybe<Scalars['Boolean']['input']>;
  messageThreadId?: InputMaybe<Scalars['Boolean']['input']>;
  receivedAt?: InputMaybe<GroupByDateInput>;
  subject?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type MessageGroupByResult = {
  __typename?: 'MessageGroupByResult';
  groups: Array<MessageGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Message records shares, under the fields grouped by; the others are null. */
export type MessageGroupKey = {
  __typename?: 'MessageGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  direction?: Maybe<MessageDirectionEnum>;
  headerMessageId?: Maybe<Scalars['String']['output']>;
  messageThread?: Maybe<MessageThread>;
  messageThreadId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  receivedAt?: Maybe<Scalars['String']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type MessageOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  direction?: InputMaybe<OrderByDirection>;
  headerMessageId?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  messageThreadId?: InputMaybe<OrderByDirection>;
  receivedAt?: InputMaybe<OrderByDirection>;
  subject?: InputMaybe<OrderByDirection>;
  text?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
};

/** Message Participants (Twenty object `messageParticipant`, REST `/rest/messageParticipants`). */
export type MessageParticipant = {
  __typename?: 'MessageParticipant';
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display Name */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Handle */
  handle?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  /** Message */
  message?: Maybe<Message>;
  messageId?: Maybe<Scalars['UUID']['output']>;
  /** Person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Role */
  role?: Maybe<MessageParticipantRoleEnum>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Workspace member */
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** Aggregates of MessageParticipant records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type MessageParticipantAggregate = {
  __typename?: 'MessageParticipantAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDisplayName?: Maybe<Scalars['Int']['output']>;
  countEmptyHandle?: Maybe<Scalars['Int']['output']>;
  countEmptyRole?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDisplayName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyHandle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyRole?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDisplayName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesHandle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesRole?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDisplayName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyHandle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyRole?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDisplayName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyHandle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyRole?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type MessageParticipantConnection = {
  __typename?: 'MessageParticipantConnection';
  edges: Array<MessageParticipantEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type MessageParticipantEdge = {
  __typename?: 'MessageParticipantEdge';
  cursor: Scalars['String']['output'];
  node: MessageParticipant;
};

/** Conditions on MessageParticipant records. Sibling fields are combined with AND. */
export type MessageParticipantFilter = {
  and?: InputMaybe<Array<MessageParticipantFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  displayName?: InputMaybe<StringFilter>;
  handle?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  /** Records whose `message` is set and meets these conditions (one relation deep: no relation filter inside). */
  message?: InputMaybe<MessageFilter>;
  messageId?: InputMaybe<UuidFilter>;
  not?: InputMaybe<MessageParticipantFilter>;
  or?: InputMaybe<Array<MessageParticipantFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  role?: InputMaybe<MessageParticipantRoleEnumFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose `workspaceMember` is set and meets these conditions (one relation deep: no relation filter inside). */
  workspaceMember?: InputMaybe<WorkspaceMemberFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
};

/** One group of MessageParticipant records. */
export type MessageParticipantGroup = {
  __typename?: 'MessageParticipantGroup';
  aggregate: MessageParticipantAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: MessageParticipantGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<MessageParticipant>;
};

/** One field to group MessageParticipant records by: set exactly one (dates with their bucket). */
export type MessageParticipantGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  displayName?: InputMaybe<Scalars['Boolean']['input']>;
  handle?: InputMaybe<Scalars['Boolean']['input']>;
  messageId?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
  workspaceMemberId?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MessageParticipantGroupByResult = {
  __typename?: 'MessageParticipantGroupByResult';
  groups: Array<MessageParticipantGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of MessageParticipant records shares, under the fields grouped by; the others are null. */
export type MessageParticipantGroupKey = {
  __typename?: 'MessageParticipantGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  handle?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Message>;
  messageId?: Maybe<Scalars['UUID']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  role?: Maybe<MessageParticipantRoleEnum>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type MessageParticipantOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  displayName?: InputMaybe<OrderByDirection>;
  handle?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  messageId?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  role?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  workspaceMemberId?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its MessageParticipant records (one relation deep: no relation filter inside). */
export type MessageParticipantRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<MessageParticipantFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<MessageParticipantFilter>;
};

/** Options of MessageParticipant.role in this workspace. */
export type MessageParticipantRoleEnum =
  /** Bcc */
  | 'bcc'
  /** Cc */
  | 'cc'
  /** From */
  | 'from'
  /** To */
  | 'to';

export type MessageParticipantRoleEnumFilter = {
  eq?: InputMaybe<MessageParticipantRoleEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<MessageParticipantRoleEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<MessageParticipantRoleEnum>;
};

/** A one-to-many relation's condition on its Message records (one relation deep: no relation filter inside). */
export type MessageRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<MessageFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<MessageFilter>;
};

/** Message Thread (Twenty object `messageThread`, REST `/rest/messageThreads`). */
export type MessageThread = {
  __typename?: 'MessageThread';
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** Messages from the thread. */
  messages?: Maybe<MessageConnection>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Message Thread (Twenty object `messageThread`, REST `/rest/messageThreads`). */
export type MessageThreadMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageOrderBy>>;
};

/** Aggregates of MessageThread records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type MessageThreadAggregate = {
  __typename?: 'MessageThreadAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type MessageThreadConnection = {
  __typename?: 'MessageThreadConnection';
  edges: Array<MessageThreadEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type MessageThreadEdge = {
  __typename?: 'MessageThreadEdge';
  cursor: Scalars['String']['output'];
  node: MessageThread;
};

/** Conditions on MessageThread records. Sibling fields are combined with AND. */
export type MessageThreadFilter = {
  and?: InputMaybe<Array<MessageThreadFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  /** Records by their `messages`: `some` of them, or `none`, meet the conditions. */
  messages?: InputMaybe<MessageRelationFilter>;
  not?: InputMaybe<MessageThreadFilter>;
  or?: InputMaybe<Array<MessageThreadFilter>>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One group of MessageThread records. */
export type MessageThreadGroup = {
  __typename?: 'MessageThreadGroup';
  aggregate: MessageThreadAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: MessageThreadGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<MessageThread>;
};

/** One field to group MessageThread records by: set exactly one (dates with their bucket). */
export type MessageThreadGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type MessageThreadGroupByResult = {
  __typename?: 'MessageThreadGroupByResult';
  groups: Array<MessageThreadGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of MessageThread records shares, under the fields grouped by; the others are null. */
export type MessageThreadGroupKey = {
  __typename?: 'MessageThreadGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type MessageThreadOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its MessageThread records (one relation deep: no relation filter inside). */
export type MessageThreadRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<MessageThreadFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<MessageThreadFilter>;
};

/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Attaches a note to one person, company or opportunity. Attaching twice, even at the same time,
   * returns the existing note target instead of creating a second one.
   */
  attachNote?: Maybe<NoteTarget>;
  /**
   * Attaches a task to one person, company or opportunity. Attaching twice, even at the same time,
   * returns the existing task target instead of creating a second one.
   */
  attachTask?: Maybe<TaskTarget>;
  /** Creates Companies through Twenty's batch endpoint, in chunks of at most the upstream batch size. */
  createCompanies?: Maybe<CreateCompaniesPayload>;
  /** Creates a Company record. Without `data.id`, twenty-bff gives it a new UUID, so its own retries are safe; give `data.id` to make your retries safe too. */
  createCompany?: Maybe<Company>;
  /**
   * Creates a custom field. The next operation's schema has it as a typed field (the workspace's data
   * model is read again after any metadata write through twenty-bff).
   */
  createField?: Maybe<FieldMetadata>;
  /** Creates a Note record. Without `data.id`, twenty-bff gives it a new UUID, so its own retries are safe; give `data.id` to make your retries safe too. */
  createNote?: Maybe<Note>;
  /** Creates Notes through Twenty's batch endpoint, in chunks of at most the upstream batch size. */
  createNotes?: Maybe<CreateNotesPayload>;
  /** Creates a custom object in the workspace's data model. */
  createObject?: Maybe<ObjectMetadata>;
  /** Creates Opportunities through Twenty's batch endpoint, in chunks of at most the upstream batch size. */
  createOpportunities?: Maybe<CreateOpportunitiesPayload>;
  /** Creates a Opportunity record. Without `data.id`, twenty-bff gives it a new UUID, so its own retries are safe; give `data.id` to make your retries safe too. */
  createOpportunity?: Maybe<Opportunity>;
  /** Creates People through Twenty's batch endpoint, in chunks of at most the upstream batch size. */
  createPeople?: Maybe<CreatePeoplePayload>;
  /** Creates a Person record. Without `data.id`, twenty-bff gives it a new UUID, so its own retries are safe; give `data.id` to make your retries safe too. */
  createPerson?: Maybe<Person>;
  /** Creates a Task record. Without `data.id`, twenty-bff gives it a new UUID, so its own retries are safe; give `data.id` to make your retries safe too. */
  createTask?: Maybe<Task>;
  /** Creates Tasks through Twenty's batch endpoint, in chunks of at most the upstream batch size. */
  createTasks?: Maybe<CreateTasksPayload>;
  /** Moves every Companies record the filter matches to the trash (soft delete); `restoreCompanies` brings them back. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  deleteCompanies?: Maybe<BulkWriteResult>;
  /** Moves a Company record to the trash (soft delete); `restoreCompany` brings it back. */
  deleteCompany?: Maybe<DeletedRecord>;
  /** Deletes a custom field and its values. */
  deleteField?: Maybe<DeletedRecord>;
  /** Moves a Note record to the trash (soft delete); `restoreNote` brings it back. */
  deleteNote?: Maybe<DeletedRecord>;
  /** Moves every Notes record the filter matches to the trash (soft delete); `restoreNotes` brings them back. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  deleteNotes?: Maybe<BulkWriteResult>;
  /**
   * Deletes a custom object. Twenty requires it to be deactivated first (`updateObject` with
   * `isActive: false`).
   */
  deleteObject?: Maybe<DeletedRecord>;
  /** Moves every Opportunities record the filter matches to the trash (soft delete); `restoreOpportunities` brings them back. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  deleteOpportunities?: Maybe<BulkWriteResult>;
  /** Moves a Opportunity record to the trash (soft delete); `restoreOpportunity` brings it back. */
  deleteOpportunity?: Maybe<DeletedRecord>;
  /** Moves every People record the filter matches to the trash (soft delete); `restorePeople` brings them back. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  deletePeople?: Maybe<BulkWriteResult>;
  /** Moves a Person record to the trash (soft delete); `restorePerson` brings it back. */
  deletePerson?: Maybe<DeletedRecord>;
  /** Moves a Task record to the trash (soft delete); `restoreTask` brings it back. */
  deleteTask?: Maybe<DeletedRecord>;
  /** Moves every Tasks record the filter matches to the trash (soft delete); `restoreTasks` brings them back. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  deleteTasks?: Maybe<BulkWriteResult>;
  /** Deletes permanently every Companies record the filter matches, in the trash or not. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  destroyCompanies?: Maybe<BulkWriteResult>;
  /** Deletes a Company record permanently. */
  destroyCompany?: Maybe<DeletedRecord>;
  /** Deletes a Note record permanently. */
  destroyNote?: Maybe<DeletedRecord>;
  /** Deletes permanently every Notes record the filter matches, in the trash or not. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  destroyNotes?: Maybe<BulkWriteResult>;
  /** Deletes permanently every Opportunities record the filter matches, in the trash or not. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  destroyOpportunities?: Maybe<BulkWriteResult>;
  /** Deletes a Opportunity record permanently. */
  destroyOpportunity?: Maybe<DeletedRecord>;
  /** Deletes permanently every People record the filter matches, in the trash or not. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  destroyPeople?: Maybe<BulkWriteResult>;
  /** Deletes a Person record permanently. */
  destroyPerson?: Maybe<DeletedRecord>;
  /** Deletes a Task record permanently. */
  destroyTask?: Maybe<DeletedRecord>;
  /** Deletes permanently every Tasks record the filter matches, in the trash or not. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  destroyTasks?: Maybe<BulkWriteResult>;
  /**
   * Detaches a note from a record: destroys the note targets linking them. NOT_FOUND when the note is
   * not attached to that record.
   */
  detachNote?: Maybe<Array<DeletedRecord>>;
  /**
   * Detaches a task from a record: destroys the task targets linking them. NOT_FOUND when the task is
   * not attached to that record.
   */
  detachTask?: Maybe<Array<DeletedRecord>>;
  /** Merges 2 to 9 Companies records into the one at `conflictPriorityIndex` of `ids`, as Twenty merges them: where records disagree that one's values win, empty ones are filled from the others, e-mails, phones and links are gathered; every relation to the others moves to it; the others are deleted permanently. With `dryRun`, returns the merged record (under a new id) and writes nothing. */
  mergeCompanies?: Maybe<Company>;
  /** Merges 2 to 9 People records into the one at `conflictPriorityIndex` of `ids`, as Twenty merges them: where records disagree that one's values win, empty ones are filled from the others, e-mails, phones and links are gathered; every relation to the others moves to it; the others are deleted permanently. With `dryRun`, returns the merged record (under a new id) and writes nothing. */
  mergePeople?: Maybe<Person>;
  /** Places a Company right after the record `after` and right before the record `before` in position order (a board column, a sorted list): give both neighbours, or one (`after` alone: the next place after it; `before` alone: the place before it). Writes the new `position` of the record, and when its neighbours share one position, of at most 5 records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing. */
  moveCompany?: Maybe<Company>;
  /** Places a Note right after the record `after` and right before the record `before` in position order (a board column, a sorted list): give both neighbours, or one (`after` alone: the next place after it; `before` alone: the place before it). Writes the new `position` of the record, and when its neighbours share one position, of at most 5 records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing. */
  moveNote?: Maybe<Note>;
  /** Places a Opportunity right after the record `after` and right before the record `before` in position order (a board column, a sorted list): give both neighbours, or one (`after` alone: the next place after it; `before` alone: the place before it). Writes the new `position` of the record, and when its neighbours share one position, of at most 5 records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing. */
  moveOpportunity?: Maybe<Opportunity>;
  /** Places a Person right after the record `after` and right before the record `before` in position order (a board column, a sorted list): give both neighbours, or one (`after` alone: the next place after it; `before` alone: the place before it). Writes the new `position` of the record, and when its neighbours share one position, of at most 5 records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing. */
  movePerson?: Maybe<Person>;
  /** Places a Task right after the record `after` and right before the record `before` in position order (a board column, a sorted list): give both neighbours, or one (`after` alone: the next place after it; `before` alone: the place before it). Writes the new `position` of the record, and when its neighbours share one position, of at most 5 records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing. */
  moveTask?: Maybe<Task>;
  /** Brings back from the trash every Companies record there that the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  restoreCompanies?: Maybe<BulkWriteResult>;
  /** Brings a Company record back from the trash. */
  restoreCompany?: Maybe<Company>;
  /** Brings a Note record back from the trash. */
  restoreNote?: Maybe<Note>;
  /** Brings back from the trash every Notes record there that the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  restoreNotes?: Maybe<BulkWriteResult>;
  /** Brings back from the trash every Opportunities record there that the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  restoreOpportunities?: Maybe<BulkWriteResult>;
  /** Brings a Opportunity record back from the trash. */
  restoreOpportunity?: Maybe<Opportunity>;
  /** Brings back from the trash every People record there that the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  restorePeople?: Maybe<BulkWriteResult>;
  /** Brings a Person record back from the trash. */
  restorePerson?: Maybe<Person>;
  /** Brings a Task record back from the trash. */
  restoreTask?: Maybe<Task>;
  /** Brings back from the trash every Tasks record there that the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  restoreTasks?: Maybe<BulkWriteResult>;
  /** Changes the fields given in `data` on every Companies record the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  updateCompanies?: Maybe<BulkWriteResult>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateCompany?: Maybe<Company>;
  /** Changes a field's label, description, options or default, or (de)activates it. */
  updateField?: Maybe<FieldMetadata>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateNote?: Maybe<Note>;
  /** Changes the fields given in `data` on every Notes record the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  updateNotes?: Maybe<BulkWriteResult>;
  /** Changes an object's names, labels or description, or (de)activates it. */
  updateObject?: Maybe<ObjectMetadata>;
  /** Changes the fields given in `data` on every Opportunities record the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  updateOpportunities?: Maybe<BulkWriteResult>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateOpportunity?: Maybe<Opportunity>;
  /** Changes the fields given in `data` on every People record the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  updatePeople?: Maybe<BulkWriteResult>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updatePerson?: Maybe<Person>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateTask?: Maybe<Task>;
  /** Changes the fields given in `data` on every Tasks record the filter matches. `filter` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records. */
  updateTasks?: Maybe<BulkWriteResult>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationAttachNoteArgs = {
  noteId: Scalars['UUID']['input'];
  target: RecordTargetInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationAttachTaskArgs = {
  target: RecordTargetInput;
  taskId: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateCompaniesArgs = {
  data: Array<CreateCompanyInput>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateCompanyArgs = {
  data: CreateCompanyInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateFieldArgs = {
  data: CreateFieldInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateNoteArgs = {
  data: CreateNoteInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateNotesArgs = {
  data: Array<CreateNoteInput>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateObjectArgs = {
  data: CreateObjectInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateOpportunitiesArgs = {
  data: Array<CreateOpportunityInput>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateOpportunityArgs = {
  data: CreateOpportunityInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreatePeopleArgs = {
  data: Array<CreatePersonInput>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreatePersonArgs = {
  data: CreatePersonInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateTaskArgs = {
  data: CreateTaskInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationCreateTasksArgs = {
  data: Array<CreateTaskInput>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteCompaniesArgs = {
  filter: CompanyFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteCompanyArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteFieldArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteNoteArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteNotesArgs = {
  filter: NoteFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteObjectArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteOpportunitiesArgs = {
  filter: OpportunityFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteOpportunityArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeletePeopleArgs = {
  filter: PersonFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeletePersonArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteTaskArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDeleteTasksArgs = {
  filter: TaskFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyCompaniesArgs = {
  filter: CompanyFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyCompanyArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyNoteArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyNotesArgs = {
  filter: NoteFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyOpportunitiesArgs = {
  filter: OpportunityFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyOpportunityArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyPeopleArgs = {
  filter: PersonFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyPersonArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyTaskArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDestroyTasksArgs = {
  filter: TaskFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDetachNoteArgs = {
  noteId: Scalars['UUID']['input'];
  target: RecordTargetInput;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationDetachTaskArgs = {
  target: RecordTargetInput;
  taskId: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMergeCompaniesArgs = {
  conflictPriorityIndex: Scalars['Int']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['UUID']['input']>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMergePeopleArgs = {
  conflictPriorityIndex: Scalars['Int']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['UUID']['input']>;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMoveCompanyArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  before?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMoveNoteArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  before?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMoveOpportunityArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  before?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMovePersonArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  before?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationMoveTaskArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  before?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreCompaniesArgs = {
  filter: CompanyFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreCompanyArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreNoteArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreNotesArgs = {
  filter: NoteFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreOpportunitiesArgs = {
  filter: OpportunityFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreOpportunityArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestorePeopleArgs = {
  filter: PersonFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestorePersonArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreTaskArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationRestoreTasksArgs = {
  filter: TaskFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateCompaniesArgs = {
  data: UpdateCompanyInput;
  filter: CompanyFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateCompanyArgs = {
  data: UpdateCompanyInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateFieldArgs = {
  data: UpdateFieldInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateNoteArgs = {
  data: UpdateNoteInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateNotesArgs = {
  data: UpdateNoteInput;
  filter: NoteFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateObjectArgs = {
  data: UpdateObjectInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateOpportunitiesArgs = {
  data: UpdateOpportunityInput;
  filter: OpportunityFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateOpportunityArgs = {
  data: UpdateOpportunityInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdatePeopleArgs = {
  data: UpdatePersonInput;
  filter: PersonFilter;
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdatePersonArgs = {
  data: UpdatePersonInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateTaskArgs = {
  data: UpdateTaskInput;
  id: Scalars['UUID']['input'];
};


/**
 * Writes. Every input is validated before Twenty is called. Every create carries an id (the caller's
 * `data.id`, or a new UUID), so after a timeout, a lost connection, a 5xx or a 429 a write is retried
 * safely, and a lost answer is settled by reading back: a repeat refused as a duplicate means the first
 * attempt landed, and its record is returned. Every upstream error of a write says in
 * `extensions.writeOutcome` whether it was APPLIED, NOT_APPLIED or, only when nothing could tell,
 * UNKNOWN (then also `extensions.mayHaveApplied: true`). With `BFF_READ_ONLY=true` every mutation is refused with FORBIDDEN.
 * Bad input in any mutation refuses the whole operation before anything is written. Once running,
 * every mutation field is nullable: one that fails upstream is null beside its error, and the other
 * mutations of the operation keep their results.
 */
export type MutationUpdateTasksArgs = {
  data: UpdateTaskInput;
  filter: TaskFilter;
};

/** A note (Twenty object `note`, REST `/rest/notes`). */
export type Note = {
  __typename?: 'Note';
  /** Note attachments */
  attachments?: Maybe<AttachmentConnection>;
  /** Note body */
  bodyV2?: Maybe<RichText>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Favorites linked to the note */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** Note targets */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Note record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Same as `noteTargets`. */
  targets?: Maybe<NoteTargetConnection>;
  /** Timeline Activities linked to the note. */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Note title */
  title?: Maybe<Scalars['String']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};


/** A note (Twenty object `note`, REST `/rest/notes`). */
export type NoteAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/** A note (Twenty object `note`, REST `/rest/notes`). */
export type NoteFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** A note (Twenty object `note`, REST `/rest/notes`). */
export type NoteNoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/** A note (Twenty object `note`, REST `/rest/notes`). */
export type NoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/** A note (Twenty object `note`, REST `/rest/notes`). */
export type NoteTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of Note records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type NoteAggregate = {
  __typename?: 'NoteAggregate';
  countEmptyBodyV2?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyBodyV2?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesBodyV2?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesTitle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyBodyV2?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyBodyV2?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** Conditions on Note records. Sibling fields are combined with AND. */
export type NoteFilter = {
  and?: InputMaybe<Array<NoteFilter>>;
  /** Records by their `attachments`: `some` of them, or `none`, meet the conditions. */
  attachments?: InputMaybe<AttachmentRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<NoteFilter>;
  /** Records by their `noteTargets`: `some` of them, or `none`, meet the conditions. */
  noteTargets?: InputMaybe<NoteTargetRelationFilter>;
  or?: InputMaybe<Array<NoteFilter>>;
  position?: InputMaybe<FloatFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of Note records. */
export type NoteGroup = {
  __typename?: 'NoteGroup';
  aggregate: NoteAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: NoteGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Note>;
};

/** One field to group Note records by: set exactly one (dates with their bucket). */
export type NoteGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  title?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type NoteGroupByResult = {
  __typename?: 'NoteGroupByResult';
  groups: Array<NoteGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Note records shares, under the fields grouped by; the others are null. */
export type NoteGroupKey = {
  __typename?: 'NoteGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type NoteOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  title?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its Note records (one relation deep: no relation filter inside). */
export type NoteRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<NoteFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<NoteFilter>;
};

/** A note target (Twenty object `noteTarget`, REST `/rest/noteTargets`). */
export type NoteTarget = {
  __typename?: 'NoteTarget';
  /** NoteTarget company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** NoteTarget note */
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  /** NoteTarget opportunity */
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  /** NoteTarget person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Note Target record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};

/** Aggregates of NoteTarget records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type NoteTargetAggregate = {
  __typename?: 'NoteTargetAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type NoteTargetConnection = {
  __typename?: 'NoteTargetConnection';
  edges: Array<NoteTargetEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type NoteTargetEdge = {
  __typename?: 'NoteTargetEdge';
  cursor: Scalars['String']['output'];
  node: NoteTarget;
};

/** Conditions on NoteTarget records. Sibling fields are combined with AND. */
export type NoteTargetFilter = {
  and?: InputMaybe<Array<NoteTargetFilter>>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<NoteTargetFilter>;
  /** Records whose `note` is set and meets these conditions (one relation deep: no relation filter inside). */
  note?: InputMaybe<NoteFilter>;
  noteId?: InputMaybe<UuidFilter>;
  /** Records whose `opportunity` is set and meets these conditions (one relation deep: no relation filter inside). */
  opportunity?: InputMaybe<OpportunityFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<NoteTargetFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of NoteTarget records. */
export type NoteTargetGroup = {
  __typename?: 'NoteTargetGroup';
  aggregate: NoteTargetAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: NoteTargetGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<NoteTarget>;
};

/** One field to group NoteTarget records by: set exactly one (dates with their bucket). */
export type NoteTargetGroupByInput = {
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  noteId?: InputMaybe<Scalars['Boolean']['input']>;
  opportunityId?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type NoteTargetGroupByResult = {
  __typename?: 'NoteTargetGroupByResult';
  groups: Array<NoteTargetGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of NoteTarget records shares, under the fields grouped by; the others are null. */
export type NoteTargetGroupKey = {
  __typename?: 'NoteTargetGroupKey';
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Note>;
  noteId?: Maybe<Scalars['UUID']['output']>;
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type NoteTargetOrderBy = {
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  noteId?: InputMaybe<OrderByDirection>;
  opportunityId?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its NoteTarget records (one relation deep: no relation filter inside). */
export type NoteTargetRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<NoteTargetFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<NoteTargetFilter>;
};

/** An object of the workspace's data model (Twenty's metadata API, `/rest/metadata/objects`). */
export type ObjectMetadata = {
  __typename?: 'ObjectMetadata';
  description?: Maybe<Scalars['String']['output']>;
  /** The object's fields, as Twenty returns them inline. */
  fields: Array<FieldMetadata>;
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  isActive?: Maybe<Scalars['Boolean']['output']>;
  isCustom?: Maybe<Scalars['Boolean']['output']>;
  isSystem?: Maybe<Scalars['Boolean']['output']>;
  labelPlural?: Maybe<Scalars['String']['output']>;
  labelSingular?: Maybe<Scalars['String']['output']>;
  namePlural: Scalars['String']['output'];
  nameSingular: Scalars['String']['output'];
};

/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** Opportunity amount */
  amount?: Maybe<Currency>;
  /** Attachments linked to the opportunity */
  attachments?: Maybe<AttachmentConnection>;
  /** Opportunity close date */
  closeDate?: Maybe<Scalars['DateTime']['output']>;
  /** Opportunity company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Favorites linked to the opportunity */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** The opportunity name */
  name?: Maybe<Scalars['String']['output']>;
  /** Notes tied to the opportunity */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Notes attached to this record (through noteTargets). */
  notes?: Maybe<NoteConnection>;
  /** Opportunity point of contact */
  pointOfContact?: Maybe<Person>;
  pointOfContactId?: Maybe<Scalars['UUID']['output']>;
  /** Opportunity record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Opportunity stage */
  stage?: Maybe<OpportunityStageEnum>;
  /** Tasks tied to the opportunity */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Tasks attached to this record (through taskTargets). */
  tasks?: Maybe<TaskConnection>;
  /** Timeline Activities linked to the opportunity. */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityNoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityTaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrderBy>>;
};


/** An opportunity (Twenty object `opportunity`, REST `/rest/opportunities`). */
export type OpportunityTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of Opportunity records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type OpportunityAggregate = {
  __typename?: 'OpportunityAggregate';
  /** Average amount, in units of its currency (amountMicros / 1,000,000). */
  avgAmountAmount?: Maybe<Scalars['Float']['output']>;
  avgAmountAmountMicros?: Maybe<Scalars['Float']['output']>;
  countEmptyAmount?: Maybe<Scalars['Int']['output']>;
  countEmptyCloseDate?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyStage?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyAmount?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCloseDate?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyStage?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesAmount?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCloseDate?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesStage?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  /** Largest amount, in units of its currency (amountMicros / 1,000,000). */
  maxAmountAmount?: Maybe<Scalars['Float']['output']>;
  maxAmountAmountMicros?: Maybe<Scalars['Float']['output']>;
  maxCloseDate?: Maybe<Scalars['DateTime']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Smallest amount, in units of its currency (amountMicros / 1,000,000). */
  minAmountAmount?: Maybe<Scalars['Float']['output']>;
  minAmountAmountMicros?: Maybe<Scalars['Float']['output']>;
  minCloseDate?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyAmount?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCloseDate?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyStage?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyAmount?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCloseDate?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyStage?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Sum of amount, in units of its currency (amountMicros / 1,000,000). */
  sumAmountAmount?: Maybe<Scalars['Float']['output']>;
  sumAmountAmountMicros?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

/** Conditions on Opportunity records. Sibling fields are combined with AND. */
export type OpportunityFilter = {
  amount?: InputMaybe<CurrencyFilter>;
  and?: InputMaybe<Array<OpportunityFilter>>;
  /** Records by their `attachments`: `some` of them, or `none`, meet the conditions. */
  attachments?: InputMaybe<AttachmentRelationFilter>;
  closeDate?: InputMaybe<DateTimeFilter>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<OpportunityFilter>;
  /** Records by their `noteTargets`: `some` of them, or `none`, meet the conditions. */
  noteTargets?: InputMaybe<NoteTargetRelationFilter>;
  or?: InputMaybe<Array<OpportunityFilter>>;
  /** Records whose `pointOfContact` is set and meets these conditions (one relation deep: no relation filter inside). */
  pointOfContact?: InputMaybe<PersonFilter>;
  pointOfContactId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  stage?: InputMaybe<OpportunityStageEnumFilter>;
  /** Records by their `taskTargets`: `some` of them, or `none`, meet the conditions. */
  taskTargets?: InputMaybe<TaskTargetRelationFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of Opportunity records. */
export type OpportunityGroup = {
  __typename?: 'OpportunityGroup';
  aggregate: OpportunityAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: OpportunityGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Opportunity>;
};

/** One field to group Opportunity records by: set exactly one (dates with their bucket). */
export type OpportunityGroupByInput = {
  closeDate?: InputMaybe<GroupByDateInput>;
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  name?: InputMaybe<Scalars['Boolean']['input']>;
  pointOfContactId?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type OpportunityGroupByResult = {
  __typename?: 'OpportunityGroupByResult';
  groups: Array<OpportunityGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Opportunity records shares, under the fields grouped by; the others are null. */
export type OpportunityGroupKey = {
  __typename?: 'OpportunityGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  closeDate?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  pointOfContact?: Maybe<Person>;
  pointOfContactId?: Maybe<Scalars['UUID']['output']>;
  stage?: Maybe<OpportunityStageEnum>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type OpportunityOrderBy = {
  amount?: InputMaybe<CurrencyOrderBy>;
  closeDate?: InputMaybe<OrderByDirection>;
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  name?: InputMaybe<OrderByDirection>;
  pointOfContactId?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  stage?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its Opportunity records (one relation deep: no relation filter inside). */
export type OpportunityRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<OpportunityFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<OpportunityFilter>;
};

/** Options of Opportunity.stage in this workspace. */
export type OpportunityStageEnum =
  /** Customer */
  | 'CUSTOMER'
  /** Meeting */
  | 'MEETING'
  /** New */
  | 'NEW'
  /** Proposal */
  | 'PROPOSAL'
  /** Screening */
  | 'SCREENING';

export type OpportunityStageEnumFilter = {
  eq?: InputMaybe<OpportunityStageEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<OpportunityStageEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<OpportunityStageEnum>;
};

/** Sort direction with explicit null placement, as in Twenty's GraphQL API. */
export type OrderByDirection =
  | 'AscNullsFirst'
  | 'AscNullsLast'
  | 'DescNullsFirst'
  | 'DescNullsLast';

/** Relay page information, computed from Twenty's cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more records follow the last edge in the requested direction. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when records precede the first edge (always true after an `after` cursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person (Twenty object `person`, REST `/rest/people`). */
export type Person = {
  __typename?: 'Person';
  /** Attachments linked to the contact. */
  attachments?: Maybe<AttachmentConnection>;
  /** Contact's avatar */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Calendar Event Participants */
  calendarEventParticipants?: Maybe<CalendarEventParticipantConnection>;
  /** Contact's city */
  city?: Maybe<Scalars['String']['output']>;
  /** Contact's company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Contact's Emails */
  emails?: Maybe<Emails>;
  /** Favorites linked to the contact */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** Contact's job title */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** Contact's Linkedin account */
  linkedinLink?: Maybe<Links>;
  /** Message Participants */
  messageParticipants?: Maybe<MessageParticipantConnection>;
  /** Contact's name */
  name?: Maybe<FullName>;
  /** Notes tied to the contact */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Notes attached to this record (through noteTargets). */
  notes?: Maybe<NoteConnection>;
  /** Contact's phone numbers */
  phones?: Maybe<Phones>;
  /** List of opportunities for which that person is the point of contact */
  pointOfContactForOpportunities?: Maybe<OpportunityConnection>;
  /** Person record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Tasks tied to the contact */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Tasks attached to this record (through taskTargets). */
  tasks?: Maybe<TaskConnection>;
  /** Events linked to the person */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
  /** Contact's X/Twitter account */
  xLink?: Maybe<Links>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonCalendarEventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarEventParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CalendarEventParticipantOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonMessageParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageParticipantOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonNoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonPointOfContactForOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpportunityOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonTaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrderBy>>;
};


/** A person (Twenty object `person`, REST `/rest/people`). */
export type PersonTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of Person records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  countEmptyAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countEmptyCity?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyEmails?: Maybe<Scalars['Int']['output']>;
  countEmptyJobTitle?: Maybe<Scalars['Int']['output']>;
  countEmptyLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyPhones?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyXLink?: Maybe<Scalars['Int']['output']>;
  countNotEmptyAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCity?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyEmails?: Maybe<Scalars['Int']['output']>;
  countNotEmptyJobTitle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyPhones?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyXLink?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCity?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesEmails?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesJobTitle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLinkedinLink?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesPhones?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesXLink?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyAvatarUrl?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCity?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyEmails?: Maybe<Scalars['Float']['output']>;
  percentageEmptyJobTitle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLinkedinLink?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyPhones?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyXLink?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyAvatarUrl?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCity?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyEmails?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyJobTitle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLinkedinLink?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyPhones?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyXLink?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** Conditions on Person records. Sibling fields are combined with AND. */
export type PersonFilter = {
  and?: InputMaybe<Array<PersonFilter>>;
  /** Records by their `attachments`: `some` of them, or `none`, meet the conditions. */
  attachments?: InputMaybe<AttachmentRelationFilter>;
  avatarUrl?: InputMaybe<StringFilter>;
  /** Records by their `calendarEventParticipants`: `some` of them, or `none`, meet the conditions. */
  calendarEventParticipants?: InputMaybe<CalendarEventParticipantRelationFilter>;
  city?: InputMaybe<StringFilter>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  emails?: InputMaybe<EmailsFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  jobTitle?: InputMaybe<StringFilter>;
  linkedinLink?: InputMaybe<LinksFilter>;
  /** Records by their `messageParticipants`: `some` of them, or `none`, meet the conditions. */
  messageParticipants?: InputMaybe<MessageParticipantRelationFilter>;
  name?: InputMaybe<FullNameFilter>;
  not?: InputMaybe<PersonFilter>;
  /** Records by their `noteTargets`: `some` of them, or `none`, meet the conditions. */
  noteTargets?: InputMaybe<NoteTargetRelationFilter>;
  or?: InputMaybe<Array<PersonFilter>>;
  phones?: InputMaybe<PhonesFilter>;
  /** Records by their `pointOfContactForOpportunities`: `some` of them, or `none`, meet the conditions. */
  pointOfContactForOpportunities?: InputMaybe<OpportunityRelationFilter>;
  position?: InputMaybe<FloatFilter>;
  /** Records by their `taskTargets`: `some` of them, or `none`, meet the conditions. */
  taskTargets?: InputMaybe<TaskTargetRelationFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  xLink?: InputMaybe<LinksFilter>;
};

/** One group of Person records. */
export type PersonGroup = {
  __typename?: 'PersonGroup';
  aggregate: PersonAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: PersonGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Person>;
};

/** One field to group Person records by: set exactly one (dates with their bucket). */
export type PersonGroupByInput = {
  city?: InputMaybe<Scalars['Boolean']['input']>;
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  jobTitle?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type PersonGroupByResult = {
  __typename?: 'PersonGroupByResult';
  groups: Array<PersonGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Person records shares, under the fields grouped by; the others are null. */
export type PersonGroupKey = {
  __typename?: 'PersonGroupKey';
  city?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type PersonOrderBy = {
  avatarUrl?: InputMaybe<OrderByDirection>;
  city?: InputMaybe<OrderByDirection>;
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  emails?: InputMaybe<EmailsOrderBy>;
  id?: InputMaybe<OrderByDirection>;
  jobTitle?: InputMaybe<OrderByDirection>;
  linkedinLink?: InputMaybe<LinksOrderBy>;
  name?: InputMaybe<FullNameOrderBy>;
  phones?: InputMaybe<PhonesOrderBy>;
  position?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
  xLink?: InputMaybe<LinksOrderBy>;
};

/** A one-to-many relation's condition on its Person records (one relation deep: no relation filter inside). */
export type PersonRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<PersonFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<PersonFilter>;
};

/** A primary phone number and any additional ones. */
export type Phones = {
  __typename?: 'Phones';
  additionalPhones?: Maybe<Scalars['JSON']['output']>;
  /** Calling code such as `+33`. */
  primaryPhoneCallingCode?: Maybe<Scalars['String']['output']>;
  /** ISO country code such as `FR`. */
  primaryPhoneCountryCode?: Maybe<Scalars['String']['output']>;
  primaryPhoneNumber?: Maybe<Scalars['String']['output']>;
};

export type PhonesFilter = {
  primaryPhoneCallingCode?: InputMaybe<StringFilter>;
  primaryPhoneCountryCode?: InputMaybe<StringFilter>;
  primaryPhoneNumber?: InputMaybe<StringFilter>;
};

export type PhonesInput = {
  additionalPhones?: InputMaybe<Scalars['JSON']['input']>;
  /** Calling code such as `+33`. */
  primaryPhoneCallingCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO country code such as `FR`. */
  primaryPhoneCountryCode?: InputMaybe<Scalars['String']['input']>;
  primaryPhoneNumber?: InputMaybe<Scalars['String']['input']>;
};

export type PhonesOrderBy = {
  primaryPhoneNumber?: InputMaybe<OrderByDirection>;
};

/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type Query = {
  __typename?: 'Query';
  /** One Attachment by id, or null when it does not exist (or is in the trash). */
  attachment?: Maybe<Attachment>;
  /** Attachment records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  attachments?: Maybe<AttachmentConnection>;
  /** Aggregates of the Attachment records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  attachmentsAggregate?: Maybe<AttachmentAggregate>;
  /** Attachment records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  attachmentsGroupBy?: Maybe<AttachmentGroupByResult>;
  /** One CalendarEvent by id, or null when it does not exist (or is in the trash). */
  calendarEvent?: Maybe<CalendarEvent>;
  /** One CalendarEventParticipant by id, or null when it does not exist (or is in the trash). */
  calendarEventParticipant?: Maybe<CalendarEventParticipant>;
  /** CalendarEventParticipant records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  calendarEventParticipants?: Maybe<CalendarEventParticipantConnection>;
  /** Aggregates of the CalendarEventParticipant records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  calendarEventParticipantsAggregate?: Maybe<CalendarEventParticipantAggregate>;
  /** CalendarEventParticipant records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  calendarEventParticipantsGroupBy?: Maybe<CalendarEventParticipantGroupByResult>;
  /** CalendarEvent records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  calendarEvents?: Maybe<CalendarEventConnection>;
  /** Aggregates of the CalendarEvent records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  calendarEventsAggregate?: Maybe<CalendarEventAggregate>;
  /** CalendarEvent records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  calendarEventsGroupBy?: Maybe<CalendarEventGroupByResult>;
  /** Company records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  companies?: Maybe<CompanyConnection>;
  /** Aggregates of the Company records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  companiesAggregate?: Maybe<CompanyAggregate>;
  /** Company records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  companiesGroupBy?: Maybe<CompanyGroupByResult>;
  /** One Company by id, or null when it does not exist (or is in the trash). */
  company?: Maybe<Company>;
  /** The Companies records that duplicate each record of `ids` (stored records; an id not found has no entry) or each record of `data` (records not written yet), by Twenty's duplicate criteria: one connection per record looked for, at most 200 duplicates each. Give `ids` or `data`, at most 20 of them. */
  companyDuplicates?: Maybe<Array<CompanyConnection>>;
  /** One Favorite by id, or null when it does not exist (or is in the trash). */
  favorite?: Maybe<Favorite>;
  /** Favorite records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  favorites?: Maybe<FavoriteConnection>;
  /** Aggregates of the Favorite records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  favoritesAggregate?: Maybe<FavoriteAggregate>;
  /** Favorite records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  favoritesGroupBy?: Maybe<FavoriteGroupByResult>;
  /** Fields of every object, or of one object when `objectId` is given. */
  fields?: Maybe<Array<FieldMetadata>>;
  /** One Message by id, or null when it does not exist (or is in the trash). */
  message?: Maybe<Message>;
  /** One MessageParticipant by id, or null when it does not exist (or is in the trash). */
  messageParticipant?: Maybe<MessageParticipant>;
  /** MessageParticipant records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messageParticipants?: Maybe<MessageParticipantConnection>;
  /** Aggregates of the MessageParticipant records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  messageParticipantsAggregate?: Maybe<MessageParticipantAggregate>;
  /** MessageParticipant records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  messageParticipantsGroupBy?: Maybe<MessageParticipantGroupByResult>;
  /** One MessageThread by id, or null when it does not exist (or is in the trash). */
  messageThread?: Maybe<MessageThread>;
  /** MessageThread records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messageThreads?: Maybe<MessageThreadConnection>;
  /** Aggregates of the MessageThread records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  messageThreadsAggregate?: Maybe<MessageThreadAggregate>;
  /** MessageThread records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  messageThreadsGroupBy?: Maybe<MessageThreadGroupByResult>;
  /** Message records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messages?: Maybe<MessageConnection>;
  /** Aggregates of the Message records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  messagesAggregate?: Maybe<MessageAggregate>;
  /** Message records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  messagesGroupBy?: Maybe<MessageGroupByResult>;
  /** One Note by id, or null when it does not exist (or is in the trash). */
  note?: Maybe<Note>;
  /** One NoteTarget by id, or null when it does not exist (or is in the trash). */
  noteTarget?: Maybe<NoteTarget>;
  /** NoteTarget records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Aggregates of the NoteTarget records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  noteTargetsAggregate?: Maybe<NoteTargetAggregate>;
  /** NoteTarget records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  noteTargetsGroupBy?: Maybe<NoteTargetGroupByResult>;
  /** Note records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  notes?: Maybe<NoteConnection>;
  /** Aggregates of the Note records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  notesAggregate?: Maybe<NoteAggregate>;
  /** Note records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  notesGroupBy?: Maybe<NoteGroupByResult>;
  /** One object, by id or by singular name (exactly one of the two), or null when there is none. */
  object?: Maybe<ObjectMetadata>;
  /** The workspace's objects with their fields. Optional arguments filter the list. */
  objects?: Maybe<Array<ObjectMetadata>>;
  /** Opportunity records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  opportunities?: Maybe<OpportunityConnection>;
  /** Aggregates of the Opportunity records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  opportunitiesAggregate?: Maybe<OpportunityAggregate>;
  /** Opportunity records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  opportunitiesGroupBy?: Maybe<OpportunityGroupByResult>;
  /** One Opportunity by id, or null when it does not exist (or is in the trash). */
  opportunity?: Maybe<Opportunity>;
  /** Person records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  people?: Maybe<PersonConnection>;
  /** Aggregates of the Person records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  peopleAggregate?: Maybe<PersonAggregate>;
  /** Person records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  peopleGroupBy?: Maybe<PersonGroupByResult>;
  /** One Person by id, or null when it does not exist (or is in the trash). */
  person?: Maybe<Person>;
  /** The People records that duplicate each record of `ids` (stored records; an id not found has no entry) or each record of `data` (records not written yet), by Twenty's duplicate criteria: one connection per record looked for, at most 200 duplicates each. Give `ids` or `data`, at most 20 of them. */
  personDuplicates?: Maybe<Array<PersonConnection>>;
  /** Always true: lets a client check that it reaches twenty-bff without spending an upstream call. */
  ping: Scalars['Boolean']['output'];
  /**
   * Searches records of several objects at once, for a command palette or a global search box:
   * people (first and last name, e-mail, phone), companies (name, domain), opportunities (name),
   * notes and tasks (title), and custom objects (their label identifier field).
   *
   * Every word of `query` must appear, case-insensitively, in one of an object's searched fields,
   * so "Haruto Schmidt" finds Haruto Schmidt. Hits are merged across objects and ranked: EXACT,
   * then PREFIX, then CONTAINS, then WORDS (see `SearchRank`). An accented word also finds its
   * plain spelling ("Zoë" finds Zoe), but not the reverse: Twenty's REST filters have no
   * accent-insensitive comparison (see the README).
   *
   * Costs one upstream request per object searched. Each request reads at most 60 candidates (the
   * most recently updated ones when more match), which are ranked here.
   *
   * `objects`: Twenty object names (`person`, `company`, …); all searchable objects when left out.
   * `first`: how many hits, 1 to 50; 10 when left out.
   */
  search?: Maybe<SearchResult>;
  /** One Task by id, or null when it does not exist (or is in the trash). */
  task?: Maybe<Task>;
  /** One TaskTarget by id, or null when it does not exist (or is in the trash). */
  taskTarget?: Maybe<TaskTarget>;
  /** TaskTarget records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Aggregates of the TaskTarget records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  taskTargetsAggregate?: Maybe<TaskTargetAggregate>;
  /** TaskTarget records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  taskTargetsGroupBy?: Maybe<TaskTargetGroupByResult>;
  /** Task records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  tasks?: Maybe<TaskConnection>;
  /** Aggregates of the Task records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  tasksAggregate?: Maybe<TaskAggregate>;
  /** Task records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  tasksGroupBy?: Maybe<TaskGroupByResult>;
  /** TimelineActivity records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Aggregates of the TimelineActivity records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  timelineActivitiesAggregate?: Maybe<TimelineActivityAggregate>;
  /** TimelineActivity records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  timelineActivitiesGroupBy?: Maybe<TimelineActivityGroupByResult>;
  /** One TimelineActivity by id, or null when it does not exist (or is in the trash). */
  timelineActivity?: Maybe<TimelineActivity>;
  /**
   * The workspace's saved views (Twenty's `/rest/metadata/views`), of every object or of one object
   * when `objectId` is given, in position order. Read-only.
   */
  views?: Maybe<Array<View>>;
  /** One WorkspaceMember by id, or null when it does not exist (or is in the trash). */
  workspaceMember?: Maybe<WorkspaceMember>;
  /** WorkspaceMember records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  workspaceMembers?: Maybe<WorkspaceMemberConnection>;
  /** Aggregates of the WorkspaceMember records matching `filter` (all of them without one), in one upstream request where Twenty has its groupBy route. */
  workspaceMembersAggregate?: Maybe<WorkspaceMemberAggregate>;
  /** WorkspaceMember records matching `filter`, in groups: one per combination of the values `groupBy` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most `limit` (at most 100). Groups with no record are not listed. `orderByForRecords` sorts each group's `records`. */
  workspaceMembersGroupBy?: Maybe<WorkspaceMemberGroupByResult>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryAttachmentArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryAttachmentsAggregateArgs = {
  filter?: InputMaybe<AttachmentFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryAttachmentsGroupByArgs = {
  filter?: InputMaybe<AttachmentFilter>;
  groupBy: Array<AttachmentGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<AttachmentOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventParticipantArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarEventParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CalendarEventParticipantOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventParticipantsAggregateArgs = {
  filter?: InputMaybe<CalendarEventParticipantFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventParticipantsGroupByArgs = {
  filter?: InputMaybe<CalendarEventParticipantFilter>;
  groupBy: Array<CalendarEventParticipantGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<CalendarEventParticipantOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CalendarEventOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventsAggregateArgs = {
  filter?: InputMaybe<CalendarEventFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCalendarEventsGroupByArgs = {
  filter?: InputMaybe<CalendarEventFilter>;
  groupBy: Array<CalendarEventGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<CalendarEventOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CompanyOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCompaniesAggregateArgs = {
  filter?: InputMaybe<CompanyFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCompaniesGroupByArgs = {
  filter?: InputMaybe<CompanyFilter>;
  groupBy: Array<CompanyGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<CompanyOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCompanyArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryCompanyDuplicatesArgs = {
  data?: InputMaybe<Array<CreateCompanyInput>>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryFavoriteArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryFavoritesAggregateArgs = {
  filter?: InputMaybe<FavoriteFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryFavoritesGroupByArgs = {
  filter?: InputMaybe<FavoriteFilter>;
  groupBy: Array<FavoriteGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<FavoriteOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryFieldsArgs = {
  objectId?: InputMaybe<Scalars['UUID']['input']>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageParticipantArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageParticipantOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageParticipantsAggregateArgs = {
  filter?: InputMaybe<MessageParticipantFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageParticipantsGroupByArgs = {
  filter?: InputMaybe<MessageParticipantFilter>;
  groupBy: Array<MessageParticipantGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<MessageParticipantOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageThreadArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageThreadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageThreadOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageThreadsAggregateArgs = {
  filter?: InputMaybe<MessageThreadFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessageThreadsGroupByArgs = {
  filter?: InputMaybe<MessageThreadFilter>;
  groupBy: Array<MessageThreadGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<MessageThreadOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessagesAggregateArgs = {
  filter?: InputMaybe<MessageFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryMessagesGroupByArgs = {
  filter?: InputMaybe<MessageFilter>;
  groupBy: Array<MessageGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<MessageOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNoteArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNoteTargetArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNoteTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNoteTargetsAggregateArgs = {
  filter?: InputMaybe<NoteTargetFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNoteTargetsGroupByArgs = {
  filter?: InputMaybe<NoteTargetFilter>;
  groupBy: Array<NoteTargetGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<NoteTargetOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NoteOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNotesAggregateArgs = {
  filter?: InputMaybe<NoteFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryNotesGroupByArgs = {
  filter?: InputMaybe<NoteFilter>;
  groupBy: Array<NoteGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<NoteOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryObjectArgs = {
  id?: InputMaybe<Scalars['UUID']['input']>;
  nameSingular?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryObjectsArgs = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isCustom?: InputMaybe<Scalars['Boolean']['input']>;
  isSystem?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpportunityOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryOpportunitiesAggregateArgs = {
  filter?: InputMaybe<OpportunityFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryOpportunitiesGroupByArgs = {
  filter?: InputMaybe<OpportunityFilter>;
  groupBy: Array<OpportunityGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<OpportunityOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryOpportunityArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryPeopleAggregateArgs = {
  filter?: InputMaybe<PersonFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryPeopleGroupByArgs = {
  filter?: InputMaybe<PersonFilter>;
  groupBy: Array<PersonGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<PersonOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryPersonArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryPersonDuplicatesArgs = {
  data?: InputMaybe<Array<CreatePersonInput>>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  objects?: InputMaybe<Array<Scalars['String']['input']>>;
  query: Scalars['String']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTaskArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTaskTargetArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTaskTargetsAggregateArgs = {
  filter?: InputMaybe<TaskTargetFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTaskTargetsGroupByArgs = {
  filter?: InputMaybe<TaskTargetFilter>;
  groupBy: Array<TaskTargetGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTasksAggregateArgs = {
  filter?: InputMaybe<TaskFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTasksGroupByArgs = {
  filter?: InputMaybe<TaskFilter>;
  groupBy: Array<TaskGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<TaskOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTimelineActivitiesAggregateArgs = {
  filter?: InputMaybe<TimelineActivityFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTimelineActivitiesGroupByArgs = {
  filter?: InputMaybe<TimelineActivityFilter>;
  groupBy: Array<TimelineActivityGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<TimelineActivityOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryTimelineActivityArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryViewsArgs = {
  objectId?: InputMaybe<Scalars['UUID']['input']>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryWorkspaceMemberArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryWorkspaceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkspaceMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkspaceMemberOrderBy>>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryWorkspaceMembersAggregateArgs = {
  filter?: InputMaybe<WorkspaceMemberFilter>;
};


/**
 * The root query. Each domain file adds its fields with `extend type Query`. Fields that call
 * Twenty are nullable: one whose upstream call fails is null beside its error, and the other
 * fields keep their data.
 */
export type QueryWorkspaceMembersGroupByArgs = {
  filter?: InputMaybe<WorkspaceMemberFilter>;
  groupBy: Array<WorkspaceMemberGroupByInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orderByForRecords?: InputMaybe<Array<WorkspaceMemberOrderBy>>;
};

/** One change of one record in the subscriber's workspace. */
export type RecordChange = {
  __typename?: 'RecordChange';
  /**
   * The object's singular name, as Twenty names it and as its by-id query field is named: `person`,
   * `company`, or a custom object's `nameSingular`.
   */
  object: Scalars['String']['output'];
  operation: RecordOperation;
  /** When twenty-bff learned of the change. */
  receivedAt: Scalars['DateTime']['output'];
  /**
   * The record as it is now, read with the subscriber's own credential when this field is selected:
   * one upstream request per change (with the shared cache and coalescing, one for all the subscribers
   * of a credential), plus what is selected under it. Null after DELETED and DESTROYED (a record in the
   * trash or gone is not read by id), when it cannot be read any more, and for objects this schema has
   * no type for.
   */
  record?: Maybe<ChangedRecord>;
  recordId: Scalars['UUID']['output'];
  source: RecordChangeSource;
  /**
   * Names of the fields whose values changed, when known: Twenty's webhooks list them for updates
   * (and `deletedAt` for deletes and restores); a mutation through twenty-bff lists the fields it
   * wrote. Null when unknown (creations, destructions).
   */
  updatedFields?: Maybe<Array<Scalars['String']['output']>>;
};

/** How twenty-bff learned of a change. */
export type RecordChangeSource =
  /** A mutation sent to twenty-bff (to this replica, or to another one sharing its Redis). */
  | 'MUTATION'
  /**
   * A Twenty webhook delivered to `/webhooks/twenty`: a write made in Twenty's app, its API, a
   * workflow, an import… (or through twenty-bff, when Twenty's webhook arrived before the mutation's
   * own change was published).
   */
  | 'WEBHOOK';

/** What happened to a record, as Twenty's webhooks name it (`person.created`, `company.deleted`, …). */
export type RecordOperation =
  | 'CREATED'
  /** Moved to the trash (soft delete). */
  | 'DELETED'
  /** Deleted for good. */
  | 'DESTROYED'
  /** Taken back out of the trash. */
  | 'RESTORED'
  | 'UPDATED';

/** The record a note or task is attached to: set exactly one of the three. */
export type RecordTargetInput = {
  companyId?: InputMaybe<Scalars['UUID']['input']>;
  opportunityId?: InputMaybe<Scalars['UUID']['input']>;
  personId?: InputMaybe<Scalars['UUID']['input']>;
};

/** The other side of a new RELATION field. */
export type RelationCreationInput = {
  targetFieldIcon?: InputMaybe<Scalars['String']['input']>;
  /** Label of the field Twenty creates on the target object; its name is the label in camelCase. */
  targetFieldLabel: Scalars['String']['input'];
  targetObjectMetadataId: Scalars['UUID']['input'];
  /** MANY_TO_ONE (this field names one target record, through a join column `<name>Id`) or ONE_TO_MANY. */
  type: Scalars['String']['input'];
};

/** A rich-text body: BlockNote JSON and its Markdown rendering. */
export type RichText = {
  __typename?: 'RichText';
  /** BlockNote document, as a JSON string. */
  blocknote?: Maybe<Scalars['String']['output']>;
  markdown?: Maybe<Scalars['String']['output']>;
};

export type RichTextInput = {
  /** BlockNote document, as a JSON string. */
  blocknote?: InputMaybe<Scalars['String']['input']>;
  markdown?: InputMaybe<Scalars['String']['input']>;
};

/** How many records of one object match the query. */
export type SearchCount = {
  __typename?: 'SearchCount';
  /** The Twenty object name, e.g. `person`. */
  objectName: Scalars['String']['output'];
  totalCount: Scalars['Int']['output'];
};

/**
 * One record found by `search`. Select the record's own fields through `record`, a union of the
 * searchable record types (`record { ... on Person { jobTitle } }`).
 */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The record's label: its label identifier field (a person's first and last name). */
  label: Scalars['String']['output'];
  /**
   * The field path whose value gave `rank`, e.g. `name` (a person's full name), `name.lastName`,
   * `emails.primaryEmail`, `domainName.primaryLinkUrl`; null when `rank` is WORDS.
   */
  matchedField?: Maybe<Scalars['String']['output']>;
  /** The Twenty object name, e.g. `person` or a custom object's name. */
  objectName: Scalars['String']['output'];
  /** How well the record matches the query. */
  rank: SearchRank;
  /** The record found, with all its fields and relations. */
  record: SearchRecord;
  recordId: Scalars['UUID']['output'];
};

/**
 * How well a hit matches the query, best first. Case, accents and quotes are ignored in this
 * comparison; whitespace is collapsed.
 */
export type SearchRank =
  /** A searched value contains the query. */
  | 'CONTAINS'
  /** A searched value equals the query, e.g. the full name "Haruto Schmidt" for "haruto schmidt". */
  | 'EXACT'
  /** A searched value, or one of its words, starts with the query. */
  | 'PREFIX'
  /** Every word of the query is in the record, but not together in one value. */
  | 'WORDS';

/** A record found by `search`: one of the searchable record types. */
export type SearchRecord = Company | Note | Opportunity | Person | Task;

/**
 * What `search` found: the best `first` hits of every object searched, merged and ranked, and how
 * many records of each object match.
 */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Records matching the query, per object searched, in the order the objects were searched. */
  counts: Array<SearchCount>;
  /** The hits, best first. */
  hits: Array<SearchHit>;
  /** Records matching the query, all objects together (can exceed the hits returned). */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on a select field. Option values are workspace-editable, so they are plain strings. */
export type SelectFilter = {
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Any of these values. An empty list matches nothing. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Conditions on a text field. Several operators in one input are combined with AND.
 * Twenty treats an empty string and null alike for text fields: `eq: ""` also matches null.
 */
export type StringFilter = {
  /** Case-sensitive substring match; `%` and `_` in the value are matched literally. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring match; `%` and `_` in the value are matched literally. */
  containsInsensitive?: InputMaybe<Scalars['String']['input']>;
  /** Case-sensitive suffix match; `%` and `_` in the value are matched literally. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive `like`. */
  ilike?: InputMaybe<Scalars['String']['input']>;
  /** Any of these values. An empty list matches nothing. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  is?: InputMaybe<FilterIs>;
  /** SQL LIKE pattern, passed as given: `%` and `_` are wildcards. Case-sensitive. */
  like?: InputMaybe<Scalars['String']['input']>;
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Case-sensitive prefix match; `%` and `_` in the value are matched literally. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Live updates. Served over WebSocket (the graphql-ws protocol, `graphql-transport-ws`) at `/graphql`
 * and over Server-Sent Events (graphql-sse) at `/graphql/stream`; never over a plain POST or GET.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The changes of records in the subscriber's workspace, as they happen: writes made through
   * twenty-bff and, when Twenty's webhook points at `/webhooks/twenty`, every other write. `objects`
   * keeps those of these objects (singular names, as `object`); `ids` those of these records. A change
   * is delivered at least once: rarely twice, when a mutation and its webhook cannot be paired.
   */
  recordChanged: RecordChange;
};


/**
 * Live updates. Served over WebSocket (the graphql-ws protocol, `graphql-transport-ws`) at `/graphql`
 * and over Server-Sent Events (graphql-sse) at `/graphql/stream`; never over a plain POST or GET.
 */
export type SubscriptionRecordChangedArgs = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  objects?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type Task = {
  __typename?: 'Task';
  /** Task assignee */
  assignee?: Maybe<WorkspaceMember>;
  assigneeId?: Maybe<Scalars['UUID']['output']>;
  /** Task attachments */
  attachments?: Maybe<AttachmentConnection>;
  /** Task body */
  bodyV2?: Maybe<RichText>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Task due date */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Favorites linked to the task */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** Task record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** Task status */
  status?: Maybe<TaskStatusEnum>;
  /** Same as `taskTargets`. */
  targets?: Maybe<TaskTargetConnection>;
  /** Task targets */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Timeline Activities linked to the task. */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Task title */
  title?: Maybe<Scalars['String']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};


/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type TaskAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttachmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AttachmentOrderBy>>;
};


/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type TaskFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type TaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type TaskTaskTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskTargetOrderBy>>;
};


/** A task (Twenty object `task`, REST `/rest/tasks`). */
export type TaskTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of Task records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type TaskAggregate = {
  __typename?: 'TaskAggregate';
  countEmptyBodyV2?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDueAt?: Maybe<Scalars['Int']['output']>;
  countEmptyStatus?: Maybe<Scalars['Int']['output']>;
  countEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyBodyV2?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDueAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyStatus?: Maybe<Scalars['Int']['output']>;
  countNotEmptyTitle?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesBodyV2?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDueAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesStatus?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesTitle?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDueAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minDueAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyBodyV2?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDueAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyStatus?: Maybe<Scalars['Float']['output']>;
  percentageEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyBodyV2?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDueAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyStatus?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyTitle?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

/** Conditions on Task records. Sibling fields are combined with AND. */
export type TaskFilter = {
  and?: InputMaybe<Array<TaskFilter>>;
  /** Records whose `assignee` is set and meets these conditions (one relation deep: no relation filter inside). */
  assignee?: InputMaybe<WorkspaceMemberFilter>;
  assigneeId?: InputMaybe<UuidFilter>;
  /** Records by their `attachments`: `some` of them, or `none`, meet the conditions. */
  attachments?: InputMaybe<AttachmentRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  dueAt?: InputMaybe<DateTimeFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<TaskFilter>;
  or?: InputMaybe<Array<TaskFilter>>;
  position?: InputMaybe<FloatFilter>;
  status?: InputMaybe<TaskStatusEnumFilter>;
  /** Records by their `taskTargets`: `some` of them, or `none`, meet the conditions. */
  taskTargets?: InputMaybe<TaskTargetRelationFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of Task records. */
export type TaskGroup = {
  __typename?: 'TaskGroup';
  aggregate: TaskAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: TaskGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<Task>;
};

/** One field to group Task records by: set exactly one (dates with their bucket). */
export type TaskGroupByInput = {
  assigneeId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  dueAt?: InputMaybe<GroupByDateInput>;
  status?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type TaskGroupByResult = {
  __typename?: 'TaskGroupByResult';
  groups: Array<TaskGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of Task records shares, under the fields grouped by; the others are null. */
export type TaskGroupKey = {
  __typename?: 'TaskGroupKey';
  assignee?: Maybe<WorkspaceMember>;
  assigneeId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  dueAt?: Maybe<Scalars['String']['output']>;
  status?: Maybe<TaskStatusEnum>;
  title?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type TaskOrderBy = {
  assigneeId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  dueAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  status?: InputMaybe<OrderByDirection>;
  title?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its Task records (one relation deep: no relation filter inside). */
export type TaskRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<TaskFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<TaskFilter>;
};

/** Options of Task.status in this workspace. */
export type TaskStatusEnum =
  /** Done */
  | 'DONE'
  /** In progress */
  | 'IN_PROGRESS'
  /** To do */
  | 'TODO';

export type TaskStatusEnumFilter = {
  eq?: InputMaybe<TaskStatusEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<TaskStatusEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<TaskStatusEnum>;
};

/** A task target (Twenty object `taskTarget`, REST `/rest/taskTargets`). */
export type TaskTarget = {
  __typename?: 'TaskTarget';
  /** TaskTarget company */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** TaskTarget opportunity */
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  /** TaskTarget person */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  /** Task Target record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** TaskTarget task */
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
};

/** Aggregates of TaskTarget records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type TaskTargetAggregate = {
  __typename?: 'TaskTargetAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type TaskTargetConnection = {
  __typename?: 'TaskTargetConnection';
  edges: Array<TaskTargetEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type TaskTargetEdge = {
  __typename?: 'TaskTargetEdge';
  cursor: Scalars['String']['output'];
  node: TaskTarget;
};

/** Conditions on TaskTarget records. Sibling fields are combined with AND. */
export type TaskTargetFilter = {
  and?: InputMaybe<Array<TaskTargetFilter>>;
  /** Records whose `company` is set and meets these conditions (one relation deep: no relation filter inside). */
  company?: InputMaybe<CompanyFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<TaskTargetFilter>;
  /** Records whose `opportunity` is set and meets these conditions (one relation deep: no relation filter inside). */
  opportunity?: InputMaybe<OpportunityFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<TaskTargetFilter>>;
  /** Records whose `person` is set and meets these conditions (one relation deep: no relation filter inside). */
  person?: InputMaybe<PersonFilter>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  /** Records whose `task` is set and meets these conditions (one relation deep: no relation filter inside). */
  task?: InputMaybe<TaskFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
};

/** One group of TaskTarget records. */
export type TaskTargetGroup = {
  __typename?: 'TaskTargetGroup';
  aggregate: TaskTargetAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: TaskTargetGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<TaskTarget>;
};

/** One field to group TaskTarget records by: set exactly one (dates with their bucket). */
export type TaskTargetGroupByInput = {
  companyId?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<GroupByDateInput>;
  opportunityId?: InputMaybe<Scalars['Boolean']['input']>;
  personId?: InputMaybe<Scalars['Boolean']['input']>;
  taskId?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type TaskTargetGroupByResult = {
  __typename?: 'TaskTargetGroupByResult';
  groups: Array<TaskTargetGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of TaskTarget records shares, under the fields grouped by; the others are null. */
export type TaskTargetGroupKey = {
  __typename?: 'TaskTargetGroupKey';
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  opportunity?: Maybe<Opportunity>;
  opportunityId?: Maybe<Scalars['UUID']['output']>;
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['UUID']['output']>;
  task?: Maybe<Task>;
  taskId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type TaskTargetOrderBy = {
  companyId?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  opportunityId?: InputMaybe<OrderByDirection>;
  personId?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  taskId?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
};

/** A one-to-many relation's condition on its TaskTarget records (one relation deep: no relation filter inside). */
export type TaskTargetRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<TaskTargetFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<TaskTargetFilter>;
};

/** Aggregated / filtered event to be displayed on the timeline (Twenty object `timelineActivity`, REST `/rest/timelineActivities`). */
export type TimelineActivity = {
  __typename?: 'TimelineActivity';
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Creation date */
  happensAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** Linked Object Metadata Id */
  linkedObjectMetadataId?: Maybe<Scalars['UUID']['output']>;
  /** Cached record name */
  linkedRecordCachedName?: Maybe<Scalars['String']['output']>;
  /** Linked Record id */
  linkedRecordId?: Maybe<Scalars['UUID']['output']>;
  /** Event name */
  name?: Maybe<Scalars['String']['output']>;
  /** Json value for event details */
  properties?: Maybe<Scalars['JSON']['output']>;
  /** Event company */
  targetCompany?: Maybe<Company>;
  targetCompanyId?: Maybe<Scalars['UUID']['output']>;
  /** Event note */
  targetNote?: Maybe<Note>;
  targetNoteId?: Maybe<Scalars['UUID']['output']>;
  /** Event opportunity */
  targetOpportunity?: Maybe<Opportunity>;
  targetOpportunityId?: Maybe<Scalars['UUID']['output']>;
  /** Event person */
  targetPerson?: Maybe<Person>;
  targetPersonId?: Maybe<Scalars['UUID']['output']>;
  /** Event task */
  targetTask?: Maybe<Task>;
  targetTaskId?: Maybe<Scalars['UUID']['output']>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Event workspace member */
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** Aggregates of TimelineActivity records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type TimelineActivityAggregate = {
  __typename?: 'TimelineActivityAggregate';
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyHappensAt?: Maybe<Scalars['Int']['output']>;
  countEmptyLinkedObjectMetadataId?: Maybe<Scalars['Int']['output']>;
  countEmptyLinkedRecordCachedName?: Maybe<Scalars['Int']['output']>;
  countEmptyLinkedRecordId?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyProperties?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyHappensAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLinkedObjectMetadataId?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLinkedRecordCachedName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLinkedRecordId?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyProperties?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesHappensAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLinkedObjectMetadataId?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLinkedRecordCachedName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLinkedRecordId?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesProperties?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxHappensAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minHappensAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyHappensAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLinkedObjectMetadataId?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLinkedRecordCachedName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLinkedRecordId?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyProperties?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyHappensAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLinkedObjectMetadataId?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLinkedRecordCachedName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLinkedRecordId?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyProperties?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type TimelineActivityConnection = {
  __typename?: 'TimelineActivityConnection';
  edges: Array<TimelineActivityEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

export type TimelineActivityEdge = {
  __typename?: 'TimelineActivityEdge';
  cursor: Scalars['String']['output'];
  node: TimelineActivity;
};

/** Conditions on TimelineActivity records. Sibling fields are combined with AND. */
export type TimelineActivityFilter = {
  and?: InputMaybe<Array<TimelineActivityFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  happensAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  linkedObjectMetadataId?: InputMaybe<UuidFilter>;
  linkedRecordCachedName?: InputMaybe<StringFilter>;
  linkedRecordId?: InputMaybe<UuidFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<TimelineActivityFilter>;
  or?: InputMaybe<Array<TimelineActivityFilter>>;
  /** Records whose `targetCompany` is set and meets these conditions (one relation deep: no relation filter inside). */
  targetCompany?: InputMaybe<CompanyFilter>;
  targetCompanyId?: InputMaybe<UuidFilter>;
  /** Records whose `targetNote` is set and meets these conditions (one relation deep: no relation filter inside). */
  targetNote?: InputMaybe<NoteFilter>;
  targetNoteId?: InputMaybe<UuidFilter>;
  /** Records whose `targetOpportunity` is set and meets these conditions (one relation deep: no relation filter inside). */
  targetOpportunity?: InputMaybe<OpportunityFilter>;
  targetOpportunityId?: InputMaybe<UuidFilter>;
  /** Records whose `targetPerson` is set and meets these conditions (one relation deep: no relation filter inside). */
  targetPerson?: InputMaybe<PersonFilter>;
  targetPersonId?: InputMaybe<UuidFilter>;
  /** Records whose `targetTask` is set and meets these conditions (one relation deep: no relation filter inside). */
  targetTask?: InputMaybe<TaskFilter>;
  targetTaskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose `workspaceMember` is set and meets these conditions (one relation deep: no relation filter inside). */
  workspaceMember?: InputMaybe<WorkspaceMemberFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
};

/** One group of TimelineActivity records. */
export type TimelineActivityGroup = {
  __typename?: 'TimelineActivityGroup';
  aggregate: TimelineActivityAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: TimelineActivityGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<TimelineActivity>;
};

/** One field to group TimelineActivity records by: set exactly one (dates with their bucket). */
export type TimelineActivityGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  happensAt?: InputMaybe<GroupByDateInput>;
  linkedObjectMetadataId?: InputMaybe<Scalars['Boolean']['input']>;
  linkedRecordCachedName?: InputMaybe<Scalars['Boolean']['input']>;
  linkedRecordId?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['Boolean']['input']>;
  targetCompanyId?: InputMaybe<Scalars['Boolean']['input']>;
  targetNoteId?: InputMaybe<Scalars['Boolean']['input']>;
  targetOpportunityId?: InputMaybe<Scalars['Boolean']['input']>;
  targetPersonId?: InputMaybe<Scalars['Boolean']['input']>;
  targetTaskId?: InputMaybe<Scalars['Boolean']['input']>;
  updatedAt?: InputMaybe<GroupByDateInput>;
  workspaceMemberId?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TimelineActivityGroupByResult = {
  __typename?: 'TimelineActivityGroupByResult';
  groups: Array<TimelineActivityGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of TimelineActivity records shares, under the fields grouped by; the others are null. */
export type TimelineActivityGroupKey = {
  __typename?: 'TimelineActivityGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  happensAt?: Maybe<Scalars['String']['output']>;
  linkedObjectMetadataId?: Maybe<Scalars['UUID']['output']>;
  linkedRecordCachedName?: Maybe<Scalars['String']['output']>;
  linkedRecordId?: Maybe<Scalars['UUID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  targetCompany?: Maybe<Company>;
  targetCompanyId?: Maybe<Scalars['UUID']['output']>;
  targetNote?: Maybe<Note>;
  targetNoteId?: Maybe<Scalars['UUID']['output']>;
  targetOpportunity?: Maybe<Opportunity>;
  targetOpportunityId?: Maybe<Scalars['UUID']['output']>;
  targetPerson?: Maybe<Person>;
  targetPersonId?: Maybe<Scalars['UUID']['output']>;
  targetTask?: Maybe<Task>;
  targetTaskId?: Maybe<Scalars['UUID']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  workspaceMember?: Maybe<WorkspaceMember>;
  workspaceMemberId?: Maybe<Scalars['UUID']['output']>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type TimelineActivityOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  happensAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  linkedObjectMetadataId?: InputMaybe<OrderByDirection>;
  linkedRecordCachedName?: InputMaybe<OrderByDirection>;
  linkedRecordId?: InputMaybe<OrderByDirection>;
  name?: InputMaybe<OrderByDirection>;
  targetCompanyId?: InputMaybe<OrderByDirection>;
  targetNoteId?: InputMaybe<OrderByDirection>;
  targetOpportunityId?: InputMaybe<OrderByDirection>;
  targetPersonId?: InputMaybe<OrderByDirection>;
  targetTaskId?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  workspaceMemberId?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its TimelineActivity records (one relation deep: no relation filter inside). */
export type TimelineActivityRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<TimelineActivityFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<TimelineActivityFilter>;
};

/** Conditions on an id or relation id field. */
export type UuidFilter = {
  eq?: InputMaybe<Scalars['UUID']['input']>;
  /** Any of these values. An empty list matches nothing. */
  in?: InputMaybe<Array<Scalars['UUID']['input']>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<Scalars['UUID']['input']>;
};

export type UpdateCompanyInput = {
  accountOwnerId?: InputMaybe<Scalars['UUID']['input']>;
  address?: InputMaybe<AddressInput>;
  annualRecurringRevenue?: InputMaybe<CurrencyInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  domainName?: InputMaybe<LinksInput>;
  employees?: InputMaybe<Scalars['Float']['input']>;
  idealCustomerProfile?: InputMaybe<Scalars['Boolean']['input']>;
  linkedinLink?: InputMaybe<LinksInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  xLink?: InputMaybe<LinksInput>;
};

export type UpdateFieldInput = {
  defaultValue?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  icon?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isNullable?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<FieldOptionInput>>;
};

export type UpdateNoteInput = {
  bodyV2?: InputMaybe<RichTextInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateObjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  icon?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  labelPlural?: InputMaybe<Scalars['String']['input']>;
  labelSingular?: InputMaybe<Scalars['String']['input']>;
  namePlural?: InputMaybe<Scalars['String']['input']>;
  nameSingular?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOpportunityInput = {
  amount?: InputMaybe<CurrencyInput>;
  closeDate?: InputMaybe<Scalars['DateTime']['input']>;
  companyId?: InputMaybe<Scalars['UUID']['input']>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pointOfContactId?: InputMaybe<Scalars['UUID']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  stage?: InputMaybe<OpportunityStageEnum>;
};

export type UpdatePersonInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['UUID']['input']>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  emails?: InputMaybe<EmailsInput>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  linkedinLink?: InputMaybe<LinksInput>;
  name?: InputMaybe<FullNameInput>;
  phones?: InputMaybe<PhonesInput>;
  position?: InputMaybe<Scalars['Float']['input']>;
  xLink?: InputMaybe<LinksInput>;
};

export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  bodyV2?: InputMaybe<RichTextInput>;
  /** Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  position?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<TaskStatusEnum>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A saved view of an object's records: a table or a kanban board, as Twenty's UI shows it. */
export type View = {
  __typename?: 'View';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The field a kanban view groups its cards by (`mainGroupByFieldMetadataId`, or
   * `kanbanFieldMetadataId` in older releases).
   */
  groupByFieldMetadataId?: Maybe<Scalars['UUID']['output']>;
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  isCompact?: Maybe<Scalars['Boolean']['output']>;
  /** INDEX for an object's default view, else null. */
  key?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  objectMetadataId: Scalars['UUID']['output'];
  openRecordIn?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['Float']['output']>;
  /** TABLE, KANBAN, CALENDAR, … (new kinds may appear, so this is a string). */
  type?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMember = {
  __typename?: 'WorkspaceMember';
  /** Account owner for companies */
  accountOwnerForCompanies?: Maybe<CompanyConnection>;
  /** Tasks assigned to the workspace member */
  assignedTasks?: Maybe<TaskConnection>;
  /** Workspace member avatar */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Calendar Event Participants */
  calendarEventParticipants?: Maybe<CalendarEventParticipantConnection>;
  /** User's preferred start day of the week */
  calendarStartDay?: Maybe<Scalars['Float']['output']>;
  /** Preferred color scheme */
  colorScheme?: Maybe<Scalars['String']['output']>;
  /** Creation date */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The creator of the record */
  createdBy?: Maybe<Actor>;
  /** The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** User's preferred date format */
  dateFormat?: Maybe<WorkspaceMemberDateFormatEnum>;
  /** Date when the record was deleted */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Favorites linked to the workspace member */
  favorites?: Maybe<FavoriteConnection>;
  id: Scalars['UUID']['output'];
  /** Preferred language */
  locale?: Maybe<Scalars['String']['output']>;
  /** Message Participants */
  messageParticipants?: Maybe<MessageParticipantConnection>;
  /** Workspace member name */
  name?: Maybe<FullName>;
  /** User's preferred number format */
  numberFormat?: Maybe<WorkspaceMemberNumberFormatEnum>;
  /** Workspace Member record position */
  position?: Maybe<Scalars['Float']['output']>;
  /** User's preferred time format */
  timeFormat?: Maybe<WorkspaceMemberTimeFormatEnum>;
  /** User time zone */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Events linked to the workspace member */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** Last time the record was changed */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The workspace member who last updated the record */
  updatedBy?: Maybe<Actor>;
  /** Related user email address */
  userEmail?: Maybe<Scalars['String']['output']>;
  /** Associated User Id */
  userId?: Maybe<Scalars['UUID']['output']>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberAccountOwnerForCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CompanyOrderBy>>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrderBy>>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberCalendarEventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarEventParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CalendarEventParticipantOrderBy>>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberFavoritesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FavoriteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FavoriteOrderBy>>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberMessageParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MessageParticipantOrderBy>>;
};


/** A workspace member (Twenty object `workspaceMember`, REST `/rest/workspaceMembers`). */
export type WorkspaceMemberTimelineActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TimelineActivityOrderBy>>;
};

/** Aggregates of WorkspaceMember records, named as Twenty names them: `countEmpty<Field>`, `countNotEmpty<Field>`, `countUniqueValues<Field>`, `percentageEmpty<Field>` and `percentageNotEmpty<Field>` for every field (a composite is empty when all its parts are), `min`/`max` of dates, `countTrue`/`countFalse` of booleans, `min`/`max`/`avg`/`sum` of numbers and of currencies (`…AmountMicros`, and `…Amount` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null. */
export type WorkspaceMemberAggregate = {
  __typename?: 'WorkspaceMemberAggregate';
  avgCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  countEmptyAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countEmptyCalendarStartDay?: Maybe<Scalars['Int']['output']>;
  countEmptyColorScheme?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyDateFormat?: Maybe<Scalars['Int']['output']>;
  countEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyLocale?: Maybe<Scalars['Int']['output']>;
  countEmptyName?: Maybe<Scalars['Int']['output']>;
  countEmptyNumberFormat?: Maybe<Scalars['Int']['output']>;
  countEmptyTimeFormat?: Maybe<Scalars['Int']['output']>;
  countEmptyTimeZone?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countEmptyUserEmail?: Maybe<Scalars['Int']['output']>;
  countEmptyUserId?: Maybe<Scalars['Int']['output']>;
  countNotEmptyAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCalendarStartDay?: Maybe<Scalars['Int']['output']>;
  countNotEmptyColorScheme?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyCreatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDateFormat?: Maybe<Scalars['Int']['output']>;
  countNotEmptyDeletedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyLocale?: Maybe<Scalars['Int']['output']>;
  countNotEmptyName?: Maybe<Scalars['Int']['output']>;
  countNotEmptyNumberFormat?: Maybe<Scalars['Int']['output']>;
  countNotEmptyTimeFormat?: Maybe<Scalars['Int']['output']>;
  countNotEmptyTimeZone?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUserEmail?: Maybe<Scalars['Int']['output']>;
  countNotEmptyUserId?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesAvatarUrl?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCalendarStartDay?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesColorScheme?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesCreatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDateFormat?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesDeletedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesLocale?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesName?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesNumberFormat?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesTimeFormat?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesTimeZone?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedAt?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUpdatedBy?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUserEmail?: Maybe<Scalars['Int']['output']>;
  countUniqueValuesUserId?: Maybe<Scalars['Int']['output']>;
  maxCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  maxCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  maxDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  maxUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  minCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  minCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  minDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  minUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  percentageEmptyAvatarUrl?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  percentageEmptyColorScheme?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDateFormat?: Maybe<Scalars['Float']['output']>;
  percentageEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyLocale?: Maybe<Scalars['Float']['output']>;
  percentageEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageEmptyNumberFormat?: Maybe<Scalars['Float']['output']>;
  percentageEmptyTimeFormat?: Maybe<Scalars['Float']['output']>;
  percentageEmptyTimeZone?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUserEmail?: Maybe<Scalars['Float']['output']>;
  percentageEmptyUserId?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyAvatarUrl?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyColorScheme?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyCreatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDateFormat?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyDeletedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyLocale?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyName?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyNumberFormat?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyTimeFormat?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyTimeZone?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedAt?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUpdatedBy?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUserEmail?: Maybe<Scalars['Float']['output']>;
  percentageNotEmptyUserId?: Maybe<Scalars['Float']['output']>;
  sumCalendarStartDay?: Maybe<Scalars['Float']['output']>;
  /** Number of records. */
  totalCount: Scalars['Int']['output'];
};

export type WorkspaceMemberConnection = {
  __typename?: 'WorkspaceMemberConnection';
  edges: Array<WorkspaceMemberEdge>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, ignoring pagination. */
  totalCount: Scalars['Int']['output'];
};

/** Options of WorkspaceMember.dateFormat in this workspace. */
export type WorkspaceMemberDateFormatEnum =
  /** Day First */
  | 'DAY_FIRST'
  /** Month First */
  | 'MONTH_FIRST'
  /** System */
  | 'SYSTEM'
  /** Year First */
  | 'YEAR_FIRST';

export type WorkspaceMemberDateFormatEnumFilter = {
  eq?: InputMaybe<WorkspaceMemberDateFormatEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<WorkspaceMemberDateFormatEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<WorkspaceMemberDateFormatEnum>;
};

export type WorkspaceMemberEdge = {
  __typename?: 'WorkspaceMemberEdge';
  cursor: Scalars['String']['output'];
  node: WorkspaceMember;
};

/** Conditions on WorkspaceMember records. Sibling fields are combined with AND. */
export type WorkspaceMemberFilter = {
  /** Records by their `accountOwnerForCompanies`: `some` of them, or `none`, meet the conditions. */
  accountOwnerForCompanies?: InputMaybe<CompanyRelationFilter>;
  and?: InputMaybe<Array<WorkspaceMemberFilter>>;
  /** Records by their `assignedTasks`: `some` of them, or `none`, meet the conditions. */
  assignedTasks?: InputMaybe<TaskRelationFilter>;
  avatarUrl?: InputMaybe<StringFilter>;
  /** Records by their `calendarEventParticipants`: `some` of them, or `none`, meet the conditions. */
  calendarEventParticipants?: InputMaybe<CalendarEventParticipantRelationFilter>;
  calendarStartDay?: InputMaybe<FloatFilter>;
  colorScheme?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  dateFormat?: InputMaybe<WorkspaceMemberDateFormatEnumFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Records by their `favorites`: `some` of them, or `none`, meet the conditions. */
  favorites?: InputMaybe<FavoriteRelationFilter>;
  id?: InputMaybe<UuidFilter>;
  locale?: InputMaybe<StringFilter>;
  /** Records by their `messageParticipants`: `some` of them, or `none`, meet the conditions. */
  messageParticipants?: InputMaybe<MessageParticipantRelationFilter>;
  name?: InputMaybe<FullNameFilter>;
  not?: InputMaybe<WorkspaceMemberFilter>;
  numberFormat?: InputMaybe<WorkspaceMemberNumberFormatEnumFilter>;
  or?: InputMaybe<Array<WorkspaceMemberFilter>>;
  position?: InputMaybe<FloatFilter>;
  timeFormat?: InputMaybe<WorkspaceMemberTimeFormatEnumFilter>;
  timeZone?: InputMaybe<StringFilter>;
  /** Records by their `timelineActivities`: `some` of them, or `none`, meet the conditions. */
  timelineActivities?: InputMaybe<TimelineActivityRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  userEmail?: InputMaybe<StringFilter>;
  userId?: InputMaybe<UuidFilter>;
};

/** One group of WorkspaceMember records. */
export type WorkspaceMemberGroup = {
  __typename?: 'WorkspaceMemberGroup';
  aggregate: WorkspaceMemberAggregate;
  /** Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value. */
  groupByDimensionValues: Array<Maybe<Scalars['String']['output']>>;
  /** The same values, typed, under the fields grouped by. */
  key: WorkspaceMemberGroupKey;
  /** The group's first records (Twenty's records sample: at most 10), in `orderByForRecords` order then by id. */
  records: Array<WorkspaceMember>;
};

/** One field to group WorkspaceMember records by: set exactly one (dates with their bucket). */
export type WorkspaceMemberGroupByInput = {
  createdAt?: InputMaybe<GroupByDateInput>;
  updatedAt?: InputMaybe<GroupByDateInput>;
};

export type WorkspaceMemberGroupByResult = {
  __typename?: 'WorkspaceMemberGroupByResult';
  groups: Array<WorkspaceMemberGroup>;
  /** True when more groups than `limit` exist. */
  hasMore: Scalars['Boolean']['output'];
  report: AggregateReport;
};

/** The values a group of WorkspaceMember records shares, under the fields grouped by; the others are null. */
export type WorkspaceMemberGroupKey = {
  __typename?: 'WorkspaceMemberGroupKey';
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** Options of WorkspaceMember.numberFormat in this workspace. */
export type WorkspaceMemberNumberFormatEnum =
  /** Apostrophe and dot */
  | 'APOSTROPHE_AND_DOT'
  /** Commas and dot */
  | 'COMMAS_AND_DOT'
  /** Dots and comma */
  | 'DOTS_AND_COMMA'
  /** Spaces and comma */
  | 'SPACES_AND_COMMA'
  /** System */
  | 'SYSTEM';

export type WorkspaceMemberNumberFormatEnumFilter = {
  eq?: InputMaybe<WorkspaceMemberNumberFormatEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<WorkspaceMemberNumberFormatEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<WorkspaceMemberNumberFormatEnum>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type WorkspaceMemberOrderBy = {
  avatarUrl?: InputMaybe<OrderByDirection>;
  calendarStartDay?: InputMaybe<OrderByDirection>;
  colorScheme?: InputMaybe<OrderByDirection>;
  createdAt?: InputMaybe<OrderByDirection>;
  createdBy?: InputMaybe<ActorOrderBy>;
  dateFormat?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  locale?: InputMaybe<OrderByDirection>;
  name?: InputMaybe<FullNameOrderBy>;
  numberFormat?: InputMaybe<OrderByDirection>;
  position?: InputMaybe<OrderByDirection>;
  timeFormat?: InputMaybe<OrderByDirection>;
  timeZone?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
  updatedBy?: InputMaybe<ActorOrderBy>;
  userEmail?: InputMaybe<OrderByDirection>;
  userId?: InputMaybe<OrderByDirection>;
};

/** A one-to-many relation's condition on its WorkspaceMember records (one relation deep: no relation filter inside). */
export type WorkspaceMemberRelationFilter = {
  /** No related record meets these conditions (`{}`: there is none). */
  none?: InputMaybe<WorkspaceMemberFilter>;
  /** At least one related record meets these conditions (`{}`: there is at least one). */
  some?: InputMaybe<WorkspaceMemberFilter>;
};

/** Options of WorkspaceMember.timeFormat in this workspace. */
export type WorkspaceMemberTimeFormatEnum =
  /** 12HRS */
  | 'HOUR_12'
  /** 24HRS */
  | 'HOUR_24'
  /** System */
  | 'SYSTEM';

export type WorkspaceMemberTimeFormatEnumFilter = {
  eq?: InputMaybe<WorkspaceMemberTimeFormatEnum>;
  /** Any of these options. An empty list matches nothing. */
  in?: InputMaybe<Array<WorkspaceMemberTimeFormatEnum>>;
  is?: InputMaybe<FilterIs>;
  neq?: InputMaybe<WorkspaceMemberTimeFormatEnum>;
};

/** What a failed write left in Twenty. */
export type WriteOutcome =
  /** The write happened, although its answer could not be used. */
  | 'APPLIED'
  /** Nothing was written: Twenty refused the write or never received it. */
  | 'NOT_APPLIED'
  /** Twenty may or may not have applied it: no answer came, and reading back could not tell. */
  | 'UNKNOWN';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ChangedRecord:
    | ( Attachment )
    | ( CalendarEvent )
    | ( CalendarEventParticipant )
    | ( Company )
    | ( Favorite )
    | ( Message )
    | ( MessageParticipant )
    | ( MessageThread )
    | ( Note )
    | ( NoteTarget )
    | ( Opportunity )
    | ( Person )
    | ( Task )
    | ( TaskTarget )
    | ( TimelineActivity )
    | ( WorkspaceMember )
  ;
  SearchRecord:
    | ( Company )
    | ( Note )
    | ( Opportunity )
    | ( Person )
    | ( Task )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<Actor>;
  ActorFilter: ActorFilter;
  ActorOrderBy: ActorOrderBy;
  Address: ResolverTypeWrapper<Address>;
  AddressFilter: AddressFilter;
  AddressInput: AddressInput;
  AddressOrderBy: AddressOrderBy;
  AggregateReport: ResolverTypeWrapper<AggregateReport>;
  AggregateSource: AggregateSource;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentAggregate: ResolverTypeWrapper<AttachmentAggregate>;
  AttachmentConnection: ResolverTypeWrapper<AttachmentConnection>;
  AttachmentEdge: ResolverTypeWrapper<AttachmentEdge>;
  AttachmentFileCategoryEnum: AttachmentFileCategoryEnum;
  AttachmentFileCategoryEnumFilter: AttachmentFileCategoryEnumFilter;
  AttachmentFilter: AttachmentFilter;
  AttachmentGroup: ResolverTypeWrapper<AttachmentGroup>;
  AttachmentGroupByInput: AttachmentGroupByInput;
  AttachmentGroupByResult: ResolverTypeWrapper<AttachmentGroupByResult>;
  AttachmentGroupKey: ResolverTypeWrapper<AttachmentGroupKey>;
  AttachmentOrderBy: AttachmentOrderBy;
  AttachmentRelationFilter: AttachmentRelationFilter;
  BatchFailure: ResolverTypeWrapper<BatchFailure>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanFilter: BooleanFilter;
  BulkWriteFailure: ResolverTypeWrapper<BulkWriteFailure>;
  BulkWriteResult: ResolverTypeWrapper<BulkWriteResult>;
  CalendarEvent: ResolverTypeWrapper<CalendarEvent>;
  CalendarEventAggregate: ResolverTypeWrapper<CalendarEventAggregate>;
  CalendarEventConnection: ResolverTypeWrapper<CalendarEventConnection>;
  CalendarEventEdge: ResolverTypeWrapper<CalendarEventEdge>;
  CalendarEventFilter: CalendarEventFilter;
  CalendarEventGroup: ResolverTypeWrapper<CalendarEventGroup>;
  CalendarEventGroupByInput: CalendarEventGroupByInput;
  CalendarEventGroupByResult: ResolverTypeWrapper<CalendarEventGroupByResult>;
  CalendarEventGroupKey: ResolverTypeWrapper<CalendarEventGroupKey>;
  CalendarEventOrderBy: CalendarEventOrderBy;
  CalendarEventParticipant: ResolverTypeWrapper<CalendarEventParticipant>;
  CalendarEventParticipantAggregate: ResolverTypeWrapper<CalendarEventParticipantAggregate>;
  CalendarEventParticipantConnection: ResolverTypeWrapper<CalendarEventParticipantConnection>;
  CalendarEventParticipantEdge: ResolverTypeWrapper<CalendarEventParticipantEdge>;
  CalendarEventParticipantFilter: CalendarEventParticipantFilter;
  CalendarEventParticipantGroup: ResolverTypeWrapper<CalendarEventParticipantGroup>;
  CalendarEventParticipantGroupByInput: CalendarEventParticipantGroupByInput;
  CalendarEventParticipantGroupByResult: ResolverTypeWrapper<CalendarEventParticipantGroupByResult>;
  CalendarEventParticipantGroupKey: ResolverTypeWrapper<CalendarEventParticipantGroupKey>;
  CalendarEventParticipantOrderBy: CalendarEventParticipantOrderBy;
  CalendarEventParticipantRelationFilter: CalendarEventParticipantRelationFilter;
  CalendarEventParticipantResponseStatusEnum: CalendarEventParticipantResponseStatusEnum;
  CalendarEventParticipantResponseStatusEnumFilter: CalendarEventParticipantResponseStatusEnumFilter;
  CalendarEventRelationFilter: CalendarEventRelationFilter;
  ChangedRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangedRecord']>;
  Company: ResolverTypeWrapper<Company>;
  CompanyAggregate: ResolverTypeWrapper<CompanyAggregate>;
  CompanyConnection: ResolverTypeWrapper<CompanyConnection>;
  CompanyEdge: ResolverTypeWrapper<CompanyEdge>;
  CompanyFilter: CompanyFilter;
  CompanyGroup: ResolverTypeWrapper<CompanyGroup>;
  CompanyGroupByInput: CompanyGroupByInput;
  CompanyGroupByResult: ResolverTypeWrapper<CompanyGroupByResult>;
  CompanyGroupKey: ResolverTypeWrapper<CompanyGroupKey>;
  CompanyOrderBy: CompanyOrderBy;
  CompanyRelationFilter: CompanyRelationFilter;
  CreateCompaniesPayload: ResolverTypeWrapper<CreateCompaniesPayload>;
  CreateCompanyInput: CreateCompanyInput;
  CreateFieldInput: CreateFieldInput;
  CreateNoteInput: CreateNoteInput;
  CreateNotesPayload: ResolverTypeWrapper<CreateNotesPayload>;
  CreateObjectInput: CreateObjectInput;
  CreateOpportunitiesPayload: ResolverTypeWrapper<CreateOpportunitiesPayload>;
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePeoplePayload: ResolverTypeWrapper<CreatePeoplePayload>;
  CreatePersonInput: CreatePersonInput;
  CreateTaskInput: CreateTaskInput;
  CreateTasksPayload: ResolverTypeWrapper<CreateTasksPayload>;
  Currency: ResolverTypeWrapper<Currency>;
  CurrencyFilter: CurrencyFilter;
  CurrencyInput: CurrencyInput;
  CurrencyOrderBy: CurrencyOrderBy;
  DateGranularityEnum: DateGranularityEnum;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  DeletedRecord: ResolverTypeWrapper<DeletedRecord>;
  Emails: ResolverTypeWrapper<Emails>;
  EmailsFilter: EmailsFilter;
  EmailsInput: EmailsInput;
  EmailsOrderBy: EmailsOrderBy;
  Favorite: ResolverTypeWrapper<Favorite>;
  FavoriteAggregate: ResolverTypeWrapper<FavoriteAggregate>;
  FavoriteConnection: ResolverTypeWrapper<FavoriteConnection>;
  FavoriteEdge: ResolverTypeWrapper<FavoriteEdge>;
  FavoriteFilter: FavoriteFilter;
  FavoriteGroup: ResolverTypeWrapper<FavoriteGroup>;
  FavoriteGroupByInput: FavoriteGroupByInput;
  FavoriteGroupByResult: ResolverTypeWrapper<FavoriteGroupByResult>;
  FavoriteGroupKey: ResolverTypeWrapper<FavoriteGroupKey>;
  FavoriteOrderBy: FavoriteOrderBy;
  FavoriteRelationFilter: FavoriteRelationFilter;
  FieldMetadata: ResolverTypeWrapper<TwentyFieldMetadata>;
  FieldOption: ResolverTypeWrapper<FieldOption>;
  FieldOptionInput: FieldOptionInput;
  FilterIs: FilterIs;
  FirstDayOfTheWeek: FirstDayOfTheWeek;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatFilter: FloatFilter;
  FullName: ResolverTypeWrapper<FullName>;
  FullNameFilter: FullNameFilter;
  FullNameInput: FullNameInput;
  FullNameOrderBy: FullNameOrderBy;
  GroupByDateInput: GroupByDateInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Link: ResolverTypeWrapper<Link>;
  LinkInput: LinkInput;
  Links: ResolverTypeWrapper<Links>;
  LinksFilter: LinksFilter;
  LinksInput: LinksInput;
  LinksOrderBy: LinksOrderBy;
  Message: ResolverTypeWrapper<Message>;
  MessageAggregate: ResolverTypeWrapper<MessageAggregate>;
  MessageConnection: ResolverTypeWrapper<MessageConnection>;
  MessageDirectionEnum: MessageDirectionEnum;
  MessageDirectionEnumFilter: MessageDirectionEnumFilter;
  MessageEdge: ResolverTypeWrapper<MessageEdge>;
  MessageFilter: MessageFilter;
  MessageGroup: ResolverTypeWrapper<MessageGroup>;
  MessageGroupByInput: MessageGroupByInput;
  MessageGroupByResult: ResolverTypeWrapper<MessageGroupByResult>;
  MessageGroupKey: ResolverTypeWrapper<MessageGroupKey>;
  MessageOrderBy: MessageOrderBy;
  MessageParticipant: ResolverTypeWrapper<MessageParticipant>;
  MessageParticipantAggregate: ResolverTypeWrapper<MessageParticipantAggregate>;
  MessageParticipantConnection: ResolverTypeWrapper<MessageParticipantConnection>;
  MessageParticipantEdge: ResolverTypeWrapper<MessageParticipantEdge>;
  MessageParticipantFilter: MessageParticipantFilter;
  MessageParticipantGroup: ResolverTypeWrapper<MessageParticipantGroup>;
  MessageParticipantGroupByInput: MessageParticipantGroupByInput;
  MessageParticipantGroupByResult: ResolverTypeWrapper<MessageParticipantGroupByResult>;
  MessageParticipantGroupKey: ResolverTypeWrapper<MessageParticipantGroupKey>;
  MessageParticipantOrderBy: MessageParticipantOrderBy;
  MessageParticipantRelationFilter: MessageParticipantRelationFilter;
  MessageParticipantRoleEnum: MessageParticipantRoleEnum;
  MessageParticipantRoleEnumFilter: MessageParticipantRoleEnumFilter;
  MessageRelationFilter: MessageRelationFilter;
  MessageThread: ResolverTypeWrapper<MessageThread>;
  MessageThreadAggregate: ResolverTypeWrapper<MessageThreadAggregate>;
  MessageThreadConnection: ResolverTypeWrapper<MessageThreadConnection>;
  MessageThreadEdge: ResolverTypeWrapper<MessageThreadEdge>;
  MessageThreadFilter: MessageThreadFilter;
  MessageThreadGroup: ResolverTypeWrapper<MessageThreadGroup>;
  MessageThreadGroupByInput: MessageThreadGroupByInput;
  MessageThreadGroupByResult: ResolverTypeWrapper<MessageThreadGroupByResult>;
  MessageThreadGroupKey: ResolverTypeWrapper<MessageThreadGroupKey>;
  MessageThreadOrderBy: MessageThreadOrderBy;
  MessageThreadRelationFilter: MessageThreadRelationFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Note: ResolverTypeWrapper<Note>;
  NoteAggregate: ResolverTypeWrapper<NoteAggregate>;
  NoteConnection: ResolverTypeWrapper<NoteConnection>;
  NoteEdge: ResolverTypeWrapper<NoteEdge>;
  NoteFilter: NoteFilter;
  NoteGroup: ResolverTypeWrapper<NoteGroup>;
  NoteGroupByInput: NoteGroupByInput;
  NoteGroupByResult: ResolverTypeWrapper<NoteGroupByResult>;
  NoteGroupKey: ResolverTypeWrapper<NoteGroupKey>;
  NoteOrderBy: NoteOrderBy;
  NoteRelationFilter: NoteRelationFilter;
  NoteTarget: ResolverTypeWrapper<NoteTarget>;
  NoteTargetAggregate: ResolverTypeWrapper<NoteTargetAggregate>;
  NoteTargetConnection: ResolverTypeWrapper<NoteTargetConnection>;
  NoteTargetEdge: ResolverTypeWrapper<NoteTargetEdge>;
  NoteTargetFilter: NoteTargetFilter;
  NoteTargetGroup: ResolverTypeWrapper<NoteTargetGroup>;
  NoteTargetGroupByInput: NoteTargetGroupByInput;
  NoteTargetGroupByResult: ResolverTypeWrapper<NoteTargetGroupByResult>;
  NoteTargetGroupKey: ResolverTypeWrapper<NoteTargetGroupKey>;
  NoteTargetOrderBy: NoteTargetOrderBy;
  NoteTargetRelationFilter: NoteTargetRelationFilter;
  ObjectMetadata: ResolverTypeWrapper<TwentyObjectMetadata>;
  Opportunity: ResolverTypeWrapper<Opportunity>;
  OpportunityAggregate: ResolverTypeWrapper<OpportunityAggregate>;
  OpportunityConnection: ResolverTypeWrapper<OpportunityConnection>;
  OpportunityEdge: ResolverTypeWrapper<OpportunityEdge>;
  OpportunityFilter: OpportunityFilter;
  OpportunityGroup: ResolverTypeWrapper<OpportunityGroup>;
  OpportunityGroupByInput: OpportunityGroupByInput;
  OpportunityGroupByResult: ResolverTypeWrapper<OpportunityGroupByResult>;
  OpportunityGroupKey: ResolverTypeWrapper<OpportunityGroupKey>;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityRelationFilter: OpportunityRelationFilter;
  OpportunityStageEnum: OpportunityStageEnum;
  OpportunityStageEnumFilter: OpportunityStageEnumFilter;
  OrderByDirection: OrderByDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Person>;
  PersonAggregate: ResolverTypeWrapper<PersonAggregate>;
  PersonConnection: ResolverTypeWrapper<PersonConnection>;
  PersonEdge: ResolverTypeWrapper<PersonEdge>;
  PersonFilter: PersonFilter;
  PersonGroup: ResolverTypeWrapper<PersonGroup>;
  PersonGroupByInput: PersonGroupByInput;
  PersonGroupByResult: ResolverTypeWrapper<PersonGroupByResult>;
  PersonGroupKey: ResolverTypeWrapper<PersonGroupKey>;
  PersonOrderBy: PersonOrderBy;
  PersonRelationFilter: PersonRelationFilter;
  Phones: ResolverTypeWrapper<Phones>;
  PhonesFilter: PhonesFilter;
  PhonesInput: PhonesInput;
  PhonesOrderBy: PhonesOrderBy;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: ResolverTypeWrapper<RecordChangeEvent>;
  RecordChangeSource: RecordChangeSource;
  RecordOperation: RecordOperation;
  RecordTargetInput: RecordTargetInput;
  RelationCreationInput: RelationCreationInput;
  RichText: ResolverTypeWrapper<RichText>;
  RichTextInput: RichTextInput;
  SearchCount: ResolverTypeWrapper<SearchCount>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'record'> & { record: ResolversTypes['SearchRecord'] }>;
  SearchRank: SearchRank;
  SearchRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchRecord']>;
  SearchResult: ResolverTypeWrapper<Omit<SearchResult, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
  SelectFilter: SelectFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<Task>;
  TaskAggregate: ResolverTypeWrapper<TaskAggregate>;
  TaskConnection: ResolverTypeWrapper<TaskConnection>;
  TaskEdge: ResolverTypeWrapper<TaskEdge>;
  TaskFilter: TaskFilter;
  TaskGroup: ResolverTypeWrapper<TaskGroup>;
  TaskGroupByInput: TaskGroupByInput;
  TaskGroupByResult: ResolverTypeWrapper<TaskGroupByResult>;
  TaskGroupKey: ResolverTypeWrapper<TaskGroupKey>;
  TaskOrderBy: TaskOrderBy;
  TaskRelationFilter: TaskRelationFilter;
  TaskStatusEnum: TaskStatusEnum;
  TaskStatusEnumFilter: TaskStatusEnumFilter;
  TaskTarget: ResolverTypeWrapper<TaskTarget>;
  TaskTargetAggregate: ResolverTypeWrapper<TaskTargetAggregate>;
  TaskTargetConnection: ResolverTypeWrapper<TaskTargetConnection>;
  TaskTargetEdge: ResolverTypeWrapper<TaskTargetEdge>;
  TaskTargetFilter: TaskTargetFilter;
  TaskTargetGroup: ResolverTypeWrapper<TaskTargetGroup>;
  TaskTargetGroupByInput: TaskTargetGroupByInput;
  TaskTargetGroupByResult: ResolverTypeWrapper<TaskTargetGroupByResult>;
  TaskTargetGroupKey: ResolverTypeWrapper<TaskTargetGroupKey>;
  TaskTargetOrderBy: TaskTargetOrderBy;
  TaskTargetRelationFilter: TaskTargetRelationFilter;
  TimelineActivity: ResolverTypeWrapper<TimelineActivity>;
  TimelineActivityAggregate: ResolverTypeWrapper<TimelineActivityAggregate>;
  TimelineActivityConnection: ResolverTypeWrapper<TimelineActivityConnection>;
  TimelineActivityEdge: ResolverTypeWrapper<TimelineActivityEdge>;
  TimelineActivityFilter: TimelineActivityFilter;
  TimelineActivityGroup: ResolverTypeWrapper<TimelineActivityGroup>;
  TimelineActivityGroupByInput: TimelineActivityGroupByInput;
  TimelineActivityGroupByResult: ResolverTypeWrapper<TimelineActivityGroupByResult>;
  TimelineActivityGroupKey: ResolverTypeWrapper<TimelineActivityGroupKey>;
  TimelineActivityOrderBy: TimelineActivityOrderBy;
  TimelineActivityRelationFilter: TimelineActivityRelationFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UUIDFilter: UuidFilter;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateFieldInput: UpdateFieldInput;
  UpdateNoteInput: UpdateNoteInput;
  UpdateObjectInput: UpdateObjectInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdateTaskInput: UpdateTaskInput;
  View: ResolverTypeWrapper<TwentyRecord>;
  WorkspaceMember: ResolverTypeWrapper<WorkspaceMember>;
  WorkspaceMemberAggregate: ResolverTypeWrapper<WorkspaceMemberAggregate>;
  WorkspaceMemberConnection: ResolverTypeWrapper<WorkspaceMemberConnection>;
  WorkspaceMemberDateFormatEnum: WorkspaceMemberDateFormatEnum;
  WorkspaceMemberDateFormatEnumFilter: WorkspaceMemberDateFormatEnumFilter;
  WorkspaceMemberEdge: ResolverTypeWrapper<WorkspaceMemberEdge>;
  WorkspaceMemberFilter: WorkspaceMemberFilter;
  WorkspaceMemberGroup: ResolverTypeWrapper<WorkspaceMemberGroup>;
  WorkspaceMemberGroupByInput: WorkspaceMemberGroupByInput;
  WorkspaceMemberGroupByResult: ResolverTypeWrapper<WorkspaceMemberGroupByResult>;
  WorkspaceMemberGroupKey: ResolverTypeWrapper<WorkspaceMemberGroupKey>;
  WorkspaceMemberNumberFormatEnum: WorkspaceMemberNumberFormatEnum;
  WorkspaceMemberNumberFormatEnumFilter: WorkspaceMemberNumberFormatEnumFilter;
  WorkspaceMemberOrderBy: WorkspaceMemberOrderBy;
  WorkspaceMemberRelationFilter: WorkspaceMemberRelationFilter;
  WorkspaceMemberTimeFormatEnum: WorkspaceMemberTimeFormatEnum;
  WorkspaceMemberTimeFormatEnumFilter: WorkspaceMemberTimeFormatEnumFilter;
  WriteOutcome: WriteOutcome;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: Actor;
  ActorFilter: ActorFilter;
  ActorOrderBy: ActorOrderBy;
  Address: Address;
  AddressFilter: AddressFilter;
  AddressInput: AddressInput;
  AddressOrderBy: AddressOrderBy;
  AggregateReport: AggregateReport;
  Attachment: Attachment;
  AttachmentAggregate: AttachmentAggregate;
  AttachmentConnection: AttachmentConnection;
  AttachmentEdge: AttachmentEdge;
  AttachmentFileCategoryEnumFilter: AttachmentFileCategoryEnumFilter;
  AttachmentFilter: AttachmentFilter;
  AttachmentGroup: AttachmentGroup;
  AttachmentGroupByInput: AttachmentGroupByInput;
  AttachmentGroupByResult: AttachmentGroupByResult;
  AttachmentGroupKey: AttachmentGroupKey;
  AttachmentOrderBy: AttachmentOrderBy;
  AttachmentRelationFilter: AttachmentRelationFilter;
  BatchFailure: BatchFailure;
  Boolean: Scalars['Boolean']['output'];
  BooleanFilter: BooleanFilter;
  BulkWriteFailure: BulkWriteFailure;
  BulkWriteResult: BulkWriteResult;
  CalendarEvent: CalendarEvent;
  CalendarEventAggregate: CalendarEventAggregate;
  CalendarEventConnection: CalendarEventConnection;
  CalendarEventEdge: CalendarEventEdge;
  CalendarEventFilter: CalendarEventFilter;
  CalendarEventGroup: CalendarEventGroup;
  CalendarEventGroupByInput: CalendarEventGroupByInput;
  CalendarEventGroupByResult: CalendarEventGroupByResult;
  CalendarEventGroupKey: CalendarEventGroupKey;
  CalendarEventOrderBy: CalendarEventOrderBy;
  CalendarEventParticipant: CalendarEventParticipant;
  CalendarEventParticipantAggregate: CalendarEventParticipantAggregate;
  CalendarEventParticipantConnection: CalendarEventParticipantConnection;
  CalendarEventParticipantEdge: CalendarEventParticipantEdge;
  CalendarEventParticipantFilter: CalendarEventParticipantFilter;
  CalendarEventParticipantGroup: CalendarEventParticipantGroup;
  CalendarEventParticipantGroupByInput: CalendarEventParticipantGroupByInput;
  CalendarEventParticipantGroupByResult: CalendarEventParticipantGroupByResult;
  CalendarEventParticipantGroupKey: CalendarEventParticipantGroupKey;
  CalendarEventParticipantOrderBy: CalendarEventParticipantOrderBy;
  CalendarEventParticipantRelationFilter: CalendarEventParticipantRelationFilter;
  CalendarEventParticipantResponseStatusEnumFilter: CalendarEventParticipantResponseStatusEnumFilter;
  CalendarEventRelationFilter: CalendarEventRelationFilter;
  ChangedRecord: ResolversUnionTypes<ResolversParentTypes>['ChangedRecord'];
  Company: Company;
  CompanyAggregate: CompanyAggregate;
  CompanyConnection: CompanyConnection;
  CompanyEdge: CompanyEdge;
  CompanyFilter: CompanyFilter;
  CompanyGroup: CompanyGroup;
  CompanyGroupByInput: CompanyGroupByInput;
  CompanyGroupByResult: CompanyGroupByResult;
  CompanyGroupKey: CompanyGroupKey;
  CompanyOrderBy: CompanyOrderBy;
  CompanyRelationFilter: CompanyRelationFilter;
  CreateCompaniesPayload: CreateCompaniesPayload;
  CreateCompanyInput: CreateCompanyInput;
  CreateFieldInput: CreateFieldInput;
  CreateNoteInput: CreateNoteInput;
  CreateNotesPayload: CreateNotesPayload;
  CreateObjectInput: CreateObjectInput;
  CreateOpportunitiesPayload: CreateOpportunitiesPayload;
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePeoplePayload: CreatePeoplePayload;
  CreatePersonInput: CreatePersonInput;
  CreateTaskInput: CreateTaskInput;
  CreateTasksPayload: CreateTasksPayload;
  Currency: Currency;
  CurrencyFilter: CurrencyFilter;
  CurrencyInput: CurrencyInput;
  CurrencyOrderBy: CurrencyOrderBy;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  DeletedRecord: DeletedRecord;
  Emails: Emails;
  EmailsFilter: EmailsFilter;
  EmailsInput: EmailsInput;
  EmailsOrderBy: EmailsOrderBy;
  Favorite: Favorite;
  FavoriteAggregate: FavoriteAggregate;
  FavoriteConnection: FavoriteConnection;
  FavoriteEdge: FavoriteEdge;
  FavoriteFilter: FavoriteFilter;
  FavoriteGroup: FavoriteGroup;
  FavoriteGroupByInput: FavoriteGroupByInput;
  FavoriteGroupByResult: FavoriteGroupByResult;
  FavoriteGroupKey: FavoriteGroupKey;
  FavoriteOrderBy: FavoriteOrderBy;
  FavoriteRelationFilter: FavoriteRelationFilter;
  FieldMetadata: TwentyFieldMetadata;
  FieldOption: FieldOption;
  FieldOptionInput: FieldOptionInput;
  Float: Scalars['Float']['output'];
  FloatFilter: FloatFilter;
  FullName: FullName;
  FullNameFilter: FullNameFilter;
  FullNameInput: FullNameInput;
  FullNameOrderBy: FullNameOrderBy;
  GroupByDateInput: GroupByDateInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Link: Link;
  LinkInput: LinkInput;
  Links: Links;
  LinksFilter: LinksFilter;
  LinksInput: LinksInput;
  LinksOrderBy: LinksOrderBy;
  Message: Message;
  MessageAggregate: MessageAggregate;
  MessageConnection: MessageConnection;
  MessageDirectionEnumFilter: MessageDirectionEnumFilter;
  MessageEdge: MessageEdge;
  MessageFilter: MessageFilter;
  MessageGroup: MessageGroup;
  MessageGroupByInput: MessageGroupByInput;
  MessageGroupByResult: MessageGroupByResult;
  MessageGroupKey: MessageGroupKey;
  MessageOrderBy: MessageOrderBy;
  MessageParticipant: MessageParticipant;
  MessageParticipantAggregate: MessageParticipantAggregate;
  MessageParticipantConnection: MessageParticipantConnection;
  MessageParticipantEdge: MessageParticipantEdge;
  MessageParticipantFilter: MessageParticipantFilter;
  MessageParticipantGroup: MessageParticipantGroup;
  MessageParticipantGroupByInput: MessageParticipantGroupByInput;
  MessageParticipantGroupByResult: MessageParticipantGroupByResult;
  MessageParticipantGroupKey: MessageParticipantGroupKey;
  MessageParticipantOrderBy: MessageParticipantOrderBy;
  MessageParticipantRelationFilter: MessageParticipantRelationFilter;
  MessageParticipantRoleEnumFilter: MessageParticipantRoleEnumFilter;
  MessageRelationFilter: MessageRelationFilter;
  MessageThread: MessageThread;
  MessageThreadAggregate: MessageThreadAggregate;
  MessageThreadConnection: MessageThreadConnection;
  MessageThreadEdge: MessageThreadEdge;
  MessageThreadFilter: MessageThreadFilter;
  MessageThreadGroup: MessageThreadGroup;
  MessageThreadGroupByInput: MessageThreadGroupByInput;
  MessageThreadGroupByResult: MessageThreadGroupByResult;
  MessageThreadGroupKey: MessageThreadGroupKey;
  MessageThreadOrderBy: MessageThreadOrderBy;
  MessageThreadRelationFilter: MessageThreadRelationFilter;
  Mutation: Record<PropertyKey, never>;
  Note: Note;
  NoteAggregate: NoteAggregate;
  NoteConnection: NoteConnection;
  NoteEdge: NoteEdge;
  NoteFilter: NoteFilter;
  NoteGroup: NoteGroup;
  NoteGroupByInput: NoteGroupByInput;
  NoteGroupByResult: NoteGroupByResult;
  NoteGroupKey: NoteGroupKey;
  NoteOrderBy: NoteOrderBy;
  NoteRelationFilter: NoteRelationFilter;
  NoteTarget: NoteTarget;
  NoteTargetAggregate: NoteTargetAggregate;
  NoteTargetConnection: NoteTargetConnection;
  NoteTargetEdge: NoteTargetEdge;
  NoteTargetFilter: NoteTargetFilter;
  NoteTargetGroup: NoteTargetGroup;
  NoteTargetGroupByInput: NoteTargetGroupByInput;
  NoteTargetGroupByResult: NoteTargetGroupByResult;
  NoteTargetGroupKey: NoteTargetGroupKey;
  NoteTargetOrderBy: NoteTargetOrderBy;
  NoteTargetRelationFilter: NoteTargetRelationFilter;
  ObjectMetadata: TwentyObjectMetadata;
  Opportunity: Opportunity;
  OpportunityAggregate: OpportunityAggregate;
  OpportunityConnection: OpportunityConnection;
  OpportunityEdge: OpportunityEdge;
  OpportunityFilter: OpportunityFilter;
  OpportunityGroup: OpportunityGroup;
  OpportunityGroupByInput: OpportunityGroupByInput;
  OpportunityGroupByResult: OpportunityGroupByResult;
  OpportunityGroupKey: OpportunityGroupKey;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityRelationFilter: OpportunityRelationFilter;
  OpportunityStageEnumFilter: OpportunityStageEnumFilter;
  PageInfo: PageInfo;
  Person: Person;
  PersonAggregate: PersonAggregate;
  PersonConnection: PersonConnection;
  PersonEdge: PersonEdge;
  PersonFilter: PersonFilter;
  PersonGroup: PersonGroup;
  PersonGroupByInput: PersonGroupByInput;
  PersonGroupByResult: PersonGroupByResult;
  PersonGroupKey: PersonGroupKey;
  PersonOrderBy: PersonOrderBy;
  PersonRelationFilter: PersonRelationFilter;
  Phones: Phones;
  PhonesFilter: PhonesFilter;
  PhonesInput: PhonesInput;
  PhonesOrderBy: PhonesOrderBy;
  Query: Record<PropertyKey, never>;
  RecordChange: RecordChangeEvent;
  RecordTargetInput: RecordTargetInput;
  RelationCreationInput: RelationCreationInput;
  RichText: RichText;
  RichTextInput: RichTextInput;
  SearchCount: SearchCount;
  SearchHit: Omit<SearchHit, 'record'> & { record: ResolversParentTypes['SearchRecord'] };
  SearchRecord: ResolversUnionTypes<ResolversParentTypes>['SearchRecord'];
  SearchResult: Omit<SearchResult, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
  SelectFilter: SelectFilter;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
  Subscription: Record<PropertyKey, never>;
  Task: Task;
  TaskAggregate: TaskAggregate;
  TaskConnection: TaskConnection;
  TaskEdge: TaskEdge;
  TaskFilter: TaskFilter;
  TaskGroup: TaskGroup;
  TaskGroupByInput: TaskGroupByInput;
  TaskGroupByResult: TaskGroupByResult;
  TaskGroupKey: TaskGroupKey;
  TaskOrderBy: TaskOrderBy;
  TaskRelationFilter: TaskRelationFilter;
  TaskStatusEnumFilter: TaskStatusEnumFilter;
  TaskTarget: TaskTarget;
  TaskTargetAggregate: TaskTargetAggregate;
  TaskTargetConnection: TaskTargetConnection;
  TaskTargetEdge: TaskTargetEdge;
  TaskTargetFilter: TaskTargetFilter;
  TaskTargetGroup: TaskTargetGroup;
  TaskTargetGroupByInput: TaskTargetGroupByInput;
  TaskTargetGroupByResult: TaskTargetGroupByResult;
  TaskTargetGroupKey: TaskTargetGroupKey;
  TaskTargetOrderBy: TaskTargetOrderBy;
  TaskTargetRelationFilter: TaskTargetRelationFilter;
  TimelineActivity: TimelineActivity;
  TimelineActivityAggregate: TimelineActivityAggregate;
  TimelineActivityConnection: TimelineActivityConnection;
  TimelineActivityEdge: TimelineActivityEdge;
  TimelineActivityFilter: TimelineActivityFilter;
  TimelineActivityGroup: TimelineActivityGroup;
  TimelineActivityGroupByInput: TimelineActivityGroupByInput;
  TimelineActivityGroupByResult: TimelineActivityGroupByResult;
  TimelineActivityGroupKey: TimelineActivityGroupKey;
  TimelineActivityOrderBy: TimelineActivityOrderBy;
  TimelineActivityRelationFilter: TimelineActivityRelationFilter;
  UUID: Scalars['UUID']['output'];
  UUIDFilter: UuidFilter;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateFieldInput: UpdateFieldInput;
  UpdateNoteInput: UpdateNoteInput;
  UpdateObjectInput: UpdateObjectInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdateTaskInput: UpdateTaskInput;
  View: TwentyRecord;
  WorkspaceMember: WorkspaceMember;
  WorkspaceMemberAggregate: WorkspaceMemberAggregate;
  WorkspaceMemberConnection: WorkspaceMemberConnection;
  WorkspaceMemberDateFormatEnumFilter: WorkspaceMemberDateFormatEnumFilter;
  WorkspaceMemberEdge: WorkspaceMemberEdge;
  WorkspaceMemberFilter: WorkspaceMemberFilter;
  WorkspaceMemberGroup: WorkspaceMemberGroup;
  WorkspaceMemberGroupByInput: WorkspaceMemberGroupByInput;
  WorkspaceMemberGroupByResult: WorkspaceMemberGroupByResult;
  WorkspaceMemberGroupKey: WorkspaceMemberGroupKey;
  WorkspaceMemberNumberFormatEnumFilter: WorkspaceMemberNumberFormatEnumFilter;
  WorkspaceMemberOrderBy: WorkspaceMemberOrderBy;
  WorkspaceMemberRelationFilter: WorkspaceMemberRelationFilter;
  WorkspaceMemberTimeFormatEnumFilter: WorkspaceMemberTimeFormatEnumFilter;
};

export type RelationDirectiveArgs = {
  foreignKey?: Maybe<Scalars['String']['input']>;
  joinColumn?: Maybe<Scalars['String']['input']>;
  through?: Maybe<Scalars['String']['input']>;
};

export type RelationDirectiveResolver<Result, Parent, ContextType = Context, Args = RelationDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SearchableDirectiveArgs = {
  fields: Array<Scalars['String']['input']>;
  label: Array<Scalars['String']['input']>;
};

export type SearchableDirectiveResolver<Result, Parent, ContextType = Context, Args = SearchableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  context?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  addressCity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  addressLng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  addressPostcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressStreet1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressStreet2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AggregateReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateReport'] = ResolversParentTypes['AggregateReport']> = {
  recordsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AggregateSource'], ParentType, ContextType>;
  upstreamRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileCategory?: Resolver<Maybe<ResolversTypes['AttachmentFileCategoryEnum']>, ParentType, ContextType>;
  fileUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentAggregate'] = ResolversParentTypes['AttachmentAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyFileCategory?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyFullPath?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyFileCategory?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyFullPath?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesFileCategory?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesFullPath?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyFileCategory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyFullPath?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyFileCategory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyFullPath?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentConnection'] = ResolversParentTypes['AttachmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttachmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentEdge'] = ResolversParentTypes['AttachmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType>;
};

export type AttachmentGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentGroup'] = ResolversParentTypes['AttachmentGroup']> = {
  aggregate?: Resolver<ResolversTypes['AttachmentAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['AttachmentGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
};

export type AttachmentGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentGroupByResult'] = ResolversParentTypes['AttachmentGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['AttachmentGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type AttachmentGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentGroupKey'] = ResolversParentTypes['AttachmentGroupKey']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileCategory?: Resolver<Maybe<ResolversTypes['AttachmentFileCategoryEnum']>, ParentType, ContextType>;
  fullPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BatchFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchFailure'] = ResolversParentTypes['BatchFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indexes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  mayHaveApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upstreamStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  writeOutcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type BulkWriteFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkWriteFailure'] = ResolversParentTypes['BulkWriteFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['UUID']>, ParentType, ContextType>;
  mayHaveApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upstreamStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  writeOutcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type BulkWriteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkWriteResult'] = ResolversParentTypes['BulkWriteResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['BulkWriteFailure']>, ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export type CalendarEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEvent'] = ResolversParentTypes['CalendarEvent']> = {
  calendarEventParticipants?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantConnection']>, ParentType, ContextType, Partial<CalendarEventCalendarEventParticipantsArgs>>;
  conferenceLink?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  conferenceSolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  iCalUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isCanceled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isFullDay?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CalendarEventAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventAggregate'] = ResolversParentTypes['CalendarEventAggregate']> = {
  countEmptyConferenceLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyConferenceSolution?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDescription?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyEndsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyExternalCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyICalUid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyIsCanceled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyIsFullDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLocation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyStartsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countFalseIsCanceled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countFalseIsFullDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyConferenceLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyConferenceSolution?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDescription?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyEndsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyExternalCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyICalUid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyIsCanceled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyIsFullDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLocation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyStartsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countTrueIsCanceled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countTrueIsFullDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesConferenceLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesConferenceSolution?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDescription?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesEndsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesExternalCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesICalUid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesIsCanceled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesIsFullDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLocation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesStartsAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxExternalCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minExternalCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyConferenceLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyConferenceSolution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDescription?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyEndsAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyExternalCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyICalUid?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyIsCanceled?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyIsFullDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLocation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyStartsAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyConferenceLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyConferenceSolution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDescription?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyEndsAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyExternalCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyExternalUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyICalUid?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyIsCanceled?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyIsFullDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLocation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyStartsAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventConnection'] = ResolversParentTypes['CalendarEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CalendarEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventEdge'] = ResolversParentTypes['CalendarEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType>;
};

export type CalendarEventGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventGroup'] = ResolversParentTypes['CalendarEventGroup']> = {
  aggregate?: Resolver<ResolversTypes['CalendarEventAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['CalendarEventGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['CalendarEvent']>, ParentType, ContextType>;
};

export type CalendarEventGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventGroupByResult'] = ResolversParentTypes['CalendarEventGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['CalendarEventGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type CalendarEventGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventGroupKey'] = ResolversParentTypes['CalendarEventGroupKey']> = {
  conferenceSolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalCreatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUpdatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iCalUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isCanceled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isFullDay?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CalendarEventParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipant'] = ResolversParentTypes['CalendarEventParticipant']> = {
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType>;
  calendarEventId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isOrganizer?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantResponseStatusEnum']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CalendarEventParticipantAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantAggregate'] = ResolversParentTypes['CalendarEventParticipantAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyIsOrganizer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyResponseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countFalseIsOrganizer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyIsOrganizer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyResponseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countTrueIsOrganizer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesIsOrganizer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesResponseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyHandle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyIsOrganizer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyResponseStatus?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyHandle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyIsOrganizer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyResponseStatus?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantConnection'] = ResolversParentTypes['CalendarEventParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CalendarEventParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantEdge'] = ResolversParentTypes['CalendarEventParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEventParticipant'], ParentType, ContextType>;
};

export type CalendarEventParticipantGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantGroup'] = ResolversParentTypes['CalendarEventParticipantGroup']> = {
  aggregate?: Resolver<ResolversTypes['CalendarEventParticipantAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['CalendarEventParticipantGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['CalendarEventParticipant']>, ParentType, ContextType>;
};

export type CalendarEventParticipantGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantGroupByResult'] = ResolversParentTypes['CalendarEventParticipantGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['CalendarEventParticipantGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type CalendarEventParticipantGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantGroupKey'] = ResolversParentTypes['CalendarEventParticipantGroupKey']> = {
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType>;
  calendarEventId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isOrganizer?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantResponseStatusEnum']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export type ChangedRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangedRecord'] = ResolversParentTypes['ChangedRecord']> = {
  __resolveType: TypeResolveFn<'Attachment' | 'CalendarEvent' | 'CalendarEventParticipant' | 'Company' | 'Favorite' | 'Message' | 'MessageParticipant' | 'MessageThread' | 'Note' | 'NoteTarget' | 'Opportunity' | 'Person' | 'Task' | 'TaskTarget' | 'TimelineActivity' | 'WorkspaceMember', ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  accountOwner?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  accountOwnerId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  annualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<CompanyAttachmentsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  domainName?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<CompanyFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  idealCustomerProfile?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  linkedinLink?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<CompanyNoteTargetsArgs>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, Partial<CompanyNotesArgs>>;
  opportunities?: Resolver<Maybe<ResolversTypes['OpportunityConnection']>, ParentType, ContextType, Partial<CompanyOpportunitiesArgs>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<CompanyPeopleArgs>>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<CompanyTaskTargetsArgs>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<CompanyTasksArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<CompanyTimelineActivitiesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  xLink?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyAggregate'] = ResolversParentTypes['CompanyAggregate']> = {
  avgAnnualRecurringRevenueAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  avgAnnualRecurringRevenueAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  avgEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countEmptyAddress?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyAnnualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDomainName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countFalseIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyAddress?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyAnnualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDomainName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countTrueIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesAddress?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesAnnualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDomainName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxAnnualRecurringRevenueAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxAnnualRecurringRevenueAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minAnnualRecurringRevenueAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minAnnualRecurringRevenueAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyAddress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyAnnualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDomainName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyXLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyAddress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyAnnualRecurringRevenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDomainName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyIdealCustomerProfile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyXLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumAnnualRecurringRevenueAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumAnnualRecurringRevenueAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumEmployees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CompanyGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyGroup'] = ResolversParentTypes['CompanyGroup']> = {
  aggregate?: Resolver<ResolversTypes['CompanyAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['CompanyGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
};

export type CompanyGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyGroupByResult'] = ResolversParentTypes['CompanyGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['CompanyGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type CompanyGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyGroupKey'] = ResolversParentTypes['CompanyGroupKey']> = {
  accountOwner?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  accountOwnerId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  idealCustomerProfile?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateCompaniesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateCompaniesPayload'] = ResolversParentTypes['CreateCompaniesPayload']> = {
  failures?: Resolver<Array<ResolversTypes['BatchFailure']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Company']>>, ParentType, ContextType>;
};

export type CreateNotesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateNotesPayload'] = ResolversParentTypes['CreateNotesPayload']> = {
  failures?: Resolver<Array<ResolversTypes['BatchFailure']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Note']>>, ParentType, ContextType>;
};

export type CreateOpportunitiesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateOpportunitiesPayload'] = ResolversParentTypes['CreateOpportunitiesPayload']> = {
  failures?: Resolver<Array<ResolversTypes['BatchFailure']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Opportunity']>>, ParentType, ContextType>;
};

export type CreatePeoplePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePeoplePayload'] = ResolversParentTypes['CreatePeoplePayload']> = {
  failures?: Resolver<Array<ResolversTypes['BatchFailure']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
};

export type CreateTasksPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateTasksPayload'] = ResolversParentTypes['CreateTasksPayload']> = {
  failures?: Resolver<Array<ResolversTypes['BatchFailure']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Task']>>, ParentType, ContextType>;
};

export type CurrencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Currency'] = ResolversParentTypes['Currency']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currencyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletedRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletedRecord'] = ResolversParentTypes['DeletedRecord']> = {
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
};

export type EmailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Emails'] = ResolversParentTypes['Emails']> = {
  additionalEmails?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  primaryEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FavoriteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Favorite'] = ResolversParentTypes['Favorite']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  forWorkspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  forWorkspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FavoriteAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteAggregate'] = ResolversParentTypes['FavoriteAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyViewId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyViewId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesViewId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyViewId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyViewId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FavoriteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteConnection'] = ResolversParentTypes['FavoriteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FavoriteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FavoriteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteEdge'] = ResolversParentTypes['FavoriteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Favorite'], ParentType, ContextType>;
};

export type FavoriteGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteGroup'] = ResolversParentTypes['FavoriteGroup']> = {
  aggregate?: Resolver<ResolversTypes['FavoriteAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['FavoriteGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Favorite']>, ParentType, ContextType>;
};

export type FavoriteGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteGroupByResult'] = ResolversParentTypes['FavoriteGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['FavoriteGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type FavoriteGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteGroupKey'] = ResolversParentTypes['FavoriteGroupKey']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forWorkspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  forWorkspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export type FieldMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldMetadata'] = ResolversParentTypes['FieldMetadata']> = {
  defaultValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCustom?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isNullable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isSystem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isUnique?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectMetadataId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['FieldOption']>>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldOption'] = ResolversParentTypes['FieldOption']> = {
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FullNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FullName'] = ResolversParentTypes['FullName']> = {
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LinksResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Links'] = ResolversParentTypes['Links']> = {
  primaryLinkLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryLinkUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secondaryLinks?: Resolver<Maybe<Array<ResolversTypes['Link']>>, ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['MessageDirectionEnum']>, ParentType, ContextType>;
  headerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  messageParticipants?: Resolver<Maybe<ResolversTypes['MessageParticipantConnection']>, ParentType, ContextType, Partial<MessageMessageParticipantsArgs>>;
  messageThread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType>;
  messageThreadId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageAggregate'] = ResolversParentTypes['MessageAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDirection?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyHeaderMessageId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyReceivedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptySubject?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyText?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDirection?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyHeaderMessageId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyReceivedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptySubject?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyText?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDirection?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesHeaderMessageId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesReceivedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesSubject?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesText?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxReceivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minReceivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDirection?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyHeaderMessageId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyReceivedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptySubject?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyText?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDirection?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyHeaderMessageId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyReceivedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptySubject?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyText?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessageGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageGroup'] = ResolversParentTypes['MessageGroup']> = {
  aggregate?: Resolver<ResolversTypes['MessageAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['MessageGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
};

export type MessageGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageGroupByResult'] = ResolversParentTypes['MessageGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['MessageGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type MessageGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageGroupKey'] = ResolversParentTypes['MessageGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['MessageDirectionEnum']>, ParentType, ContextType>;
  headerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageThread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType>;
  messageThreadId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MessageParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipant'] = ResolversParentTypes['MessageParticipant']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MessageParticipantRoleEnum']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageParticipantAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantAggregate'] = ResolversParentTypes['MessageParticipantAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyRole?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyRole?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDisplayName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesHandle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesRole?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyHandle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyRole?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDisplayName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyHandle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyRole?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantConnection'] = ResolversParentTypes['MessageParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantEdge'] = ResolversParentTypes['MessageParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageParticipant'], ParentType, ContextType>;
};

export type MessageParticipantGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantGroup'] = ResolversParentTypes['MessageParticipantGroup']> = {
  aggregate?: Resolver<ResolversTypes['MessageParticipantAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['MessageParticipantGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['MessageParticipant']>, ParentType, ContextType>;
};

export type MessageParticipantGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantGroupByResult'] = ResolversParentTypes['MessageParticipantGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['MessageParticipantGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type MessageParticipantGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantGroupKey'] = ResolversParentTypes['MessageParticipantGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MessageParticipantRoleEnum']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export type MessageThreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThread'] = ResolversParentTypes['MessageThread']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, Partial<MessageThreadMessagesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageThreadAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadAggregate'] = ResolversParentTypes['MessageThreadAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageThreadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadConnection'] = ResolversParentTypes['MessageThreadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageThreadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageThreadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadEdge'] = ResolversParentTypes['MessageThreadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType>;
};

export type MessageThreadGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadGroup'] = ResolversParentTypes['MessageThreadGroup']> = {
  aggregate?: Resolver<ResolversTypes['MessageThreadAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['MessageThreadGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['MessageThread']>, ParentType, ContextType>;
};

export type MessageThreadGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadGroupByResult'] = ResolversParentTypes['MessageThreadGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['MessageThreadGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type MessageThreadGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadGroupKey'] = ResolversParentTypes['MessageThreadGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  attachNote?: Resolver<Maybe<ResolversTypes['NoteTarget']>, ParentType, ContextType, RequireFields<MutationAttachNoteArgs, 'noteId' | 'target'>>;
  attachTask?: Resolver<Maybe<ResolversTypes['TaskTarget']>, ParentType, ContextType, RequireFields<MutationAttachTaskArgs, 'target' | 'taskId'>>;
  createCompanies?: Resolver<Maybe<ResolversTypes['CreateCompaniesPayload']>, ParentType, ContextType, RequireFields<MutationCreateCompaniesArgs, 'data'>>;
  createCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'data'>>;
  createField?: Resolver<Maybe<ResolversTypes['FieldMetadata']>, ParentType, ContextType, RequireFields<MutationCreateFieldArgs, 'data'>>;
  createNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationCreateNoteArgs, 'data'>>;
  createNotes?: Resolver<Maybe<ResolversTypes['CreateNotesPayload']>, ParentType, ContextType, RequireFields<MutationCreateNotesArgs, 'data'>>;
  createObject?: Resolver<Maybe<ResolversTypes['ObjectMetadata']>, ParentType, ContextType, RequireFields<MutationCreateObjectArgs, 'data'>>;
  createOpportunities?: Resolver<Maybe<ResolversTypes['CreateOpportunitiesPayload']>, ParentType, ContextType, RequireFields<MutationCreateOpportunitiesArgs, 'data'>>;
  createOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationCreateOpportunityArgs, 'data'>>;
  createPeople?: Resolver<Maybe<ResolversTypes['CreatePeoplePayload']>, ParentType, ContextType, RequireFields<MutationCreatePeopleArgs, 'data'>>;
  createPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'data'>>;
  createTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'data'>>;
  createTasks?: Resolver<Maybe<ResolversTypes['CreateTasksPayload']>, ParentType, ContextType, RequireFields<MutationCreateTasksArgs, 'data'>>;
  deleteCompanies?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDeleteCompaniesArgs, 'filter'>>;
  deleteCompany?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteCompanyArgs, 'id'>>;
  deleteField?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteFieldArgs, 'id'>>;
  deleteNote?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteNoteArgs, 'id'>>;
  deleteNotes?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDeleteNotesArgs, 'filter'>>;
  deleteObject?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteObjectArgs, 'id'>>;
  deleteOpportunities?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDeleteOpportunitiesArgs, 'filter'>>;
  deleteOpportunity?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteOpportunityArgs, 'id'>>;
  deletePeople?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDeletePeopleArgs, 'filter'>>;
  deletePerson?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeletePersonArgs, 'id'>>;
  deleteTask?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'id'>>;
  deleteTasks?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDeleteTasksArgs, 'filter'>>;
  destroyCompanies?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDestroyCompaniesArgs, 'filter'>>;
  destroyCompany?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyCompanyArgs, 'id'>>;
  destroyNote?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyNoteArgs, 'id'>>;
  destroyNotes?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDestroyNotesArgs, 'filter'>>;
  destroyOpportunities?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDestroyOpportunitiesArgs, 'filter'>>;
  destroyOpportunity?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyOpportunityArgs, 'id'>>;
  destroyPeople?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDestroyPeopleArgs, 'filter'>>;
  destroyPerson?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyPersonArgs, 'id'>>;
  destroyTask?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyTaskArgs, 'id'>>;
  destroyTasks?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationDestroyTasksArgs, 'filter'>>;
  detachNote?: Resolver<Maybe<Array<ResolversTypes['DeletedRecord']>>, ParentType, ContextType, RequireFields<MutationDetachNoteArgs, 'noteId' | 'target'>>;
  detachTask?: Resolver<Maybe<Array<ResolversTypes['DeletedRecord']>>, ParentType, ContextType, RequireFields<MutationDetachTaskArgs, 'target' | 'taskId'>>;
  mergeCompanies?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationMergeCompaniesArgs, 'conflictPriorityIndex' | 'ids'>>;
  mergePeople?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'conflictPriorityIndex' | 'ids'>>;
  moveCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationMoveCompanyArgs, 'id'>>;
  moveNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationMoveNoteArgs, 'id'>>;
  moveOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationMoveOpportunityArgs, 'id'>>;
  movePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationMovePersonArgs, 'id'>>;
  moveTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationMoveTaskArgs, 'id'>>;
  restoreCompanies?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationRestoreCompaniesArgs, 'filter'>>;
  restoreCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationRestoreCompanyArgs, 'id'>>;
  restoreNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationRestoreNoteArgs, 'id'>>;
  restoreNotes?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationRestoreNotesArgs, 'filter'>>;
  restoreOpportunities?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationRestoreOpportunitiesArgs, 'filter'>>;
  restoreOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationRestoreOpportunityArgs, 'id'>>;
  restorePeople?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationRestorePeopleArgs, 'filter'>>;
  restorePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationRestorePersonArgs, 'id'>>;
  restoreTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationRestoreTaskArgs, 'id'>>;
  restoreTasks?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationRestoreTasksArgs, 'filter'>>;
  updateCompanies?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationUpdateCompaniesArgs, 'data' | 'filter'>>;
  updateCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'data' | 'id'>>;
  updateField?: Resolver<Maybe<ResolversTypes['FieldMetadata']>, ParentType, ContextType, RequireFields<MutationUpdateFieldArgs, 'data' | 'id'>>;
  updateNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationUpdateNoteArgs, 'data' | 'id'>>;
  updateNotes?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationUpdateNotesArgs, 'data' | 'filter'>>;
  updateObject?: Resolver<Maybe<ResolversTypes['ObjectMetadata']>, ParentType, ContextType, RequireFields<MutationUpdateObjectArgs, 'data' | 'id'>>;
  updateOpportunities?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationUpdateOpportunitiesArgs, 'data' | 'filter'>>;
  updateOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'data' | 'id'>>;
  updatePeople?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationUpdatePeopleArgs, 'data' | 'filter'>>;
  updatePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'data' | 'id'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'data' | 'id'>>;
  updateTasks?: Resolver<Maybe<ResolversTypes['BulkWriteResult']>, ParentType, ContextType, RequireFields<MutationUpdateTasksArgs, 'data' | 'filter'>>;
};

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = {
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<NoteAttachmentsArgs>>;
  bodyV2?: Resolver<Maybe<ResolversTypes['RichText']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<NoteFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<NoteNoteTargetsArgs>>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<NoteTargetsArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<NoteTimelineActivitiesArgs>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NoteAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteAggregate'] = ResolversParentTypes['NoteAggregate']> = {
  countEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
};

export type NoteGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteGroup'] = ResolversParentTypes['NoteGroup']> = {
  aggregate?: Resolver<ResolversTypes['NoteAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['NoteGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
};

export type NoteGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteGroupByResult'] = ResolversParentTypes['NoteGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['NoteGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type NoteGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteGroupKey'] = ResolversParentTypes['NoteGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NoteTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTarget'] = ResolversParentTypes['NoteTarget']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NoteTargetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetAggregate'] = ResolversParentTypes['NoteTargetAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteTargetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetConnection'] = ResolversParentTypes['NoteTargetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteTargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteTargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetEdge'] = ResolversParentTypes['NoteTargetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NoteTarget'], ParentType, ContextType>;
};

export type NoteTargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetGroup'] = ResolversParentTypes['NoteTargetGroup']> = {
  aggregate?: Resolver<ResolversTypes['NoteTargetAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['NoteTargetGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['NoteTarget']>, ParentType, ContextType>;
};

export type NoteTargetGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetGroupByResult'] = ResolversParentTypes['NoteTargetGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['NoteTargetGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type NoteTargetGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetGroupKey'] = ResolversParentTypes['NoteTargetGroupKey']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  noteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ObjectMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObjectMetadata'] = ResolversParentTypes['ObjectMetadata']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldMetadata']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isCustom?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isSystem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  labelPlural?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labelSingular?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namePlural?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameSingular?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpportunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = {
  amount?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<OpportunityAttachmentsArgs>>;
  closeDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<OpportunityFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<OpportunityNoteTargetsArgs>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, Partial<OpportunityNotesArgs>>;
  pointOfContact?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  pointOfContactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['OpportunityStageEnum']>, ParentType, ContextType>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<OpportunityTaskTargetsArgs>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<OpportunityTasksArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<OpportunityTimelineActivitiesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpportunityAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityAggregate'] = ResolversParentTypes['OpportunityAggregate']> = {
  avgAmountAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  avgAmountAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countEmptyAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCloseDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyStage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCloseDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyStage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCloseDate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesStage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxAmountAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxAmountAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxCloseDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minAmountAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minAmountAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minCloseDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCloseDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyStage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCloseDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyStage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumAmountAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumAmountAmountMicros?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
};

export type OpportunityGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityGroup'] = ResolversParentTypes['OpportunityGroup']> = {
  aggregate?: Resolver<ResolversTypes['OpportunityAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['OpportunityGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Opportunity']>, ParentType, ContextType>;
};

export type OpportunityGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityGroupByResult'] = ResolversParentTypes['OpportunityGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['OpportunityGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type OpportunityGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityGroupKey'] = ResolversParentTypes['OpportunityGroupKey']> = {
  closeDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointOfContact?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  pointOfContactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['OpportunityStageEnum']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<PersonAttachmentsArgs>>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarEventParticipants?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantConnection']>, ParentType, ContextType, Partial<PersonCalendarEventParticipantsArgs>>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<ResolversTypes['Emails']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<PersonFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedinLink?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  messageParticipants?: Resolver<Maybe<ResolversTypes['MessageParticipantConnection']>, ParentType, ContextType, Partial<PersonMessageParticipantsArgs>>;
  name?: Resolver<Maybe<ResolversTypes['FullName']>, ParentType, ContextType>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<PersonNoteTargetsArgs>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, Partial<PersonNotesArgs>>;
  phones?: Resolver<Maybe<ResolversTypes['Phones']>, ParentType, ContextType>;
  pointOfContactForOpportunities?: Resolver<Maybe<ResolversTypes['OpportunityConnection']>, ParentType, ContextType, Partial<PersonPointOfContactForOpportunitiesArgs>>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<PersonTaskTargetsArgs>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<PersonTasksArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<PersonTimelineActivitiesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  xLink?: Resolver<Maybe<ResolversTypes['Links']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonAggregate'] = ResolversParentTypes['PersonAggregate']> = {
  countEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyEmails?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyJobTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyPhones?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyEmails?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyJobTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyPhones?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesEmails?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesJobTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLinkedinLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesPhones?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesXLink?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyEmails?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyJobTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyPhones?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyXLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyEmails?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyJobTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLinkedinLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyPhones?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyXLink?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonGroup'] = ResolversParentTypes['PersonGroup']> = {
  aggregate?: Resolver<ResolversTypes['PersonAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['PersonGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type PersonGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonGroupByResult'] = ResolversParentTypes['PersonGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['PersonGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type PersonGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonGroupKey'] = ResolversParentTypes['PersonGroupKey']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PhonesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phones'] = ResolversParentTypes['Phones']> = {
  additionalPhones?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  primaryPhoneCallingCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryPhoneCountryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryPhoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  attachment?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType, RequireFields<QueryAttachmentArgs, 'id'>>;
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<QueryAttachmentsArgs>>;
  attachmentsAggregate?: Resolver<Maybe<ResolversTypes['AttachmentAggregate']>, ParentType, ContextType, Partial<QueryAttachmentsAggregateArgs>>;
  attachmentsGroupBy?: Resolver<Maybe<ResolversTypes['AttachmentGroupByResult']>, ParentType, ContextType, RequireFields<QueryAttachmentsGroupByArgs, 'groupBy' | 'limit'>>;
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType, RequireFields<QueryCalendarEventArgs, 'id'>>;
  calendarEventParticipant?: Resolver<Maybe<ResolversTypes['CalendarEventParticipant']>, ParentType, ContextType, RequireFields<QueryCalendarEventParticipantArgs, 'id'>>;
  calendarEventParticipants?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantConnection']>, ParentType, ContextType, Partial<QueryCalendarEventParticipantsArgs>>;
  calendarEventParticipantsAggregate?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantAggregate']>, ParentType, ContextType, Partial<QueryCalendarEventParticipantsAggregateArgs>>;
  calendarEventParticipantsGroupBy?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantGroupByResult']>, ParentType, ContextType, RequireFields<QueryCalendarEventParticipantsGroupByArgs, 'groupBy' | 'limit'>>;
  calendarEvents?: Resolver<Maybe<ResolversTypes['CalendarEventConnection']>, ParentType, ContextType, Partial<QueryCalendarEventsArgs>>;
  calendarEventsAggregate?: Resolver<Maybe<ResolversTypes['CalendarEventAggregate']>, ParentType, ContextType, Partial<QueryCalendarEventsAggregateArgs>>;
  calendarEventsGroupBy?: Resolver<Maybe<ResolversTypes['CalendarEventGroupByResult']>, ParentType, ContextType, RequireFields<QueryCalendarEventsGroupByArgs, 'groupBy' | 'limit'>>;
  companies?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, Partial<QueryCompaniesArgs>>;
  companiesAggregate?: Resolver<Maybe<ResolversTypes['CompanyAggregate']>, ParentType, ContextType, Partial<QueryCompaniesAggregateArgs>>;
  companiesGroupBy?: Resolver<Maybe<ResolversTypes['CompanyGroupByResult']>, ParentType, ContextType, RequireFields<QueryCompaniesGroupByArgs, 'groupBy' | 'limit'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  companyDuplicates?: Resolver<Maybe<Array<ResolversTypes['CompanyConnection']>>, ParentType, ContextType, Partial<QueryCompanyDuplicatesArgs>>;
  favorite?: Resolver<Maybe<ResolversTypes['Favorite']>, ParentType, ContextType, RequireFields<QueryFavoriteArgs, 'id'>>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<QueryFavoritesArgs>>;
  favoritesAggregate?: Resolver<Maybe<ResolversTypes['FavoriteAggregate']>, ParentType, ContextType, Partial<QueryFavoritesAggregateArgs>>;
  favoritesGroupBy?: Resolver<Maybe<ResolversTypes['FavoriteGroupByResult']>, ParentType, ContextType, RequireFields<QueryFavoritesGroupByArgs, 'groupBy' | 'limit'>>;
  fields?: Resolver<Maybe<Array<ResolversTypes['FieldMetadata']>>, ParentType, ContextType, Partial<QueryFieldsArgs>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  messageParticipant?: Resolver<Maybe<ResolversTypes['MessageParticipant']>, ParentType, ContextType, RequireFields<QueryMessageParticipantArgs, 'id'>>;
  messageParticipants?: Resolver<Maybe<ResolversTypes['MessageParticipantConnection']>, ParentType, ContextType, Partial<QueryMessageParticipantsArgs>>;
  messageParticipantsAggregate?: Resolver<Maybe<ResolversTypes['MessageParticipantAggregate']>, ParentType, ContextType, Partial<QueryMessageParticipantsAggregateArgs>>;
  messageParticipantsGroupBy?: Resolver<Maybe<ResolversTypes['MessageParticipantGroupByResult']>, ParentType, ContextType, RequireFields<QueryMessageParticipantsGroupByArgs, 'groupBy' | 'limit'>>;
  messageThread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType, RequireFields<QueryMessageThreadArgs, 'id'>>;
  messageThreads?: Resolver<Maybe<ResolversTypes['MessageThreadConnection']>, ParentType, ContextType, Partial<QueryMessageThreadsArgs>>;
  messageThreadsAggregate?: Resolver<Maybe<ResolversTypes['MessageThreadAggregate']>, ParentType, ContextType, Partial<QueryMessageThreadsAggregateArgs>>;
  messageThreadsGroupBy?: Resolver<Maybe<ResolversTypes['MessageThreadGroupByResult']>, ParentType, ContextType, RequireFields<QueryMessageThreadsGroupByArgs, 'groupBy' | 'limit'>>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, Partial<QueryMessagesArgs>>;
  messagesAggregate?: Resolver<Maybe<ResolversTypes['MessageAggregate']>, ParentType, ContextType, Partial<QueryMessagesAggregateArgs>>;
  messagesGroupBy?: Resolver<Maybe<ResolversTypes['MessageGroupByResult']>, ParentType, ContextType, RequireFields<QueryMessagesGroupByArgs, 'groupBy' | 'limit'>>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<QueryNoteArgs, 'id'>>;
  noteTarget?: Resolver<Maybe<ResolversTypes['NoteTarget']>, ParentType, ContextType, RequireFields<QueryNoteTargetArgs, 'id'>>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<QueryNoteTargetsArgs>>;
  noteTargetsAggregate?: Resolver<Maybe<ResolversTypes['NoteTargetAggregate']>, ParentType, ContextType, Partial<QueryNoteTargetsAggregateArgs>>;
  noteTargetsGroupBy?: Resolver<Maybe<ResolversTypes['NoteTargetGroupByResult']>, ParentType, ContextType, RequireFields<QueryNoteTargetsGroupByArgs, 'groupBy' | 'limit'>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, Partial<QueryNotesArgs>>;
  notesAggregate?: Resolver<Maybe<ResolversTypes['NoteAggregate']>, ParentType, ContextType, Partial<QueryNotesAggregateArgs>>;
  notesGroupBy?: Resolver<Maybe<ResolversTypes['NoteGroupByResult']>, ParentType, ContextType, RequireFields<QueryNotesGroupByArgs, 'groupBy' | 'limit'>>;
  object?: Resolver<Maybe<ResolversTypes['ObjectMetadata']>, ParentType, ContextType, Partial<QueryObjectArgs>>;
  objects?: Resolver<Maybe<Array<ResolversTypes['ObjectMetadata']>>, ParentType, ContextType, Partial<QueryObjectsArgs>>;
  opportunities?: Resolver<Maybe<ResolversTypes['OpportunityConnection']>, ParentType, ContextType, Partial<QueryOpportunitiesArgs>>;
  opportunitiesAggregate?: Resolver<Maybe<ResolversTypes['OpportunityAggregate']>, ParentType, ContextType, Partial<QueryOpportunitiesAggregateArgs>>;
  opportunitiesGroupBy?: Resolver<Maybe<ResolversTypes['OpportunityGroupByResult']>, ParentType, ContextType, RequireFields<QueryOpportunitiesGroupByArgs, 'groupBy' | 'limit'>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  peopleAggregate?: Resolver<Maybe<ResolversTypes['PersonAggregate']>, ParentType, ContextType, Partial<QueryPeopleAggregateArgs>>;
  peopleGroupBy?: Resolver<Maybe<ResolversTypes['PersonGroupByResult']>, ParentType, ContextType, RequireFields<QueryPeopleGroupByArgs, 'groupBy' | 'limit'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personDuplicates?: Resolver<Maybe<Array<ResolversTypes['PersonConnection']>>, ParentType, ContextType, Partial<QueryPersonDuplicatesArgs>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  search?: Resolver<Maybe<ResolversTypes['SearchResult']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  taskTarget?: Resolver<Maybe<ResolversTypes['TaskTarget']>, ParentType, ContextType, RequireFields<QueryTaskTargetArgs, 'id'>>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<QueryTaskTargetsArgs>>;
  taskTargetsAggregate?: Resolver<Maybe<ResolversTypes['TaskTargetAggregate']>, ParentType, ContextType, Partial<QueryTaskTargetsAggregateArgs>>;
  taskTargetsGroupBy?: Resolver<Maybe<ResolversTypes['TaskTargetGroupByResult']>, ParentType, ContextType, RequireFields<QueryTaskTargetsGroupByArgs, 'groupBy' | 'limit'>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<QueryTasksArgs>>;
  tasksAggregate?: Resolver<Maybe<ResolversTypes['TaskAggregate']>, ParentType, ContextType, Partial<QueryTasksAggregateArgs>>;
  tasksGroupBy?: Resolver<Maybe<ResolversTypes['TaskGroupByResult']>, ParentType, ContextType, RequireFields<QueryTasksGroupByArgs, 'groupBy' | 'limit'>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<QueryTimelineActivitiesArgs>>;
  timelineActivitiesAggregate?: Resolver<Maybe<ResolversTypes['TimelineActivityAggregate']>, ParentType, ContextType, Partial<QueryTimelineActivitiesAggregateArgs>>;
  timelineActivitiesGroupBy?: Resolver<Maybe<ResolversTypes['TimelineActivityGroupByResult']>, ParentType, ContextType, RequireFields<QueryTimelineActivitiesGroupByArgs, 'groupBy' | 'limit'>>;
  timelineActivity?: Resolver<Maybe<ResolversTypes['TimelineActivity']>, ParentType, ContextType, RequireFields<QueryTimelineActivityArgs, 'id'>>;
  views?: Resolver<Maybe<Array<ResolversTypes['View']>>, ParentType, ContextType, Partial<QueryViewsArgs>>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType, RequireFields<QueryWorkspaceMemberArgs, 'id'>>;
  workspaceMembers?: Resolver<Maybe<ResolversTypes['WorkspaceMemberConnection']>, ParentType, ContextType, Partial<QueryWorkspaceMembersArgs>>;
  workspaceMembersAggregate?: Resolver<Maybe<ResolversTypes['WorkspaceMemberAggregate']>, ParentType, ContextType, Partial<QueryWorkspaceMembersAggregateArgs>>;
  workspaceMembersGroupBy?: Resolver<Maybe<ResolversTypes['WorkspaceMemberGroupByResult']>, ParentType, ContextType, RequireFields<QueryWorkspaceMembersGroupByArgs, 'groupBy' | 'limit'>>;
};

export type RecordChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordChange'] = ResolversParentTypes['RecordChange']> = {
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['RecordOperation'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['ChangedRecord']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecordChangeSource'], ParentType, ContextType>;
  updatedFields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type RichTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RichText'] = ResolversParentTypes['RichText']> = {
  blocknote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  markdown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchCount'] = ResolversParentTypes['SearchCount']> = {
  objectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['SearchRank'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['SearchRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
};

export type SearchRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchRecord'] = ResolversParentTypes['SearchRecord']> = {
  __resolveType: TypeResolveFn<'Company' | 'Note' | 'Opportunity' | 'Person' | 'Task', ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  counts?: Resolver<Array<ResolversTypes['SearchCount']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  recordChanged?: SubscriptionResolver<ResolversTypes['RecordChange'], "recordChanged", ParentType, ContextType, Partial<SubscriptionRecordChangedArgs>>;
};

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  assignee?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  attachments?: Resolver<Maybe<ResolversTypes['AttachmentConnection']>, ParentType, ContextType, Partial<TaskAttachmentsArgs>>;
  bodyV2?: Resolver<Maybe<ResolversTypes['RichText']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<TaskFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TaskStatusEnum']>, ParentType, ContextType>;
  targets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<TaskTargetsArgs>>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<TaskTaskTargetsArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<TaskTimelineActivitiesArgs>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskAggregate'] = ResolversParentTypes['TaskAggregate']> = {
  countEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDueAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDueAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesBodyV2?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDueAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesTitle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDueAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyStatus?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyBodyV2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDueAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyStatus?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyTitle?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskGroup'] = ResolversParentTypes['TaskGroup']> = {
  aggregate?: Resolver<ResolversTypes['TaskAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['TaskGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type TaskGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskGroupByResult'] = ResolversParentTypes['TaskGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['TaskGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type TaskGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskGroupKey'] = ResolversParentTypes['TaskGroupKey']> = {
  assignee?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TaskStatusEnum']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaskTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTarget'] = ResolversParentTypes['TaskTarget']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskTargetAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetAggregate'] = ResolversParentTypes['TaskTargetAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskTargetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetConnection'] = ResolversParentTypes['TaskTargetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskTargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskTargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetEdge'] = ResolversParentTypes['TaskTargetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskTarget'], ParentType, ContextType>;
};

export type TaskTargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetGroup'] = ResolversParentTypes['TaskTargetGroup']> = {
  aggregate?: Resolver<ResolversTypes['TaskTargetAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['TaskTargetGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['TaskTarget']>, ParentType, ContextType>;
};

export type TaskTargetGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetGroupByResult'] = ResolversParentTypes['TaskTargetGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['TaskTargetGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type TaskTargetGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetGroupKey'] = ResolversParentTypes['TaskTargetGroupKey']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimelineActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivity'] = ResolversParentTypes['TimelineActivity']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  happensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  linkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  linkedRecordCachedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedRecordId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  targetCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  targetCompanyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  targetNoteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  targetOpportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  targetPersonId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  targetTaskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelineActivityAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityAggregate'] = ResolversParentTypes['TimelineActivityAggregate']> = {
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyHappensAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLinkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLinkedRecordCachedName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLinkedRecordId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyProperties?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyHappensAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLinkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLinkedRecordCachedName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLinkedRecordId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyProperties?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesHappensAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLinkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLinkedRecordCachedName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLinkedRecordId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesProperties?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxHappensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minHappensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyHappensAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLinkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLinkedRecordCachedName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLinkedRecordId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyProperties?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyHappensAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLinkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLinkedRecordCachedName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLinkedRecordId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyProperties?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityConnection'] = ResolversParentTypes['TimelineActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityEdge'] = ResolversParentTypes['TimelineActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineActivity'], ParentType, ContextType>;
};

export type TimelineActivityGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityGroup'] = ResolversParentTypes['TimelineActivityGroup']> = {
  aggregate?: Resolver<ResolversTypes['TimelineActivityAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['TimelineActivityGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['TimelineActivity']>, ParentType, ContextType>;
};

export type TimelineActivityGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityGroupByResult'] = ResolversParentTypes['TimelineActivityGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['TimelineActivityGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type TimelineActivityGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityGroupKey'] = ResolversParentTypes['TimelineActivityGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  happensAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedObjectMetadataId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  linkedRecordCachedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedRecordId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  targetCompanyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  targetNoteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  targetOpportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  targetPersonId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  targetTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  targetTaskId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
  workspaceMemberId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type ViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['View'] = ResolversParentTypes['View']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  groupByFieldMetadataId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isCompact?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectMetadataId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  openRecordIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type WorkspaceMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMember'] = ResolversParentTypes['WorkspaceMember']> = {
  accountOwnerForCompanies?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, Partial<WorkspaceMemberAccountOwnerForCompaniesArgs>>;
  assignedTasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<WorkspaceMemberAssignedTasksArgs>>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calendarEventParticipants?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantConnection']>, ParentType, ContextType, Partial<WorkspaceMemberCalendarEventParticipantsArgs>>;
  calendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  colorScheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  dateFormat?: Resolver<Maybe<ResolversTypes['WorkspaceMemberDateFormatEnum']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<WorkspaceMemberFavoritesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageParticipants?: Resolver<Maybe<ResolversTypes['MessageParticipantConnection']>, ParentType, ContextType, Partial<WorkspaceMemberMessageParticipantsArgs>>;
  name?: Resolver<Maybe<ResolversTypes['FullName']>, ParentType, ContextType>;
  numberFormat?: Resolver<Maybe<ResolversTypes['WorkspaceMemberNumberFormatEnum']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timeFormat?: Resolver<Maybe<ResolversTypes['WorkspaceMemberTimeFormatEnum']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<WorkspaceMemberTimelineActivitiesArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  userEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkspaceMemberAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberAggregate'] = ResolversParentTypes['WorkspaceMemberAggregate']> = {
  avgCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCalendarStartDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyColorScheme?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDateFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyLocale?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyNumberFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyTimeFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyTimeZone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUserEmail?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countEmptyUserId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCalendarStartDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyColorScheme?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDateFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyLocale?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyNumberFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyTimeFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyTimeZone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUserEmail?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countNotEmptyUserId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesAvatarUrl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCalendarStartDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesColorScheme?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesCreatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDateFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesDeletedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesLocale?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesName?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesNumberFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesTimeFormat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesTimeZone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUpdatedBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUserEmail?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countUniqueValuesUserId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minCreatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  percentageEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyColorScheme?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDateFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyLocale?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyNumberFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyTimeFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyTimeZone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUserEmail?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageEmptyUserId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyAvatarUrl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyColorScheme?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyCreatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDateFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyDeletedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyLocale?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyName?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyNumberFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyTimeFormat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyTimeZone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUpdatedBy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUserEmail?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentageNotEmptyUserId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sumCalendarStartDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkspaceMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberConnection'] = ResolversParentTypes['WorkspaceMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkspaceMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkspaceMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberEdge'] = ResolversParentTypes['WorkspaceMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkspaceMember'], ParentType, ContextType>;
};

export type WorkspaceMemberGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberGroup'] = ResolversParentTypes['WorkspaceMemberGroup']> = {
  aggregate?: Resolver<ResolversTypes['WorkspaceMemberAggregate'], ParentType, ContextType>;
  groupByDimensionValues?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['WorkspaceMemberGroupKey'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['WorkspaceMember']>, ParentType, ContextType>;
};

export type WorkspaceMemberGroupByResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberGroupByResult'] = ResolversParentTypes['WorkspaceMemberGroupByResult']> = {
  groups?: Resolver<Array<ResolversTypes['WorkspaceMemberGroup']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['AggregateReport'], ParentType, ContextType>;
};

export type WorkspaceMemberGroupKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberGroupKey'] = ResolversParentTypes['WorkspaceMemberGroupKey']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  AggregateReport?: AggregateReportResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentAggregate?: AttachmentAggregateResolvers<ContextType>;
  AttachmentConnection?: AttachmentConnectionResolvers<ContextType>;
  AttachmentEdge?: AttachmentEdgeResolvers<ContextType>;
  AttachmentGroup?: AttachmentGroupResolvers<ContextType>;
  AttachmentGroupByResult?: AttachmentGroupByResultResolvers<ContextType>;
  AttachmentGroupKey?: AttachmentGroupKeyResolvers<ContextType>;
  BatchFailure?: BatchFailureResolvers<ContextType>;
  BulkWriteFailure?: BulkWriteFailureResolvers<ContextType>;
  BulkWriteResult?: BulkWriteResultResolvers<ContextType>;
  CalendarEvent?: CalendarEventResolvers<ContextType>;
  CalendarEventAggregate?: CalendarEventAggregateResolvers<ContextType>;
  CalendarEventConnection?: CalendarEventConnectionResolvers<ContextType>;
  CalendarEventEdge?: CalendarEventEdgeResolvers<ContextType>;
  CalendarEventGroup?: CalendarEventGroupResolvers<ContextType>;
  CalendarEventGroupByResult?: CalendarEventGroupByResultResolvers<ContextType>;
  CalendarEventGroupKey?: CalendarEventGroupKeyResolvers<ContextType>;
  CalendarEventParticipant?: CalendarEventParticipantResolvers<ContextType>;
  CalendarEventParticipantAggregate?: CalendarEventParticipantAggregateResolvers<ContextType>;
  CalendarEventParticipantConnection?: CalendarEventParticipantConnectionResolvers<ContextType>;
  CalendarEventParticipantEdge?: CalendarEventParticipantEdgeResolvers<ContextType>;
  CalendarEventParticipantGroup?: CalendarEventParticipantGroupResolvers<ContextType>;
  CalendarEventParticipantGroupByResult?: CalendarEventParticipantGroupByResultResolvers<ContextType>;
  CalendarEventParticipantGroupKey?: CalendarEventParticipantGroupKeyResolvers<ContextType>;
  ChangedRecord?: ChangedRecordResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyAggregate?: CompanyAggregateResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanyGroup?: CompanyGroupResolvers<ContextType>;
  CompanyGroupByResult?: CompanyGroupByResultResolvers<ContextType>;
  CompanyGroupKey?: CompanyGroupKeyResolvers<ContextType>;
  CreateCompaniesPayload?: CreateCompaniesPayloadResolvers<ContextType>;
  CreateNotesPayload?: CreateNotesPayloadResolvers<ContextType>;
  CreateOpportunitiesPayload?: CreateOpportunitiesPayloadResolvers<ContextType>;
  CreatePeoplePayload?: CreatePeoplePayloadResolvers<ContextType>;
  CreateTasksPayload?: CreateTasksPayloadResolvers<ContextType>;
  Currency?: CurrencyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletedRecord?: DeletedRecordResolvers<ContextType>;
  Emails?: EmailsResolvers<ContextType>;
  Favorite?: FavoriteResolvers<ContextType>;
  FavoriteAggregate?: FavoriteAggregateResolvers<ContextType>;
  FavoriteConnection?: FavoriteConnectionResolvers<ContextType>;
  FavoriteEdge?: FavoriteEdgeResolvers<ContextType>;
  FavoriteGroup?: FavoriteGroupResolvers<ContextType>;
  FavoriteGroupByResult?: FavoriteGroupByResultResolvers<ContextType>;
  FavoriteGroupKey?: FavoriteGroupKeyResolvers<ContextType>;
  FieldMetadata?: FieldMetadataResolvers<ContextType>;
  FieldOption?: FieldOptionResolvers<ContextType>;
  FullName?: FullNameResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  Links?: LinksResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageAggregate?: MessageAggregateResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageGroup?: MessageGroupResolvers<ContextType>;
  MessageGroupByResult?: MessageGroupByResultResolvers<ContextType>;
  MessageGroupKey?: MessageGroupKeyResolvers<ContextType>;
  MessageParticipant?: MessageParticipantResolvers<ContextType>;
  MessageParticipantAggregate?: MessageParticipantAggregateResolvers<ContextType>;
  MessageParticipantConnection?: MessageParticipantConnectionResolvers<ContextType>;
  MessageParticipantEdge?: MessageParticipantEdgeResolvers<ContextType>;
  MessageParticipantGroup?: MessageParticipantGroupResolvers<ContextType>;
  MessageParticipantGroupByResult?: MessageParticipantGroupByResultResolvers<ContextType>;
  MessageParticipantGroupKey?: MessageParticipantGroupKeyResolvers<ContextType>;
  MessageThread?: MessageThreadResolvers<ContextType>;
  MessageThreadAggregate?: MessageThreadAggregateResolvers<ContextType>;
  MessageThreadConnection?: MessageThreadConnectionResolvers<ContextType>;
  MessageThreadEdge?: MessageThreadEdgeResolvers<ContextType>;
  MessageThreadGroup?: MessageThreadGroupResolvers<ContextType>;
  MessageThreadGroupByResult?: MessageThreadGroupByResultResolvers<ContextType>;
  MessageThreadGroupKey?: MessageThreadGroupKeyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteAggregate?: NoteAggregateResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  NoteGroup?: NoteGroupResolvers<ContextType>;
  NoteGroupByResult?: NoteGroupByResultResolvers<ContextType>;
  NoteGroupKey?: NoteGroupKeyResolvers<ContextType>;
  NoteTarget?: NoteTargetResolvers<ContextType>;
  NoteTargetAggregate?: NoteTargetAggregateResolvers<ContextType>;
  NoteTargetConnection?: NoteTargetConnectionResolvers<ContextType>;
  NoteTargetEdge?: NoteTargetEdgeResolvers<ContextType>;
  NoteTargetGroup?: NoteTargetGroupResolvers<ContextType>;
  NoteTargetGroupByResult?: NoteTargetGroupByResultResolvers<ContextType>;
  NoteTargetGroupKey?: NoteTargetGroupKeyResolvers<ContextType>;
  ObjectMetadata?: ObjectMetadataResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityAggregate?: OpportunityAggregateResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  OpportunityGroup?: OpportunityGroupResolvers<ContextType>;
  OpportunityGroupByResult?: OpportunityGroupByResultResolvers<ContextType>;
  OpportunityGroupKey?: OpportunityGroupKeyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonAggregate?: PersonAggregateResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonGroup?: PersonGroupResolvers<ContextType>;
  PersonGroupByResult?: PersonGroupByResultResolvers<ContextType>;
  PersonGroupKey?: PersonGroupKeyResolvers<ContextType>;
  Phones?: PhonesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordChange?: RecordChangeResolvers<ContextType>;
  RichText?: RichTextResolvers<ContextType>;
  SearchCount?: SearchCountResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchRecord?: SearchRecordResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskAggregate?: TaskAggregateResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskGroup?: TaskGroupResolvers<ContextType>;
  TaskGroupByResult?: TaskGroupByResultResolvers<ContextType>;
  TaskGroupKey?: TaskGroupKeyResolvers<ContextType>;
  TaskTarget?: TaskTargetResolvers<ContextType>;
  TaskTargetAggregate?: TaskTargetAggregateResolvers<ContextType>;
  TaskTargetConnection?: TaskTargetConnectionResolvers<ContextType>;
  TaskTargetEdge?: TaskTargetEdgeResolvers<ContextType>;
  TaskTargetGroup?: TaskTargetGroupResolvers<ContextType>;
  TaskTargetGroupByResult?: TaskTargetGroupByResultResolvers<ContextType>;
  TaskTargetGroupKey?: TaskTargetGroupKeyResolvers<ContextType>;
  TimelineActivity?: TimelineActivityResolvers<ContextType>;
  TimelineActivityAggregate?: TimelineActivityAggregateResolvers<ContextType>;
  TimelineActivityConnection?: TimelineActivityConnectionResolvers<ContextType>;
  TimelineActivityEdge?: TimelineActivityEdgeResolvers<ContextType>;
  TimelineActivityGroup?: TimelineActivityGroupResolvers<ContextType>;
  TimelineActivityGroupByResult?: TimelineActivityGroupByResultResolvers<ContextType>;
  TimelineActivityGroupKey?: TimelineActivityGroupKeyResolvers<ContextType>;
  UUID?: GraphQLScalarType;
  View?: ViewResolvers<ContextType>;
  WorkspaceMember?: WorkspaceMemberResolvers<ContextType>;
  WorkspaceMemberAggregate?: WorkspaceMemberAggregateResolvers<ContextType>;
  WorkspaceMemberConnection?: WorkspaceMemberConnectionResolvers<ContextType>;
  WorkspaceMemberEdge?: WorkspaceMemberEdgeResolvers<ContextType>;
  WorkspaceMemberGroup?: WorkspaceMemberGroupResolvers<ContextType>;
  WorkspaceMemberGroupByResult?: WorkspaceMemberGroupByResultResolvers<ContextType>;
  WorkspaceMemberGroupKey?: WorkspaceMemberGroupKeyResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  relation?: RelationDirectiveResolver<any, any, ContextType>;
  searchable?: SearchableDirectiveResolver<any, any, ContextType>;
};
