import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TwentyCompany, TwentyPerson, TwentyOpportunity, TwentyNote, TwentyNoteTarget, TwentyTask, TwentyTaskTarget, TwentyWorkspaceMember, TwentyAttachment, TwentyObjectMetadata, TwentyFieldMetadata } from '../twenty/types.js';
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
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  fileCategory?: InputMaybe<AttachmentFileCategoryEnumFilter>;
  fullPath?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<AttachmentFilter>;
  noteId?: InputMaybe<UuidFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<AttachmentFilter>>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  calendarEventId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  displayName?: InputMaybe<StringFilter>;
  handle?: InputMaybe<StringFilter>;
  id?: InputMaybe<UuidFilter>;
  isOrganizer?: InputMaybe<BooleanFilter>;
  not?: InputMaybe<CalendarEventParticipantFilter>;
  or?: InputMaybe<Array<CalendarEventParticipantFilter>>;
  personId?: InputMaybe<UuidFilter>;
  responseStatus?: InputMaybe<CalendarEventParticipantResponseStatusEnumFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
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
  accountOwnerId?: InputMaybe<UuidFilter>;
  address?: InputMaybe<AddressFilter>;
  and?: InputMaybe<Array<CompanyFilter>>;
  annualRecurringRevenue?: InputMaybe<CurrencyFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  domainName?: InputMaybe<LinksFilter>;
  employees?: InputMaybe<FloatFilter>;
  id?: InputMaybe<UuidFilter>;
  idealCustomerProfile?: InputMaybe<BooleanFilter>;
  linkedinLink?: InputMaybe<LinksFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<CompanyFilter>;
  or?: InputMaybe<Array<CompanyFilter>>;
  position?: InputMaybe<FloatFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  xLink?: InputMaybe<LinksFilter>;
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
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  forWorkspaceMemberId?: InputMaybe<UuidFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<FavoriteFilter>;
  noteId?: InputMaybe<UuidFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<FavoriteFilter>>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  viewId?: InputMaybe<UuidFilter>;
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
  messageThreadId?: InputMaybe<UuidFilter>;
  not?: InputMaybe<MessageFilter>;
  or?: InputMaybe<Array<MessageFilter>>;
  receivedAt?: InputMaybe<DateTimeFilter>;
  subject?: InputMaybe<StringFilter>;
  text?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
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
  messageId?: InputMaybe<UuidFilter>;
  not?: InputMaybe<MessageParticipantFilter>;
  or?: InputMaybe<Array<MessageParticipantFilter>>;
  personId?: InputMaybe<UuidFilter>;
  role?: InputMaybe<MessageParticipantRoleEnumFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
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
  not?: InputMaybe<MessageThreadFilter>;
  or?: InputMaybe<Array<MessageThreadFilter>>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key: set exactly one field. Ties are broken by `id`. */
export type MessageThreadOrderBy = {
  createdAt?: InputMaybe<OrderByDirection>;
  deletedAt?: InputMaybe<OrderByDirection>;
  id?: InputMaybe<OrderByDirection>;
  updatedAt?: InputMaybe<OrderByDirection>;
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
  /** Moves a Company record to the trash (soft delete); `restoreCompany` brings it back. */
  deleteCompany?: Maybe<DeletedRecord>;
  /** Deletes a custom field and its values. */
  deleteField?: Maybe<DeletedRecord>;
  /** Moves a Note record to the trash (soft delete); `restoreNote` brings it back. */
  deleteNote?: Maybe<DeletedRecord>;
  /**
   * Deletes a custom object. Twenty requires it to be deactivated first (`updateObject` with
   * `isActive: false`).
   */
  deleteObject?: Maybe<DeletedRecord>;
  /** Moves a Opportunity record to the trash (soft delete); `restoreOpportunity` brings it back. */
  deleteOpportunity?: Maybe<DeletedRecord>;
  /** Moves a Person record to the trash (soft delete); `restorePerson` brings it back. */
  deletePerson?: Maybe<DeletedRecord>;
  /** Moves a Task record to the trash (soft delete); `restoreTask` brings it back. */
  deleteTask?: Maybe<DeletedRecord>;
  /** Deletes a Company record permanently. */
  destroyCompany?: Maybe<DeletedRecord>;
  /** Deletes a Note record permanently. */
  destroyNote?: Maybe<DeletedRecord>;
  /** Deletes a Opportunity record permanently. */
  destroyOpportunity?: Maybe<DeletedRecord>;
  /** Deletes a Person record permanently. */
  destroyPerson?: Maybe<DeletedRecord>;
  /** Deletes a Task record permanently. */
  destroyTask?: Maybe<DeletedRecord>;
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
  /** Brings a Company record back from the trash. */
  restoreCompany?: Maybe<Company>;
  /** Brings a Note record back from the trash. */
  restoreNote?: Maybe<Note>;
  /** Brings a Opportunity record back from the trash. */
  restoreOpportunity?: Maybe<Opportunity>;
  /** Brings a Person record back from the trash. */
  restorePerson?: Maybe<Person>;
  /** Brings a Task record back from the trash. */
  restoreTask?: Maybe<Task>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateCompany?: Maybe<Company>;
  /** Changes a field's label, description, options or default, or (de)activates it. */
  updateField?: Maybe<FieldMetadata>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateNote?: Maybe<Note>;
  /** Changes an object's names, labels or description, or (de)activates it. */
  updateObject?: Maybe<ObjectMetadata>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateOpportunity?: Maybe<Opportunity>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updatePerson?: Maybe<Person>;
  /** Changes the fields given in `data`; an explicit null clears a field. */
  updateTask?: Maybe<Task>;
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
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<NoteFilter>;
  or?: InputMaybe<Array<NoteFilter>>;
  position?: InputMaybe<FloatFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<NoteTargetFilter>;
  noteId?: InputMaybe<UuidFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<NoteTargetFilter>>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  closeDate?: InputMaybe<DateTimeFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<OpportunityFilter>;
  or?: InputMaybe<Array<OpportunityFilter>>;
  pointOfContactId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  stage?: InputMaybe<OpportunityStageEnumFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  avatarUrl?: InputMaybe<StringFilter>;
  city?: InputMaybe<StringFilter>;
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  emails?: InputMaybe<EmailsFilter>;
  id?: InputMaybe<UuidFilter>;
  jobTitle?: InputMaybe<StringFilter>;
  linkedinLink?: InputMaybe<LinksFilter>;
  name?: InputMaybe<FullNameFilter>;
  not?: InputMaybe<PersonFilter>;
  or?: InputMaybe<Array<PersonFilter>>;
  phones?: InputMaybe<PhonesFilter>;
  position?: InputMaybe<FloatFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  xLink?: InputMaybe<LinksFilter>;
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
  /** One CalendarEvent by id, or null when it does not exist (or is in the trash). */
  calendarEvent?: Maybe<CalendarEvent>;
  /** One CalendarEventParticipant by id, or null when it does not exist (or is in the trash). */
  calendarEventParticipant?: Maybe<CalendarEventParticipant>;
  /** CalendarEventParticipant records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  calendarEventParticipants?: Maybe<CalendarEventParticipantConnection>;
  /** CalendarEvent records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  calendarEvents?: Maybe<CalendarEventConnection>;
  /** Company records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  companies?: Maybe<CompanyConnection>;
  /** One Company by id, or null when it does not exist (or is in the trash). */
  company?: Maybe<Company>;
  /** One Favorite by id, or null when it does not exist (or is in the trash). */
  favorite?: Maybe<Favorite>;
  /** Favorite records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  favorites?: Maybe<FavoriteConnection>;
  /** Fields of every object, or of one object when `objectId` is given. */
  fields?: Maybe<Array<FieldMetadata>>;
  /** One Message by id, or null when it does not exist (or is in the trash). */
  message?: Maybe<Message>;
  /** One MessageParticipant by id, or null when it does not exist (or is in the trash). */
  messageParticipant?: Maybe<MessageParticipant>;
  /** MessageParticipant records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messageParticipants?: Maybe<MessageParticipantConnection>;
  /** One MessageThread by id, or null when it does not exist (or is in the trash). */
  messageThread?: Maybe<MessageThread>;
  /** MessageThread records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messageThreads?: Maybe<MessageThreadConnection>;
  /** Message records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  messages?: Maybe<MessageConnection>;
  /** One Note by id, or null when it does not exist (or is in the trash). */
  note?: Maybe<Note>;
  /** One NoteTarget by id, or null when it does not exist (or is in the trash). */
  noteTarget?: Maybe<NoteTarget>;
  /** NoteTarget records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  noteTargets?: Maybe<NoteTargetConnection>;
  /** Note records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  notes?: Maybe<NoteConnection>;
  /** One object, by id or by singular name (exactly one of the two), or null when there is none. */
  object?: Maybe<ObjectMetadata>;
  /** The workspace's objects with their fields. Optional arguments filter the list. */
  objects?: Maybe<Array<ObjectMetadata>>;
  /** Opportunity records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  opportunities?: Maybe<OpportunityConnection>;
  /** One Opportunity by id, or null when it does not exist (or is in the trash). */
  opportunity?: Maybe<Opportunity>;
  /** Person records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  people?: Maybe<PersonConnection>;
  /** One Person by id, or null when it does not exist (or is in the trash). */
  person?: Maybe<Person>;
  /** Always true: lets a client check that it reaches twenty-bff without spending an upstream call. */
  ping: Scalars['Boolean']['output'];
  /** One Task by id, or null when it does not exist (or is in the trash). */
  task?: Maybe<Task>;
  /** One TaskTarget by id, or null when it does not exist (or is in the trash). */
  taskTarget?: Maybe<TaskTarget>;
  /** TaskTarget records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  taskTargets?: Maybe<TaskTargetConnection>;
  /** Task records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  tasks?: Maybe<TaskConnection>;
  /** TimelineActivity records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  timelineActivities?: Maybe<TimelineActivityConnection>;
  /** One TimelineActivity by id, or null when it does not exist (or is in the trash). */
  timelineActivity?: Maybe<TimelineActivity>;
  /** One WorkspaceMember by id, or null when it does not exist (or is in the trash). */
  workspaceMember?: Maybe<WorkspaceMember>;
  /** WorkspaceMember records as a Relay connection: `first`/`after` pages forward, `last`/`before` backward, `last` alone gives the final records. */
  workspaceMembers?: Maybe<WorkspaceMemberConnection>;
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
export type QueryCompanyArgs = {
  id: Scalars['UUID']['input'];
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
export type QueryPersonArgs = {
  id: Scalars['UUID']['input'];
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
export type QueryTimelineActivityArgs = {
  id: Scalars['UUID']['input'];
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
  assigneeId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  dueAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<TaskFilter>;
  or?: InputMaybe<Array<TaskFilter>>;
  position?: InputMaybe<FloatFilter>;
  status?: InputMaybe<TaskStatusEnumFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  companyId?: InputMaybe<UuidFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  not?: InputMaybe<TaskTargetFilter>;
  opportunityId?: InputMaybe<UuidFilter>;
  or?: InputMaybe<Array<TaskTargetFilter>>;
  personId?: InputMaybe<UuidFilter>;
  position?: InputMaybe<FloatFilter>;
  taskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
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
  targetCompanyId?: InputMaybe<UuidFilter>;
  targetNoteId?: InputMaybe<UuidFilter>;
  targetOpportunityId?: InputMaybe<UuidFilter>;
  targetPersonId?: InputMaybe<UuidFilter>;
  targetTaskId?: InputMaybe<UuidFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  workspaceMemberId?: InputMaybe<UuidFilter>;
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
  and?: InputMaybe<Array<WorkspaceMemberFilter>>;
  avatarUrl?: InputMaybe<StringFilter>;
  calendarStartDay?: InputMaybe<FloatFilter>;
  colorScheme?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  createdBy?: InputMaybe<ActorFilter>;
  dateFormat?: InputMaybe<WorkspaceMemberDateFormatEnumFilter>;
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<UuidFilter>;
  locale?: InputMaybe<StringFilter>;
  name?: InputMaybe<FullNameFilter>;
  not?: InputMaybe<WorkspaceMemberFilter>;
  numberFormat?: InputMaybe<WorkspaceMemberNumberFormatEnumFilter>;
  or?: InputMaybe<Array<WorkspaceMemberFilter>>;
  position?: InputMaybe<FloatFilter>;
  timeFormat?: InputMaybe<WorkspaceMemberTimeFormatEnumFilter>;
  timeZone?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  updatedBy?: InputMaybe<ActorFilter>;
  userEmail?: InputMaybe<StringFilter>;
  userId?: InputMaybe<UuidFilter>;
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
    | ( TwentyAttachment )
    | ( Omit<CalendarEvent, 'calendarEventParticipants'> & { calendarEventParticipants?: Maybe<_RefType['CalendarEventParticipantConnection']> } )
    | ( Omit<CalendarEventParticipant, 'calendarEvent' | 'person' | 'workspaceMember'> & { calendarEvent?: Maybe<_RefType['CalendarEvent']>, person?: Maybe<_RefType['Person']>, workspaceMember?: Maybe<_RefType['WorkspaceMember']> } )
    | ( TwentyCompany )
    | ( Omit<Favorite, 'company' | 'forWorkspaceMember' | 'note' | 'opportunity' | 'person' | 'task'> & { company?: Maybe<_RefType['Company']>, forWorkspaceMember?: Maybe<_RefType['WorkspaceMember']>, note?: Maybe<_RefType['Note']>, opportunity?: Maybe<_RefType['Opportunity']>, person?: Maybe<_RefType['Person']>, task?: Maybe<_RefType['Task']> } )
    | ( Omit<Message, 'messageParticipants' | 'messageThread'> & { messageParticipants?: Maybe<_RefType['MessageParticipantConnection']>, messageThread?: Maybe<_RefType['MessageThread']> } )
    | ( Omit<MessageParticipant, 'message' | 'person' | 'workspaceMember'> & { message?: Maybe<_RefType['Message']>, person?: Maybe<_RefType['Person']>, workspaceMember?: Maybe<_RefType['WorkspaceMember']> } )
    | ( Omit<MessageThread, 'messages'> & { messages?: Maybe<_RefType['MessageConnection']> } )
    | ( TwentyNote )
    | ( TwentyNoteTarget )
    | ( TwentyOpportunity )
    | ( TwentyPerson )
    | ( TwentyTask )
    | ( TwentyTaskTarget )
    | ( Omit<TimelineActivity, 'targetCompany' | 'targetNote' | 'targetOpportunity' | 'targetPerson' | 'targetTask' | 'workspaceMember'> & { targetCompany?: Maybe<_RefType['Company']>, targetNote?: Maybe<_RefType['Note']>, targetOpportunity?: Maybe<_RefType['Opportunity']>, targetPerson?: Maybe<_RefType['Person']>, targetTask?: Maybe<_RefType['Task']>, workspaceMember?: Maybe<_RefType['WorkspaceMember']> } )
    | ( TwentyWorkspaceMember )
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
  Attachment: ResolverTypeWrapper<TwentyAttachment>;
  AttachmentConnection: ResolverTypeWrapper<Omit<AttachmentConnection, 'edges'> & { edges: Array<ResolversTypes['AttachmentEdge']> }>;
  AttachmentEdge: ResolverTypeWrapper<Omit<AttachmentEdge, 'node'> & { node: ResolversTypes['Attachment'] }>;
  AttachmentFileCategoryEnum: AttachmentFileCategoryEnum;
  AttachmentFileCategoryEnumFilter: AttachmentFileCategoryEnumFilter;
  AttachmentFilter: AttachmentFilter;
  AttachmentOrderBy: AttachmentOrderBy;
  BatchFailure: ResolverTypeWrapper<BatchFailure>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanFilter: BooleanFilter;
  CalendarEvent: ResolverTypeWrapper<Omit<CalendarEvent, 'calendarEventParticipants'> & { calendarEventParticipants?: Maybe<ResolversTypes['CalendarEventParticipantConnection']> }>;
  CalendarEventConnection: ResolverTypeWrapper<Omit<CalendarEventConnection, 'edges'> & { edges: Array<ResolversTypes['CalendarEventEdge']> }>;
  CalendarEventEdge: ResolverTypeWrapper<Omit<CalendarEventEdge, 'node'> & { node: ResolversTypes['CalendarEvent'] }>;
  CalendarEventFilter: CalendarEventFilter;
  CalendarEventOrderBy: CalendarEventOrderBy;
  CalendarEventParticipant: ResolverTypeWrapper<Omit<CalendarEventParticipant, 'calendarEvent' | 'person' | 'workspaceMember'> & { calendarEvent?: Maybe<ResolversTypes['CalendarEvent']>, person?: Maybe<ResolversTypes['Person']>, workspaceMember?: Maybe<ResolversTypes['WorkspaceMember']> }>;
  CalendarEventParticipantConnection: ResolverTypeWrapper<Omit<CalendarEventParticipantConnection, 'edges'> & { edges: Array<ResolversTypes['CalendarEventParticipantEdge']> }>;
  CalendarEventParticipantEdge: ResolverTypeWrapper<Omit<CalendarEventParticipantEdge, 'node'> & { node: ResolversTypes['CalendarEventParticipant'] }>;
  CalendarEventParticipantFilter: CalendarEventParticipantFilter;
  CalendarEventParticipantOrderBy: CalendarEventParticipantOrderBy;
  CalendarEventParticipantResponseStatusEnum: CalendarEventParticipantResponseStatusEnum;
  CalendarEventParticipantResponseStatusEnumFilter: CalendarEventParticipantResponseStatusEnumFilter;
  ChangedRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangedRecord']>;
  Company: ResolverTypeWrapper<TwentyCompany>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanyOrderBy: CompanyOrderBy;
  CreateCompaniesPayload: ResolverTypeWrapper<Omit<CreateCompaniesPayload, 'records'> & { records: Array<Maybe<ResolversTypes['Company']>> }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateFieldInput: CreateFieldInput;
  CreateNoteInput: CreateNoteInput;
  CreateNotesPayload: ResolverTypeWrapper<Omit<CreateNotesPayload, 'records'> & { records: Array<Maybe<ResolversTypes['Note']>> }>;
  CreateObjectInput: CreateObjectInput;
  CreateOpportunitiesPayload: ResolverTypeWrapper<Omit<CreateOpportunitiesPayload, 'records'> & { records: Array<Maybe<ResolversTypes['Opportunity']>> }>;
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePeoplePayload: ResolverTypeWrapper<Omit<CreatePeoplePayload, 'records'> & { records: Array<Maybe<ResolversTypes['Person']>> }>;
  CreatePersonInput: CreatePersonInput;
  CreateTaskInput: CreateTaskInput;
  CreateTasksPayload: ResolverTypeWrapper<Omit<CreateTasksPayload, 'records'> & { records: Array<Maybe<ResolversTypes['Task']>> }>;
  Currency: ResolverTypeWrapper<Currency>;
  CurrencyFilter: CurrencyFilter;
  CurrencyInput: CurrencyInput;
  CurrencyOrderBy: CurrencyOrderBy;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  DeletedRecord: ResolverTypeWrapper<DeletedRecord>;
  Emails: ResolverTypeWrapper<Emails>;
  EmailsFilter: EmailsFilter;
  EmailsInput: EmailsInput;
  EmailsOrderBy: EmailsOrderBy;
  Favorite: ResolverTypeWrapper<Omit<Favorite, 'company' | 'forWorkspaceMember' | 'note' | 'opportunity' | 'person' | 'task'> & { company?: Maybe<ResolversTypes['Company']>, forWorkspaceMember?: Maybe<ResolversTypes['WorkspaceMember']>, note?: Maybe<ResolversTypes['Note']>, opportunity?: Maybe<ResolversTypes['Opportunity']>, person?: Maybe<ResolversTypes['Person']>, task?: Maybe<ResolversTypes['Task']> }>;
  FavoriteConnection: ResolverTypeWrapper<Omit<FavoriteConnection, 'edges'> & { edges: Array<ResolversTypes['FavoriteEdge']> }>;
  FavoriteEdge: ResolverTypeWrapper<Omit<FavoriteEdge, 'node'> & { node: ResolversTypes['Favorite'] }>;
  FavoriteFilter: FavoriteFilter;
  FavoriteOrderBy: FavoriteOrderBy;
  FieldMetadata: ResolverTypeWrapper<TwentyFieldMetadata>;
  FieldOption: ResolverTypeWrapper<FieldOption>;
  FieldOptionInput: FieldOptionInput;
  FilterIs: FilterIs;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatFilter: FloatFilter;
  FullName: ResolverTypeWrapper<FullName>;
  FullNameFilter: FullNameFilter;
  FullNameInput: FullNameInput;
  FullNameOrderBy: FullNameOrderBy;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Link: ResolverTypeWrapper<Link>;
  LinkInput: LinkInput;
  Links: ResolverTypeWrapper<Links>;
  LinksFilter: LinksFilter;
  LinksInput: LinksInput;
  LinksOrderBy: LinksOrderBy;
  Message: ResolverTypeWrapper<Omit<Message, 'messageParticipants' | 'messageThread'> & { messageParticipants?: Maybe<ResolversTypes['MessageParticipantConnection']>, messageThread?: Maybe<ResolversTypes['MessageThread']> }>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageDirectionEnum: MessageDirectionEnum;
  MessageDirectionEnumFilter: MessageDirectionEnumFilter;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageFilter: MessageFilter;
  MessageOrderBy: MessageOrderBy;
  MessageParticipant: ResolverTypeWrapper<Omit<MessageParticipant, 'message' | 'person' | 'workspaceMember'> & { message?: Maybe<ResolversTypes['Message']>, person?: Maybe<ResolversTypes['Person']>, workspaceMember?: Maybe<ResolversTypes['WorkspaceMember']> }>;
  MessageParticipantConnection: ResolverTypeWrapper<Omit<MessageParticipantConnection, 'edges'> & { edges: Array<ResolversTypes['MessageParticipantEdge']> }>;
  MessageParticipantEdge: ResolverTypeWrapper<Omit<MessageParticipantEdge, 'node'> & { node: ResolversTypes['MessageParticipant'] }>;
  MessageParticipantFilter: MessageParticipantFilter;
  MessageParticipantOrderBy: MessageParticipantOrderBy;
  MessageParticipantRoleEnum: MessageParticipantRoleEnum;
  MessageParticipantRoleEnumFilter: MessageParticipantRoleEnumFilter;
  MessageThread: ResolverTypeWrapper<Omit<MessageThread, 'messages'> & { messages?: Maybe<ResolversTypes['MessageConnection']> }>;
  MessageThreadConnection: ResolverTypeWrapper<Omit<MessageThreadConnection, 'edges'> & { edges: Array<ResolversTypes['MessageThreadEdge']> }>;
  MessageThreadEdge: ResolverTypeWrapper<Omit<MessageThreadEdge, 'node'> & { node: ResolversTypes['MessageThread'] }>;
  MessageThreadFilter: MessageThreadFilter;
  MessageThreadOrderBy: MessageThreadOrderBy;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Note: ResolverTypeWrapper<TwentyNote>;
  NoteConnection: ResolverTypeWrapper<Omit<NoteConnection, 'edges'> & { edges: Array<ResolversTypes['NoteEdge']> }>;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  NoteFilter: NoteFilter;
  NoteOrderBy: NoteOrderBy;
  NoteTarget: ResolverTypeWrapper<TwentyNoteTarget>;
  NoteTargetConnection: ResolverTypeWrapper<Omit<NoteTargetConnection, 'edges'> & { edges: Array<ResolversTypes['NoteTargetEdge']> }>;
  NoteTargetEdge: ResolverTypeWrapper<Omit<NoteTargetEdge, 'node'> & { node: ResolversTypes['NoteTarget'] }>;
  NoteTargetFilter: NoteTargetFilter;
  NoteTargetOrderBy: NoteTargetOrderBy;
  ObjectMetadata: ResolverTypeWrapper<TwentyObjectMetadata>;
  Opportunity: ResolverTypeWrapper<TwentyOpportunity>;
  OpportunityConnection: ResolverTypeWrapper<Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversTypes['OpportunityEdge']> }>;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityFilter: OpportunityFilter;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityStageEnum: OpportunityStageEnum;
  OpportunityStageEnumFilter: OpportunityStageEnumFilter;
  OrderByDirection: OrderByDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<TwentyPerson>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrderBy: PersonOrderBy;
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
  SelectFilter: SelectFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TwentyTask>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskOrderBy: TaskOrderBy;
  TaskStatusEnum: TaskStatusEnum;
  TaskStatusEnumFilter: TaskStatusEnumFilter;
  TaskTarget: ResolverTypeWrapper<TwentyTaskTarget>;
  TaskTargetConnection: ResolverTypeWrapper<Omit<TaskTargetConnection, 'edges'> & { edges: Array<ResolversTypes['TaskTargetEdge']> }>;
  TaskTargetEdge: ResolverTypeWrapper<Omit<TaskTargetEdge, 'node'> & { node: ResolversTypes['TaskTarget'] }>;
  TaskTargetFilter: TaskTargetFilter;
  TaskTargetOrderBy: TaskTargetOrderBy;
  TimelineActivity: ResolverTypeWrapper<Omit<TimelineActivity, 'targetCompany' | 'targetNote' | 'targetOpportunity' | 'targetPerson' | 'targetTask' | 'workspaceMember'> & { targetCompany?: Maybe<ResolversTypes['Company']>, targetNote?: Maybe<ResolversTypes['Note']>, targetOpportunity?: Maybe<ResolversTypes['Opportunity']>, targetPerson?: Maybe<ResolversTypes['Person']>, targetTask?: Maybe<ResolversTypes['Task']>, workspaceMember?: Maybe<ResolversTypes['WorkspaceMember']> }>;
  TimelineActivityConnection: ResolverTypeWrapper<Omit<TimelineActivityConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineActivityEdge']> }>;
  TimelineActivityEdge: ResolverTypeWrapper<Omit<TimelineActivityEdge, 'node'> & { node: ResolversTypes['TimelineActivity'] }>;
  TimelineActivityFilter: TimelineActivityFilter;
  TimelineActivityOrderBy: TimelineActivityOrderBy;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UUIDFilter: UuidFilter;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateFieldInput: UpdateFieldInput;
  UpdateNoteInput: UpdateNoteInput;
  UpdateObjectInput: UpdateObjectInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdateTaskInput: UpdateTaskInput;
  WorkspaceMember: ResolverTypeWrapper<TwentyWorkspaceMember>;
  WorkspaceMemberConnection: ResolverTypeWrapper<Omit<WorkspaceMemberConnection, 'edges'> & { edges: Array<ResolversTypes['WorkspaceMemberEdge']> }>;
  WorkspaceMemberDateFormatEnum: WorkspaceMemberDateFormatEnum;
  WorkspaceMemberDateFormatEnumFilter: WorkspaceMemberDateFormatEnumFilter;
  WorkspaceMemberEdge: ResolverTypeWrapper<Omit<WorkspaceMemberEdge, 'node'> & { node: ResolversTypes['WorkspaceMember'] }>;
  WorkspaceMemberFilter: WorkspaceMemberFilter;
  WorkspaceMemberNumberFormatEnum: WorkspaceMemberNumberFormatEnum;
  WorkspaceMemberNumberFormatEnumFilter: WorkspaceMemberNumberFormatEnumFilter;
  WorkspaceMemberOrderBy: WorkspaceMemberOrderBy;
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
  Attachment: TwentyAttachment;
  AttachmentConnection: Omit<AttachmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AttachmentEdge']> };
  AttachmentEdge: Omit<AttachmentEdge, 'node'> & { node: ResolversParentTypes['Attachment'] };
  AttachmentFileCategoryEnumFilter: AttachmentFileCategoryEnumFilter;
  AttachmentFilter: AttachmentFilter;
  AttachmentOrderBy: AttachmentOrderBy;
  BatchFailure: BatchFailure;
  Boolean: Scalars['Boolean']['output'];
  BooleanFilter: BooleanFilter;
  CalendarEvent: Omit<CalendarEvent, 'calendarEventParticipants'> & { calendarEventParticipants?: Maybe<ResolversParentTypes['CalendarEventParticipantConnection']> };
  CalendarEventConnection: Omit<CalendarEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['CalendarEventEdge']> };
  CalendarEventEdge: Omit<CalendarEventEdge, 'node'> & { node: ResolversParentTypes['CalendarEvent'] };
  CalendarEventFilter: CalendarEventFilter;
  CalendarEventOrderBy: CalendarEventOrderBy;
  CalendarEventParticipant: Omit<CalendarEventParticipant, 'calendarEvent' | 'person' | 'workspaceMember'> & { calendarEvent?: Maybe<ResolversParentTypes['CalendarEvent']>, person?: Maybe<ResolversParentTypes['Person']>, workspaceMember?: Maybe<ResolversParentTypes['WorkspaceMember']> };
  CalendarEventParticipantConnection: Omit<CalendarEventParticipantConnection, 'edges'> & { edges: Array<ResolversParentTypes['CalendarEventParticipantEdge']> };
  CalendarEventParticipantEdge: Omit<CalendarEventParticipantEdge, 'node'> & { node: ResolversParentTypes['CalendarEventParticipant'] };
  CalendarEventParticipantFilter: CalendarEventParticipantFilter;
  CalendarEventParticipantOrderBy: CalendarEventParticipantOrderBy;
  CalendarEventParticipantResponseStatusEnumFilter: CalendarEventParticipantResponseStatusEnumFilter;
  ChangedRecord: ResolversUnionTypes<ResolversParentTypes>['ChangedRecord'];
  Company: TwentyCompany;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  CompanyOrderBy: CompanyOrderBy;
  CreateCompaniesPayload: Omit<CreateCompaniesPayload, 'records'> & { records: Array<Maybe<ResolversParentTypes['Company']>> };
  CreateCompanyInput: CreateCompanyInput;
  CreateFieldInput: CreateFieldInput;
  CreateNoteInput: CreateNoteInput;
  CreateNotesPayload: Omit<CreateNotesPayload, 'records'> & { records: Array<Maybe<ResolversParentTypes['Note']>> };
  CreateObjectInput: CreateObjectInput;
  CreateOpportunitiesPayload: Omit<CreateOpportunitiesPayload, 'records'> & { records: Array<Maybe<ResolversParentTypes['Opportunity']>> };
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePeoplePayload: Omit<CreatePeoplePayload, 'records'> & { records: Array<Maybe<ResolversParentTypes['Person']>> };
  CreatePersonInput: CreatePersonInput;
  CreateTaskInput: CreateTaskInput;
  CreateTasksPayload: Omit<CreateTasksPayload, 'records'> & { records: Array<Maybe<ResolversParentTypes['Task']>> };
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
  Favorite: Omit<Favorite, 'company' | 'forWorkspaceMember' | 'note' | 'opportunity' | 'person' | 'task'> & { company?: Maybe<ResolversParentTypes['Company']>, forWorkspaceMember?: Maybe<ResolversParentTypes['WorkspaceMember']>, note?: Maybe<ResolversParentTypes['Note']>, opportunity?: Maybe<ResolversParentTypes['Opportunity']>, person?: Maybe<ResolversParentTypes['Person']>, task?: Maybe<ResolversParentTypes['Task']> };
  FavoriteConnection: Omit<FavoriteConnection, 'edges'> & { edges: Array<ResolversParentTypes['FavoriteEdge']> };
  FavoriteEdge: Omit<FavoriteEdge, 'node'> & { node: ResolversParentTypes['Favorite'] };
  FavoriteFilter: FavoriteFilter;
  FavoriteOrderBy: FavoriteOrderBy;
  FieldMetadata: TwentyFieldMetadata;
  FieldOption: FieldOption;
  FieldOptionInput: FieldOptionInput;
  Float: Scalars['Float']['output'];
  FloatFilter: FloatFilter;
  FullName: FullName;
  FullNameFilter: FullNameFilter;
  FullNameInput: FullNameInput;
  FullNameOrderBy: FullNameOrderBy;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Link: Link;
  LinkInput: LinkInput;
  Links: Links;
  LinksFilter: LinksFilter;
  LinksInput: LinksInput;
  LinksOrderBy: LinksOrderBy;
  Message: Omit<Message, 'messageParticipants' | 'messageThread'> & { messageParticipants?: Maybe<ResolversParentTypes['MessageParticipantConnection']>, messageThread?: Maybe<ResolversParentTypes['MessageThread']> };
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageDirectionEnumFilter: MessageDirectionEnumFilter;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageFilter: MessageFilter;
  MessageOrderBy: MessageOrderBy;
  MessageParticipant: Omit<MessageParticipant, 'message' | 'person' | 'workspaceMember'> & { message?: Maybe<ResolversParentTypes['Message']>, person?: Maybe<ResolversParentTypes['Person']>, workspaceMember?: Maybe<ResolversParentTypes['WorkspaceMember']> };
  MessageParticipantConnection: Omit<MessageParticipantConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageParticipantEdge']> };
  MessageParticipantEdge: Omit<MessageParticipantEdge, 'node'> & { node: ResolversParentTypes['MessageParticipant'] };
  MessageParticipantFilter: MessageParticipantFilter;
  MessageParticipantOrderBy: MessageParticipantOrderBy;
  MessageParticipantRoleEnumFilter: MessageParticipantRoleEnumFilter;
  MessageThread: Omit<MessageThread, 'messages'> & { messages?: Maybe<ResolversParentTypes['MessageConnection']> };
  MessageThreadConnection: Omit<MessageThreadConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageThreadEdge']> };
  MessageThreadEdge: Omit<MessageThreadEdge, 'node'> & { node: ResolversParentTypes['MessageThread'] };
  MessageThreadFilter: MessageThreadFilter;
  MessageThreadOrderBy: MessageThreadOrderBy;
  Mutation: Record<PropertyKey, never>;
  Note: TwentyNote;
  NoteConnection: Omit<NoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteEdge']> };
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  NoteFilter: NoteFilter;
  NoteOrderBy: NoteOrderBy;
  NoteTarget: TwentyNoteTarget;
  NoteTargetConnection: Omit<NoteTargetConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteTargetEdge']> };
  NoteTargetEdge: Omit<NoteTargetEdge, 'node'> & { node: ResolversParentTypes['NoteTarget'] };
  NoteTargetFilter: NoteTargetFilter;
  NoteTargetOrderBy: NoteTargetOrderBy;
  ObjectMetadata: TwentyObjectMetadata;
  Opportunity: TwentyOpportunity;
  OpportunityConnection: Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpportunityEdge']> };
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  OpportunityFilter: OpportunityFilter;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityStageEnumFilter: OpportunityStageEnumFilter;
  PageInfo: PageInfo;
  Person: TwentyPerson;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrderBy: PersonOrderBy;
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
  SelectFilter: SelectFilter;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
  Subscription: Record<PropertyKey, never>;
  Task: TwentyTask;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskOrderBy: TaskOrderBy;
  TaskStatusEnumFilter: TaskStatusEnumFilter;
  TaskTarget: TwentyTaskTarget;
  TaskTargetConnection: Omit<TaskTargetConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskTargetEdge']> };
  TaskTargetEdge: Omit<TaskTargetEdge, 'node'> & { node: ResolversParentTypes['TaskTarget'] };
  TaskTargetFilter: TaskTargetFilter;
  TaskTargetOrderBy: TaskTargetOrderBy;
  TimelineActivity: Omit<TimelineActivity, 'targetCompany' | 'targetNote' | 'targetOpportunity' | 'targetPerson' | 'targetTask' | 'workspaceMember'> & { targetCompany?: Maybe<ResolversParentTypes['Company']>, targetNote?: Maybe<ResolversParentTypes['Note']>, targetOpportunity?: Maybe<ResolversParentTypes['Opportunity']>, targetPerson?: Maybe<ResolversParentTypes['Person']>, targetTask?: Maybe<ResolversParentTypes['Task']>, workspaceMember?: Maybe<ResolversParentTypes['WorkspaceMember']> };
  TimelineActivityConnection: Omit<TimelineActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineActivityEdge']> };
  TimelineActivityEdge: Omit<TimelineActivityEdge, 'node'> & { node: ResolversParentTypes['TimelineActivity'] };
  TimelineActivityFilter: TimelineActivityFilter;
  TimelineActivityOrderBy: TimelineActivityOrderBy;
  UUID: Scalars['UUID']['output'];
  UUIDFilter: UuidFilter;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateFieldInput: UpdateFieldInput;
  UpdateNoteInput: UpdateNoteInput;
  UpdateObjectInput: UpdateObjectInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdateTaskInput: UpdateTaskInput;
  WorkspaceMember: TwentyWorkspaceMember;
  WorkspaceMemberConnection: Omit<WorkspaceMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkspaceMemberEdge']> };
  WorkspaceMemberDateFormatEnumFilter: WorkspaceMemberDateFormatEnumFilter;
  WorkspaceMemberEdge: Omit<WorkspaceMemberEdge, 'node'> & { node: ResolversParentTypes['WorkspaceMember'] };
  WorkspaceMemberFilter: WorkspaceMemberFilter;
  WorkspaceMemberNumberFormatEnumFilter: WorkspaceMemberNumberFormatEnumFilter;
  WorkspaceMemberOrderBy: WorkspaceMemberOrderBy;
  WorkspaceMemberTimeFormatEnumFilter: WorkspaceMemberTimeFormatEnumFilter;
};

export type RelationDirectiveArgs = {
  foreignKey?: Maybe<Scalars['String']['input']>;
  joinColumn?: Maybe<Scalars['String']['input']>;
  through?: Maybe<Scalars['String']['input']>;
};

export type RelationDirectiveResolver<Result, Parent, ContextType = Context, Args = RelationDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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

export type AttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileCategory?: Resolver<Maybe<ResolversTypes['AttachmentFileCategoryEnum']>, ParentType, ContextType>;
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

export type AttachmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentConnection'] = ResolversParentTypes['AttachmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttachmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttachmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentEdge'] = ResolversParentTypes['AttachmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType>;
};

export type BatchFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchFailure'] = ResolversParentTypes['BatchFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indexes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  mayHaveApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upstreamStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  writeOutcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
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

export type CalendarEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventConnection'] = ResolversParentTypes['CalendarEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CalendarEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventEdge'] = ResolversParentTypes['CalendarEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType>;
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

export type CalendarEventParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantConnection'] = ResolversParentTypes['CalendarEventParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CalendarEventParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEventParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEventParticipantEdge'] = ResolversParentTypes['CalendarEventParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEventParticipant'], ParentType, ContextType>;
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

export type CompanyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
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

export type FavoriteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteConnection'] = ResolversParentTypes['FavoriteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FavoriteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FavoriteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FavoriteEdge'] = ResolversParentTypes['FavoriteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Favorite'], ParentType, ContextType>;
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

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
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

export type MessageParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantConnection'] = ResolversParentTypes['MessageParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParticipantEdge'] = ResolversParentTypes['MessageParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageParticipant'], ParentType, ContextType>;
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

export type MessageThreadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadConnection'] = ResolversParentTypes['MessageThreadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageThreadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageThreadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadEdge'] = ResolversParentTypes['MessageThreadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType>;
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
  deleteCompany?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteCompanyArgs, 'id'>>;
  deleteField?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteFieldArgs, 'id'>>;
  deleteNote?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteNoteArgs, 'id'>>;
  deleteObject?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteObjectArgs, 'id'>>;
  deleteOpportunity?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteOpportunityArgs, 'id'>>;
  deletePerson?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeletePersonArgs, 'id'>>;
  deleteTask?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'id'>>;
  destroyCompany?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyCompanyArgs, 'id'>>;
  destroyNote?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyNoteArgs, 'id'>>;
  destroyOpportunity?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyOpportunityArgs, 'id'>>;
  destroyPerson?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyPersonArgs, 'id'>>;
  destroyTask?: Resolver<Maybe<ResolversTypes['DeletedRecord']>, ParentType, ContextType, RequireFields<MutationDestroyTaskArgs, 'id'>>;
  detachNote?: Resolver<Maybe<Array<ResolversTypes['DeletedRecord']>>, ParentType, ContextType, RequireFields<MutationDetachNoteArgs, 'noteId' | 'target'>>;
  detachTask?: Resolver<Maybe<Array<ResolversTypes['DeletedRecord']>>, ParentType, ContextType, RequireFields<MutationDetachTaskArgs, 'target' | 'taskId'>>;
  restoreCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationRestoreCompanyArgs, 'id'>>;
  restoreNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationRestoreNoteArgs, 'id'>>;
  restoreOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationRestoreOpportunityArgs, 'id'>>;
  restorePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationRestorePersonArgs, 'id'>>;
  restoreTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationRestoreTaskArgs, 'id'>>;
  updateCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'data' | 'id'>>;
  updateField?: Resolver<Maybe<ResolversTypes['FieldMetadata']>, ParentType, ContextType, RequireFields<MutationUpdateFieldArgs, 'data' | 'id'>>;
  updateNote?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<MutationUpdateNoteArgs, 'data' | 'id'>>;
  updateObject?: Resolver<Maybe<ResolversTypes['ObjectMetadata']>, ParentType, ContextType, RequireFields<MutationUpdateObjectArgs, 'data' | 'id'>>;
  updateOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'data' | 'id'>>;
  updatePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'data' | 'id'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'data' | 'id'>>;
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

export type NoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
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

export type NoteTargetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetConnection'] = ResolversParentTypes['NoteTargetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteTargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteTargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteTargetEdge'] = ResolversParentTypes['NoteTargetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NoteTarget'], ParentType, ContextType>;
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

export type OpportunityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
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

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
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
  calendarEvent?: Resolver<Maybe<ResolversTypes['CalendarEvent']>, ParentType, ContextType, RequireFields<QueryCalendarEventArgs, 'id'>>;
  calendarEventParticipant?: Resolver<Maybe<ResolversTypes['CalendarEventParticipant']>, ParentType, ContextType, RequireFields<QueryCalendarEventParticipantArgs, 'id'>>;
  calendarEventParticipants?: Resolver<Maybe<ResolversTypes['CalendarEventParticipantConnection']>, ParentType, ContextType, Partial<QueryCalendarEventParticipantsArgs>>;
  calendarEvents?: Resolver<Maybe<ResolversTypes['CalendarEventConnection']>, ParentType, ContextType, Partial<QueryCalendarEventsArgs>>;
  companies?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, Partial<QueryCompaniesArgs>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  favorite?: Resolver<Maybe<ResolversTypes['Favorite']>, ParentType, ContextType, RequireFields<QueryFavoriteArgs, 'id'>>;
  favorites?: Resolver<Maybe<ResolversTypes['FavoriteConnection']>, ParentType, ContextType, Partial<QueryFavoritesArgs>>;
  fields?: Resolver<Maybe<Array<ResolversTypes['FieldMetadata']>>, ParentType, ContextType, Partial<QueryFieldsArgs>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  messageParticipant?: Resolver<Maybe<ResolversTypes['MessageParticipant']>, ParentType, ContextType, RequireFields<QueryMessageParticipantArgs, 'id'>>;
  messageParticipants?: Resolver<Maybe<ResolversTypes['MessageParticipantConnection']>, ParentType, ContextType, Partial<QueryMessageParticipantsArgs>>;
  messageThread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType, RequireFields<QueryMessageThreadArgs, 'id'>>;
  messageThreads?: Resolver<Maybe<ResolversTypes['MessageThreadConnection']>, ParentType, ContextType, Partial<QueryMessageThreadsArgs>>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, Partial<QueryMessagesArgs>>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<QueryNoteArgs, 'id'>>;
  noteTarget?: Resolver<Maybe<ResolversTypes['NoteTarget']>, ParentType, ContextType, RequireFields<QueryNoteTargetArgs, 'id'>>;
  noteTargets?: Resolver<Maybe<ResolversTypes['NoteTargetConnection']>, ParentType, ContextType, Partial<QueryNoteTargetsArgs>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, Partial<QueryNotesArgs>>;
  object?: Resolver<Maybe<ResolversTypes['ObjectMetadata']>, ParentType, ContextType, Partial<QueryObjectArgs>>;
  objects?: Resolver<Maybe<Array<ResolversTypes['ObjectMetadata']>>, ParentType, ContextType, Partial<QueryObjectsArgs>>;
  opportunities?: Resolver<Maybe<ResolversTypes['OpportunityConnection']>, ParentType, ContextType, Partial<QueryOpportunitiesArgs>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  taskTarget?: Resolver<Maybe<ResolversTypes['TaskTarget']>, ParentType, ContextType, RequireFields<QueryTaskTargetArgs, 'id'>>;
  taskTargets?: Resolver<Maybe<ResolversTypes['TaskTargetConnection']>, ParentType, ContextType, Partial<QueryTaskTargetsArgs>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, Partial<QueryTasksArgs>>;
  timelineActivities?: Resolver<Maybe<ResolversTypes['TimelineActivityConnection']>, ParentType, ContextType, Partial<QueryTimelineActivitiesArgs>>;
  timelineActivity?: Resolver<Maybe<ResolversTypes['TimelineActivity']>, ParentType, ContextType, RequireFields<QueryTimelineActivityArgs, 'id'>>;
  workspaceMember?: Resolver<Maybe<ResolversTypes['WorkspaceMember']>, ParentType, ContextType, RequireFields<QueryWorkspaceMemberArgs, 'id'>>;
  workspaceMembers?: Resolver<Maybe<ResolversTypes['WorkspaceMemberConnection']>, ParentType, ContextType, Partial<QueryWorkspaceMembersArgs>>;
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

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
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

export type TaskTargetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetConnection'] = ResolversParentTypes['TaskTargetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskTargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskTargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskTargetEdge'] = ResolversParentTypes['TaskTargetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskTarget'], ParentType, ContextType>;
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

export type TimelineActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityConnection'] = ResolversParentTypes['TimelineActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineActivityEdge'] = ResolversParentTypes['TimelineActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineActivity'], ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

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

export type WorkspaceMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberConnection'] = ResolversParentTypes['WorkspaceMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkspaceMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkspaceMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceMemberEdge'] = ResolversParentTypes['WorkspaceMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkspaceMember'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentConnection?: AttachmentConnectionResolvers<ContextType>;
  AttachmentEdge?: AttachmentEdgeResolvers<ContextType>;
  BatchFailure?: BatchFailureResolvers<ContextType>;
  CalendarEvent?: CalendarEventResolvers<ContextType>;
  CalendarEventConnection?: CalendarEventConnectionResolvers<ContextType>;
  CalendarEventEdge?: CalendarEventEdgeResolvers<ContextType>;
  CalendarEventParticipant?: CalendarEventParticipantResolvers<ContextType>;
  CalendarEventParticipantConnection?: CalendarEventParticipantConnectionResolvers<ContextType>;
  CalendarEventParticipantEdge?: CalendarEventParticipantEdgeResolvers<ContextType>;
  ChangedRecord?: ChangedRecordResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
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
  FavoriteConnection?: FavoriteConnectionResolvers<ContextType>;
  FavoriteEdge?: FavoriteEdgeResolvers<ContextType>;
  FieldMetadata?: FieldMetadataResolvers<ContextType>;
  FieldOption?: FieldOptionResolvers<ContextType>;
  FullName?: FullNameResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  Links?: LinksResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageParticipant?: MessageParticipantResolvers<ContextType>;
  MessageParticipantConnection?: MessageParticipantConnectionResolvers<ContextType>;
  MessageParticipantEdge?: MessageParticipantEdgeResolvers<ContextType>;
  MessageThread?: MessageThreadResolvers<ContextType>;
  MessageThreadConnection?: MessageThreadConnectionResolvers<ContextType>;
  MessageThreadEdge?: MessageThreadEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  NoteTarget?: NoteTargetResolvers<ContextType>;
  NoteTargetConnection?: NoteTargetConnectionResolvers<ContextType>;
  NoteTargetEdge?: NoteTargetEdgeResolvers<ContextType>;
  ObjectMetadata?: ObjectMetadataResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Phones?: PhonesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordChange?: RecordChangeResolvers<ContextType>;
  RichText?: RichTextResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskTarget?: TaskTargetResolvers<ContextType>;
  TaskTargetConnection?: TaskTargetConnectionResolvers<ContextType>;
  TaskTargetEdge?: TaskTargetEdgeResolvers<ContextType>;
  TimelineActivity?: TimelineActivityResolvers<ContextType>;
  TimelineActivityConnection?: TimelineActivityConnectionResolvers<ContextType>;
  TimelineActivityEdge?: TimelineActivityEdgeResolvers<ContextType>;
  UUID?: GraphQLScalarType;
  WorkspaceMember?: WorkspaceMemberResolvers<ContextType>;
  WorkspaceMemberConnection?: WorkspaceMemberConnectionResolvers<ContextType>;
  WorkspaceMemberEdge?: WorkspaceMemberEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  relation?: RelationDirectiveResolver<any, any, ContextType>;
};
