import { deterministicUuid } from '../utils/deterministicUuid.js';
import type { FieldMetadata, FieldType, ObjectMetadata, SelectOption } from './metadataTypes.js';
import { createRelationFieldPair } from './relationFields.js';

/**
 * Twenty's standard data model (contract §5): the one source of truth for
 * the standard objects. The sandbox serves it as its workspace's metadata;
 * twenty-bff generates the SDL of the standard objects from it
 * (`schema/standard.generated.graphql`, `npm run codegen`).
 */

// Metadata rows of a fresh workspace all carry the workspace's creation time.
const METADATA_TIMESTAMP = '2025-11-03T08:00:00.000Z';

/** Metadata `defaultValue` strings are SQL-quoted in Twenty (`"'NEW'"`). */
const quoted = (value: string): string => `'${value}'`;

// ---------------------------------------------------------------------------
// Standard object definitions (contract §5.3)
// ---------------------------------------------------------------------------

interface FieldSpec {
  name: string;
  type: Exclude<FieldType, 'RELATION'>;
  label: string;
  icon: string;
  description?: string;
  isNullable?: boolean;
  isUnique?: boolean;
  isSystem?: boolean;
  defaultValue?: unknown;
  /** `[value, label, color]`, in position order. */
  options?: Array<[string, string, string]>;
  settings?: Record<string, unknown>;
}

interface ObjectSpec {
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string;
  icon: string;
  isSystem: boolean;
  labelIdentifier: string;
  /** Twenty's duplicate criteria (its standard object builders), for duplicates and merge. */
  duplicateCriteria?: string[][];
  fields: FieldSpec[];
  /**
   * Only BaseWorkspaceEntity's id, createdAt, updatedAt and deletedAt: Twenty's
   * messaging, calendar, timeline and favorite objects have no position,
   * createdBy or updatedBy (their builders declare none).
   */
  baseSystemFieldsOnly?: boolean;
}

/** A MANY_TO_ONE relation and its ONE_TO_MANY inverse, declared once. */
interface RelationSpec {
  manyToOne: RelationSide;
  oneToMany: RelationSide;
  onDelete: 'SET_NULL' | 'CASCADE';
}

const text = (name: string, label: string, icon: string, description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  type: 'TEXT',
  label,
  icon,
  description,
  ...extra,
});

const OBJECTS: ObjectSpec[] = [
  {
    nameSingular: 'company',
    namePlural: 'companies',
    labelSingular: 'Company',
    labelPlural: 'Companies',
    description: 'A company',
    icon: 'IconBuildingSkyscraper',
    isSystem: false,
    labelIdentifier: 'name',
    duplicateCriteria: [['name'], ['domainNamePrimaryLinkUrl']],
    fields: [
      text('name', 'Name', 'IconBuildingSkyscraper', 'The company name'),
      {
        name: 'domainName',
        type: 'LINKS',
        label: 'Domain Name',
        icon: 'IconLink',
        description: 'The company website URL. We use this url to fetch the company icon',
        isUnique: true,
        settings: { maxNumberOfValues: 1 },
      },
      { name: 'employees', type: 'NUMBER', label: 'Employees', icon: 'IconUsers', description: 'Number of employees in the company' },
      { name: 'linkedinLink', type: 'LINKS', label: 'Linkedin', icon: 'IconBrandLinkedin', description: 'The company Linkedin account' },
      { name: 'xLink', type: 'LINKS', label: 'X', icon: 'IconBrandX', description: 'The company Twitter/X account' },
      {
        name: 'annualRecurringRevenue',
        type: 'CURRENCY',
        label: 'ARR',
        icon: 'IconMoneybag',
        description: 'Annual Recurring Revenue: The actual or estimated annual revenue of the company',
      },
      {
        name: 'idealCustomerProfile',
        type: 'BOOLEAN',
        label: 'ICP',
        icon: 'IconTarget',
        description: 'Ideal Customer Profile: Indicates whether the company is the most suitable and valuable customer for you',
        isNullable: false,
        defaultValue: false,
      },
      { name: 'address', type: 'ADDRESS', label: 'Address', icon: 'IconMap', description: 'Address of the company' },
    ],
  },
  {
    nameSingular: 'person',
    namePlural: 'people',
    labelSingular: 'Person',
    labelPlural: 'People',
    description: 'A person',
    icon: 'IconUser',
    isSystem: false,
    labelIdentifier: 'name',
    duplicateCriteria: [['nameFirstName', 'nameLastName'], ['linkedinLinkPrimaryLinkUrl'], ['emailsPrimaryEmail']],
    fields: [
      { name: 'name', type: 'FULL_NAME', label: 'Name', icon: 'IconUser', description: "Contact's name" },
      {
        name: 'emails',
        type: 'EMAILS',
        label: 'Emails',
        icon: 'IconMail',
        description: "Contact's Emails",
        isUnique: true,
        settings: { maxNumberOfValues: 1 },
      },
      { name: 'linkedinLink', type: 'LINKS', label: 'Linkedin', icon: 'IconBrandLinkedin', description: "Contact's Linkedin account" },
      { name: 'xLink', type: 'LINKS', label: 'X', icon: 'IconBrandX', description: "Contact's X/Twitter account" },
      text('jobTitle', 'Job Title', 'IconBriefcase', "Contact's job title"),
      {
        name: 'phones',
        type: 'PHONES',
        label: 'Phones',
        icon: 'IconPhone',
        description: "Contact's phone numbers",
        settings: { maxNumberOfValues: 1 },
      },
      text('city', 'City', 'IconMap', "Contact's city"),
      text('avatarUrl', 'Avatar', 'IconFileUpload', "Contact's avatar", { isSystem: true }),
    ],
  },
  {
    nameSingular: 'opportunity',
    namePlural: 'opportunities',
    labelSingular: 'Opportunity',
    labelPlural: 'Opportunities',
    description: 'An opportunity',
    icon: 'IconTargetArrow',
    isSystem: false,
    labelIdentifier: 'name',
    fields: [
      text('name', 'Name', 'IconTargetArrow', 'The opportunity name'),
      { name: 'amount', type: 'CURRENCY', label: 'Amount', icon: 'IconCurrencyDollar', description: 'Opportunity amount' },
      { name: 'closeDate', type: 'DATE_TIME', label: 'Close date', icon: 'IconCalendarEvent', description: 'Opportunity close date', defaultValue: null },
      {
        name: 'stage',
        type: 'SELECT',
        label: 'Stage',
        icon: 'IconProgressCheck',
        description: 'Opportunity stage',
        isNullable: false,
        defaultValue: quoted('NEW'),
        // Real Twenty's stages (contract §5.3), not the five of the proxy guide.
        options: [
          ['NEW', 'New', 'red'],
          ['SCREENING', 'Screening', 'purple'],
          ['MEETING', 'Meeting', 'sky'],
          ['PROPOSAL', 'Proposal', 'turquoise'],
          ['CUSTOMER', 'Customer', 'yellow'],
        ],
      },
    ],
  },
  {
    nameSingular: 'note',
    namePlural: 'notes',
    labelSingular: 'Note',
    labelPlural: 'Notes',
    description: 'A note',
    icon: 'IconNotes',
    isSystem: false,
    labelIdentifier: 'title',
    fields: [
      text('title', 'Title', 'IconNotes', 'Note title'),
      { name: 'bodyV2', type: 'RICH_TEXT_V2', label: 'Body', icon: 'IconFilePencil', description: 'Note body' },
    ],
  },
  {
    nameSingular: 'task',
    namePlural: 'tasks',
    labelSingular: 'Task',
    labelPlural: 'Tasks',
    description: 'A task',
    icon: 'IconCheckbox',
    isSystem: false,
    labelIdentifier: 'title',
    fields: [
      text('title', 'Title', 'IconNotes', 'Task title'),
      { name: 'bodyV2', type: 'RICH_TEXT_V2', label: 'Body', icon: 'IconFilePencil', description: 'Task body' },
      { name: 'dueAt', type: 'DATE_TIME', label: 'Due Date', icon: 'IconCalendarEvent', description: 'Task due date', defaultValue: null },
      {
        name: 'status',
        type: 'SELECT',
        label: 'Status',
        icon: 'IconCheck',
        description: 'Task status',
        defaultValue: quoted('TODO'),
        options: [
          ['TODO', 'To do', 'sky'],
          ['IN_PROGRESS', 'In progress', 'purple'],
          ['DONE', 'Done', 'green'],
        ],
      },
    ],
  },
  {
    nameSingular: 'noteTarget',
    namePlural: 'noteTargets',
    labelSingular: 'Note Target',
    labelPlural: 'Note Targets',
    description: 'A note target',
    icon: 'IconCheckbox',
    isSystem: true,
    labelIdentifier: 'id',
    fields: [],
  },
  {
    nameSingular: 'taskTarget',
    namePlural: 'taskTargets',
    labelSingular: 'Task Target',
    labelPlural: 'Task Targets',
    description: 'A task target',
    icon: 'IconCheckbox',
    isSystem: true,
    labelIdentifier: 'id',
    fields: [],
  },
  {
    nameSingular: 'workspaceMember',
    namePlural: 'workspaceMembers',
    labelSingular: 'Workspace Member',
    labelPlural: 'Workspace Members',
    description: 'A workspace member',
    icon: 'IconUserCircle',
    isSystem: true,
    labelIdentifier: 'name',
    fields: [
      { name: 'name', type: 'FULL_NAME', label: 'Name', icon: 'IconCircleUser', description: 'Workspace member name', isNullable: false },
      text('colorScheme', 'Color Scheme', 'IconColorSwatch', 'Preferred color scheme', { isSystem: true, isNullable: false, defaultValue: quoted('System') }),
      text('locale', 'Language', 'IconLanguage', 'Preferred language', { isSystem: true, isNullable: false, defaultValue: quoted('en') }),
      text('avatarUrl', 'Avatar Url', 'IconFileUpload', 'Workspace member avatar', { isSystem: true }),
      text('userEmail', 'User Email', 'IconMail', 'Related user email address', { isSystem: true, isUnique: true }),
      {
        name: 'calendarStartDay',
        type: 'NUMBER',
        label: 'Start of the week',
        icon: 'IconCalendar',
        description: "User's preferred start day of the week",
        isSystem: true,
        isNullable: false,
        defaultValue: 7,
        settings: { dataType: 'int' },
      },
      { name: 'userId', type: 'UUID', label: 'User Id', icon: 'IconCircleUsers', description: 'Associated User Id', isSystem: true, isNullable: false },
      text('timeZone', 'Time zone', 'IconTimezone', 'User time zone', { isSystem: true, isNullable: false, defaultValue: quoted('system') }),
      {
        name: 'dateFormat',
        type: 'SELECT',
        label: 'Date format',
        icon: 'IconCalendarEvent',
        description: "User's preferred date format",
        isSystem: true,
        isNullable: false,
        defaultValue: quoted('SYSTEM'),
        options: [
          ['SYSTEM', 'System', 'turquoise'],
          ['MONTH_FIRST', 'Month First', 'red'],
          ['DAY_FIRST', 'Day First', 'purple'],
          ['YEAR_FIRST', 'Year First', 'sky'],
        ],
      },
      {
        name: 'timeFormat',
        type: 'SELECT',
        label: 'Time format',
        icon: 'IconClock2',
        description: "User's preferred time format",
        isSystem: true,
        isNullable: false,
        defaultValue: quoted('SYSTEM'),
        options: [
          ['SYSTEM', 'System', 'sky'],
          ['HOUR_24', '24HRS', 'red'],
          ['HOUR_12', '12HRS', 'purple'],
        ],
      },
      {
        name: 'numberFormat',
        type: 'SELECT',
        label: 'Number format',
        icon: 'IconNumbers',
        description: "User's preferred number format",
        isSystem: true,
        isNullable: false,
        defaultValue: quoted('SYSTEM'),
        options: [
          ['SYSTEM', 'System', 'turquoise'],
          ['COMMAS_AND_DOT', 'Commas and dot', 'blue'],
          ['SPACES_AND_COMMA', 'Spaces and comma', 'green'],
          ['DOTS_AND_COMMA', 'Dots and comma', 'orange'],
          ['APOSTROPHE_AND_DOT', 'Apostrophe and dot', 'purple'],
        ],
      },
    ],
  },
  {
    nameSingular: 'attachment',
    namePlural: 'attachments',
    labelSingular: 'Attachment',
    labelPlural: 'Attachments',
    description: 'An attachment',
    icon: 'IconFileImport',
    isSystem: true,
    labelIdentifier: 'name',
    fields: [
      text('name', 'Name', 'IconFileUpload', 'Attachment name'),
      text('fullPath', 'Full path', 'IconLink', 'Attachment full path'),
      {
        name: 'fileCategory',
        type: 'SELECT',
        label: 'File category',
        icon: 'IconList',
        description: 'Attachment file category',
        isNullable: false,
        defaultValue: quoted('OTHER'),
        options: [
          ['ARCHIVE', 'Archive', 'gray'],
          ['AUDIO', 'Audio', 'pink'],
          ['IMAGE', 'Image', 'yellow'],
          ['PRESENTATION', 'Presentation', 'orange'],
          ['SPREADSHEET', 'Spreadsheet', 'turquoise'],
          ['TEXT_DOCUMENT', 'Text Document', 'blue'],
          ['VIDEO', 'Video', 'purple'],
          ['OTHER', 'Other', 'gray'],
        ],
      },
    ],
  },
  // The objects below follow the standard builders of contract §5 (favorite
  // @e5263620, timelineActivity @88fbb41c, message @e5263620, messageThread and
  // messageParticipant @442e2cd9, calendarEvent @f91b5583, calendarEventParticipant
  // @b3098157); their relations to objects the model lacks (workflows,
  // dashboards, favorite folders, channels) are left out.
  {
    nameSingular: 'favorite',
    namePlural: 'favorites',
    labelSingular: 'Favorite',
    labelPlural: 'Favorites',
    description: 'A favorite',
    icon: 'IconHeart',
    isSystem: true,
    labelIdentifier: 'id',
    baseSystemFieldsOnly: true,
    fields: [
      // A NUMBER, not the POSITION of other objects (contract §5.1).
      {
        name: 'position',
        type: 'NUMBER',
        label: 'Position',
        icon: 'IconList',
        description: 'Favorite position',
        isSystem: true,
        isNullable: false,
        defaultValue: 0,
      },
      { name: 'viewId', type: 'UUID', label: 'ViewId', icon: 'IconView', description: 'ViewId' },
    ],
  },
  {
    nameSingular: 'timelineActivity',
    namePlural: 'timelineActivities',
    labelSingular: 'Timeline Activity',
    labelPlural: 'Timeline Activities',
    description: 'Aggregated / filtered event to be displayed on the timeline',
    icon: 'IconTimelineEvent',
    isSystem: true,
    labelIdentifier: 'linkedRecordCachedName',
    baseSystemFieldsOnly: true,
    fields: [
      {
        name: 'happensAt',
        type: 'DATE_TIME',
        label: 'Creation date',
        icon: 'IconCalendar',
        description: 'Creation date',
        isNullable: false,
        defaultValue: 'now',
      },
      text('name', 'Event name', 'IconAbc', 'Event name'),
      { name: 'properties', type: 'RAW_JSON', label: 'Event details', icon: 'IconListDetails', description: 'Json value for event details' },
      text('linkedRecordCachedName', 'Linked Record cached name', 'IconAbc', 'Cached record name'),
      { name: 'linkedRecordId', type: 'UUID', label: 'Linked Record id', icon: 'IconAbc', description: 'Linked Record id' },
      {
        name: 'linkedObjectMetadataId',
        type: 'UUID',
        label: 'Linked Object Metadata Id',
        icon: 'IconAbc',
        description: 'Linked Object Metadata Id',
      },
    ],
  },
  {
    nameSingular: 'messageThread',
    namePlural: 'messageThreads',
    labelSingular: 'Message Thread',
    labelPlural: 'Message Threads',
    description: 'Message Thread',
    icon: 'IconMessage',
    isSystem: true,
    // Newest Twenty names `subject`, a field this generation's thread lacks.
    labelIdentifier: 'id',
    baseSystemFieldsOnly: true,
    fields: [],
  },
  {
    nameSingular: 'message',
    namePlural: 'messages',
    labelSingular: 'Message',
    labelPlural: 'Messages',
    description: 'Message',
    icon: 'IconMessage',
    isSystem: true,
    labelIdentifier: 'subject',
    baseSystemFieldsOnly: true,
    fields: [
      text('headerMessageId', 'Header message Id', 'IconHash', 'Message id from the message header'),
      {
        name: 'direction',
        type: 'SELECT',
        label: 'Direction',
        icon: 'IconDirection',
        description: 'Message Direction',
        isNullable: false,
        defaultValue: quoted('INCOMING'),
        options: [
          ['INCOMING', 'Incoming', 'green'],
          ['OUTGOING', 'Outgoing', 'blue'],
        ],
      },
      text('subject', 'Subject', 'IconMessage', 'Subject'),
      text('text', 'Text', 'IconMessage', 'Text'),
      { name: 'receivedAt', type: 'DATE_TIME', label: 'Received At', icon: 'IconCalendar', description: 'The date the message was received' },
    ],
  },
  {
    nameSingular: 'messageParticipant',
    namePlural: 'messageParticipants',
    labelSingular: 'Message Participant',
    labelPlural: 'Message Participants',
    description: 'Message Participants',
    icon: 'IconUserCircle',
    isSystem: true,
    labelIdentifier: 'handle',
    baseSystemFieldsOnly: true,
    fields: [
      {
        name: 'role',
        type: 'SELECT',
        label: 'Role',
        icon: 'IconAt',
        description: 'Role',
        isNullable: false,
        defaultValue: quoted('from'),
        // MessageParticipantRole's values are lower-case.
        options: [
          ['from', 'From', 'green'],
          ['to', 'To', 'blue'],
          ['cc', 'Cc', 'orange'],
          ['bcc', 'Bcc', 'red'],
        ],
      },
      text('handle', 'Handle', 'IconAt', 'Handle'),
      text('displayName', 'Display Name', 'IconUser', 'Display Name'),
    ],
  },
  {
    nameSingular: 'calendarEvent',
    namePlural: 'calendarEvents',
    labelSingular: 'Calendar event',
    labelPlural: 'Calendar events',
    description: 'Calendar events',
    icon: 'IconCalendar',
    isSystem: true,
    labelIdentifier: 'title',
    baseSystemFieldsOnly: true,
    fields: [
      text('title', 'Title', 'IconH1', 'Title'),
      {
        name: 'isCanceled',
        type: 'BOOLEAN',
        label: 'Is canceled',
        icon: 'IconCalendarCancel',
        description: 'Is canceled',
        isNullable: false,
        defaultValue: false,
      },
      { name: 'isFullDay', type: 'BOOLEAN', label: 'Is Full Day', icon: 'IconHours24', description: 'Is Full Day', isNullable: false, defaultValue: false },
      { name: 'startsAt', type: 'DATE_TIME', label: 'Start Date', icon: 'IconCalendarClock', description: 'Start Date' },
      { name: 'endsAt', type: 'DATE_TIME', label: 'End Date', icon: 'IconCalendarClock', description: 'End Date' },
      { name: 'externalCreatedAt', type: 'DATE_TIME', label: 'Creation DateTime', icon: 'IconCalendarPlus', description: 'Creation DateTime' },
      { name: 'externalUpdatedAt', type: 'DATE_TIME', label: 'Update DateTime', icon: 'IconCalendarCog', description: 'Update DateTime' },
      text('description', 'Description', 'IconFileDescription', 'Description'),
      text('location', 'Location', 'IconMapPin', 'Location'),
      text('iCalUid', 'iCal UID', 'IconKey', 'iCal UID'),
      text('conferenceSolution', 'Conference Solution', 'IconScreenShare', 'Conference Solution'),
      { name: 'conferenceLink', type: 'LINKS', label: 'Meet Link', icon: 'IconLink', description: 'Meet Link' },
    ],
  },
  {
    nameSingular: 'calendarEventParticipant',
    namePlural: 'calendarEventParticipants',
    labelSingular: 'Calendar event participant',
    labelPlural: 'Calendar event participants',
    description: 'Calendar event participants',
    icon: 'IconCalendar',
    isSystem: true,
    labelIdentifier: 'handle',
    baseSystemFieldsOnly: true,
    fields: [
      text('handle', 'Handle', 'IconMail', 'Handle'),
      text('displayName', 'Display Name', 'IconUser', 'Display Name'),
      {
        name: 'isOrganizer',
        type: 'BOOLEAN',
        label: 'Is Organizer',
        icon: 'IconUser',
        description: 'Is Organizer',
        isNullable: false,
        defaultValue: false,
      },
      {
        name: 'responseStatus',
        type: 'SELECT',
        label: 'Response Status',
        icon: 'IconUser',
        description: 'Response Status',
        isNullable: false,
        defaultValue: quoted('NEEDS_ACTION'),
        options: [
          ['NEEDS_ACTION', 'Needs Action', 'orange'],
          ['DECLINED', 'Declined', 'red'],
          ['TENTATIVE', 'Tentative', 'yellow'],
          ['ACCEPTED', 'Accepted', 'green'],
        ],
      },
    ],
  },
];

// Labels, icons and descriptions follow Twenty's standard builders (contract §5.3).
const RELATIONS: RelationSpec[] = [
  rel(
    ['person', 'company', 'Company', 'IconBuildingSkyscraper', "Contact's company"],
    ['company', 'people', 'People', 'IconUsers', 'People linked to the company.'],
  ),
  rel(
    ['company', 'accountOwner', 'Account Owner', 'IconUserCircle', 'Your team member responsible for managing the company account'],
    ['workspaceMember', 'accountOwnerForCompanies', 'Account Owner For Companies', 'IconBriefcase', 'Account owner for companies'],
  ),
  rel(
    ['opportunity', 'company', 'Company', 'IconBuildingSkyscraper', 'Opportunity company'],
    ['company', 'opportunities', 'Opportunities', 'IconTargetArrow', 'Opportunities linked to the company.'],
  ),
  rel(
    ['opportunity', 'pointOfContact', 'Point of Contact', 'IconUser', 'Opportunity point of contact'],
    ['person', 'pointOfContactForOpportunities', 'Opportunities', 'IconTargetArrow', 'List of opportunities for which that person is the point of contact'],
  ),
  rel(
    ['task', 'assignee', 'Assignee', 'IconUserCircle', 'Task assignee'],
    ['workspaceMember', 'assignedTasks', 'Assigned tasks', 'IconCheckbox', 'Tasks assigned to the workspace member'],
  ),
  // Destroying a note or task deletes its targets; destroying a person, company or
  // opportunity deletes the targets and attachments that point at it, as newest Twenty does.
  rel(
    ['noteTarget', 'note', 'Note', 'IconNotes', 'NoteTarget note'],
    ['note', 'noteTargets', 'Relations', 'IconArrowUpRight', 'Note targets', true],
    'CASCADE',
  ),
  rel(
    ['noteTarget', 'person', 'Person', 'IconUser', 'NoteTarget person'],
    ['person', 'noteTargets', 'Notes', 'IconNotes', 'Notes tied to the contact'],
    'CASCADE',
  ),
  rel(
    ['noteTarget', 'company', 'Company', 'IconBuildingSkyscraper', 'NoteTarget company'],
    ['company', 'noteTargets', 'Notes', 'IconNotes', 'Notes tied to the company'],
    'CASCADE',
  ),
  rel(
    ['noteTarget', 'opportunity', 'Opportunity', 'IconTargetArrow', 'NoteTarget opportunity'],
    ['opportunity', 'noteTargets', 'Notes', 'IconNotes', 'Notes tied to the opportunity'],
    'CASCADE',
  ),
  rel(
    ['taskTarget', 'task', 'Task', 'IconCheckbox', 'TaskTarget task'],
    ['task', 'taskTargets', 'Relations', 'IconArrowUpRight', 'Task targets', true],
    'CASCADE',
  ),
  rel(
    ['taskTarget', 'person', 'Person', 'IconUser', 'TaskTarget person'],
    ['person', 'taskTargets', 'Tasks', 'IconCheckbox', 'Tasks tied to the contact'],
    'CASCADE',
  ),
  rel(
    ['taskTarget', 'company', 'Company', 'IconBuildingSkyscraper', 'TaskTarget company'],
    ['company', 'taskTargets', 'Tasks', 'IconCheckbox', 'Tasks tied to the company'],
    'CASCADE',
  ),
  rel(
    ['taskTarget', 'opportunity', 'Opportunity', 'IconTargetArrow', 'TaskTarget opportunity'],
    ['opportunity', 'taskTargets', 'Tasks', 'IconCheckbox', 'Tasks tied to the opportunity'],
    'CASCADE',
  ),
  rel(
    ['attachment', 'task', 'Task', 'IconNotes', 'Attachment task'],
    ['task', 'attachments', 'Attachments', 'IconFileImport', 'Task attachments', true],
  ),
  rel(
    ['attachment', 'note', 'Note', 'IconNotes', 'Attachment note'],
    ['note', 'attachments', 'Attachments', 'IconFileImport', 'Note attachments', true],
  ),
  rel(
    ['attachment', 'person', 'Person', 'IconUser', 'Attachment person'],
    ['person', 'attachments', 'Attachments', 'IconFileImport', 'Attachments linked to the contact.', true],
    'CASCADE',
  ),
  rel(
    ['attachment', 'company', 'Company', 'IconBuildingSkyscraper', 'Attachment company'],
    ['company', 'attachments', 'Attachments', 'IconFileImport', 'Attachments linked to the company', true],
    'CASCADE',
  ),
  rel(
    ['attachment', 'opportunity', 'Opportunity', 'IconBuildingSkyscraper', 'Attachment opportunity'],
    ['opportunity', 'attachments', 'Attachments', 'IconFileImport', 'Attachments linked to the opportunity', true],
    'CASCADE',
  ),
  // Favorites go with the record or member they point at.
  rel(
    ['favorite', 'forWorkspaceMember', 'Workspace Member', 'IconCircleUser', 'Favorite workspace member'],
    ['workspaceMember', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the workspace member'],
    'CASCADE',
  ),
  rel(
    ['favorite', 'person', 'Person', 'IconUser', 'Favorite person'],
    ['person', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the contact', true],
    'CASCADE',
  ),
  rel(
    ['favorite', 'company', 'Company', 'IconBuildingSkyscraper', 'Favorite company'],
    ['company', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the company', true],
    'CASCADE',
  ),
  rel(
    ['favorite', 'opportunity', 'Opportunity', 'IconTargetArrow', 'Favorite opportunity'],
    ['opportunity', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the opportunity', true],
    'CASCADE',
  ),
  rel(
    ['favorite', 'task', 'Task', 'IconCheckbox', 'Favorite task'],
    ['task', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the task', true],
    'CASCADE',
  ),
  rel(
    ['favorite', 'note', 'Note', 'IconNotes', 'Favorite note'],
    ['note', 'favorites', 'Favorites', 'IconHeart', 'Favorites linked to the note', true],
    'CASCADE',
  ),
  // Timeline targets are one MORPH_RELATION in newest Twenty; REST sees one
  // MANY_TO_ONE field and `target<X>Id` join column per target, modelled so.
  rel(
    ['timelineActivity', 'workspaceMember', 'Workspace Member', 'IconCircleUser', 'Event workspace member'],
    ['workspaceMember', 'timelineActivities', 'Events', 'IconTimelineEvent', 'Events linked to the workspace member', true],
    'CASCADE',
  ),
  rel(
    ['timelineActivity', 'targetPerson', 'Person', 'IconUser', 'Event person'],
    ['person', 'timelineActivities', 'Events', 'IconTimelineEvent', 'Events linked to the person', true],
    'CASCADE',
  ),
  rel(
    ['timelineActivity', 'targetCompany', 'Company', 'IconBuildingSkyscraper', 'Event company'],
    // Twenty's company builder spells this icon with a doubled prefix.
    ['company', 'timelineActivities', 'Timeline Activities', 'IconIconTimelineEvent', 'Timeline Activities linked to the company', true],
    'CASCADE',
  ),
  rel(
    ['timelineActivity', 'targetOpportunity', 'Opportunity', 'IconTargetArrow', 'Event opportunity'],
    ['opportunity', 'timelineActivities', 'Timeline Activities', 'IconTimelineEvent', 'Timeline Activities linked to the opportunity.', true],
  ),
  rel(
    ['timelineActivity', 'targetNote', 'Note', 'IconTargetArrow', 'Event note'],
    ['note', 'timelineActivities', 'Timeline Activities', 'IconTimelineEvent', 'Timeline Activities linked to the note.', true],
  ),
  rel(
    ['timelineActivity', 'targetTask', 'Task', 'IconTargetArrow', 'Event task'],
    ['task', 'timelineActivities', 'Timeline Activities', 'IconTimelineEvent', 'Timeline Activities linked to the task.', true],
  ),
  rel(
    ['message', 'messageThread', 'Message Thread Id', 'IconHash', 'Message Thread Id'],
    ['messageThread', 'messages', 'Messages', 'IconMessage', 'Messages from the thread.'],
    'CASCADE',
  ),
  rel(
    ['messageParticipant', 'message', 'Message', 'IconMessage', 'Message', false, false],
    ['message', 'messageParticipants', 'Message Participants', 'IconUserCircle', 'Message Participants'],
    'CASCADE',
  ),
  rel(
    ['messageParticipant', 'person', 'Person', 'IconUser', 'Person'],
    ['person', 'messageParticipants', 'Message Participants', 'IconUserCircle', 'Message Participants', true],
  ),
  rel(
    ['messageParticipant', 'workspaceMember', 'Workspace Member', 'IconCircleUser', 'Workspace member'],
    ['workspaceMember', 'messageParticipants', 'Message Participants', 'IconUserCircle', 'Message Participants'],
  ),
  rel(
    ['calendarEventParticipant', 'calendarEvent', 'Event ID', 'IconCalendar', 'Event ID', false, false],
    ['calendarEvent', 'calendarEventParticipants', 'Event Participants', 'IconUserCircle', 'Event Participants'],
    'CASCADE',
  ),
  rel(
    ['calendarEventParticipant', 'person', 'Person', 'IconUser', 'Person'],
    ['person', 'calendarEventParticipants', 'Calendar Event Participants', 'IconCalendar', 'Calendar Event Participants', true],
  ),
  rel(
    ['calendarEventParticipant', 'workspaceMember', 'Workspace Member', 'IconUser', 'Workspace Member'],
    ['workspaceMember', 'calendarEventParticipants', 'Calendar Event Participants', 'IconCalendar', 'Calendar Event Participants'],
  ),
];

type RelationSide = [object: string, name: string, label: string, icon: string, description: string, isSystem?: boolean, isNullable?: boolean];

function rel(manyToOne: RelationSide, oneToMany: RelationSide, onDelete: 'SET_NULL' | 'CASCADE' = 'SET_NULL'): RelationSpec {
  return { manyToOne, oneToMany, onDelete };
}

/** Id of a standard object's metadata row. */
export function standardObjectId(nameSingular: string): string {
  return deterministicUuid('twenty-sandbox', 'object', nameSingular);
}

/** Id of a standard field's metadata row. */
export function standardFieldId(nameSingular: string, fieldName: string): string {
  return deterministicUuid('twenty-sandbox', 'field', nameSingular, fieldName);
}

// Newest builders mark all of these system fields isSystem (contract §5.1).
const ACTOR_METADATA_DEFAULT = { source: quoted('MANUAL'), name: quoted('System'), workspaceMemberId: null };
const RELATIVE_DATE = { displayFormat: 'RELATIVE' };

// BaseWorkspaceEntity's columns, the only system fields of some objects (ObjectSpec.baseSystemFieldsOnly).
const BASE_SYSTEM_FIELD_NAMES: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

function systemFieldSpecsBefore(): FieldSpec[] {
  return [{ name: 'id', type: 'UUID', label: 'Id', icon: 'Icon123', description: 'Id', isNullable: false, isSystem: true, defaultValue: 'uuid' }];
}

function systemFieldSpecsAfter(labelSingular: string): FieldSpec[] {
  return [
    {
      name: 'createdAt',
      type: 'DATE_TIME',
      label: 'Creation date',
      icon: 'IconCalendar',
      description: 'Creation date',
      isNullable: false,
      isSystem: true,
      defaultValue: 'now',
      settings: RELATIVE_DATE,
    },
    {
      name: 'updatedAt',
      type: 'DATE_TIME',
      label: 'Last update',
      icon: 'IconCalendarClock',
      description: 'Last time the record was changed',
      isNullable: false,
      isSystem: true,
      defaultValue: 'now',
      settings: RELATIVE_DATE,
    },
    {
      name: 'deletedAt',
      type: 'DATE_TIME',
      label: 'Deleted at',
      icon: 'IconCalendarMinus',
      description: 'Date when the record was deleted',
      isNullable: true,
      isSystem: true,
      settings: RELATIVE_DATE,
    },
    {
      name: 'position',
      type: 'POSITION',
      label: 'Position',
      icon: 'IconHierarchy2',
      description: `${labelSingular} record position`,
      isNullable: false,
      isSystem: true,
      defaultValue: 0,
    },
    {
      name: 'createdBy',
      type: 'ACTOR',
      label: 'Created by',
      icon: 'IconCreativeCommonsSa',
      description: 'The creator of the record',
      isNullable: false,
      isSystem: true,
      defaultValue: ACTOR_METADATA_DEFAULT,
    },
    {
      name: 'updatedBy',
      type: 'ACTOR',
      label: 'Updated by',
      icon: 'IconUserCircle',
      description: 'The workspace member who last updated the record',
      isNullable: false,
      isSystem: true,
      defaultValue: ACTOR_METADATA_DEFAULT,
    },
  ];
}

function scalarField(objectId: string, nameSingular: string, spec: FieldSpec): FieldMetadata {
  const options: SelectOption[] | null =
    spec.options?.map(([value, label, color], position) => ({
      id: deterministicUuid('twenty-sandbox', 'option', nameSingular, spec.name, value),
      value,
      label,
      color,
      position,
    })) ?? null;
  return {
    id: standardFieldId(nameSingular, spec.name),
    objectMetadataId: objectId,
    type: spec.type,
    name: spec.name,
    label: spec.label,
    description: spec.description ?? null,
    icon: spec.icon,
    isCustom: false,
    isActive: true,
    isSystem: spec.isSystem ?? false,
    isNullable: spec.isNullable ?? true,
    isUnique: spec.isUnique ?? false,
    // Twenty's builders store null when a field declares no default (contract §5).
    defaultValue: structuredClone(spec.defaultValue ?? null),
    options,
    settings: spec.settings ? { ...spec.settings } : null,
    relation: null,
    createdAt: METADATA_TIMESTAMP,
    updatedAt: METADATA_TIMESTAMP,
  };
}

function relationFields(spec: RelationSpec, specs: Map<string, ObjectSpec>): [FieldMetadata, FieldMetadata] {
  const [sourceName, name, label, icon, description, isSystem = false, isNullable = true] = spec.manyToOne;
  const [targetName, inverseName, inverseLabel, inverseIcon, inverseDescription, inverseIsSystem = false] = spec.oneToMany;
  const source = specs.get(sourceName);
  const target = specs.get(targetName);
  if (source === undefined || target === undefined) {
    throw new Error(`Invariant violation: relation ${sourceName}.${name} names an unknown object`);
  }
  const refOf = (object: ObjectSpec) => ({ id: standardObjectId(object.nameSingular), nameSingular: object.nameSingular, namePlural: object.namePlural });
  return createRelationFieldPair(
    { object: refOf(source), fieldId: standardFieldId(sourceName, name), name, label, icon, description, isSystem },
    {
      object: refOf(target),
      fieldId: standardFieldId(targetName, inverseName),
      name: inverseName,
      label: inverseLabel,
      icon: inverseIcon,
      description: inverseDescription,
      isSystem: inverseIsSystem,
    },
    { isCustom: false, onDelete: spec.onDelete, isNullable, timestamp: METADATA_TIMESTAMP },
  );
}

/**
 * Returns Twenty's standard objects (companies, people, opportunities, notes,
 * tasks, noteTargets, taskTargets, workspaceMembers, attachments, favorites,
 * timelineActivities, messageThreads, messages, messageParticipants,
 * calendarEvents, calendarEventParticipants) as its REST metadata API lists
 * them, fields inline, with deterministic ids and both sides of every relation
 * between them. Each call returns fresh copies.
 */
export function createStandardObjects(): ObjectMetadata[] {
  const specs = new Map(OBJECTS.map((spec) => [spec.nameSingular, spec]));
  const relationFieldsByObject = new Map<string, FieldMetadata[]>();
  const push = (nameSingular: string, field: FieldMetadata): void => {
    const list = relationFieldsByObject.get(nameSingular) ?? [];
    list.push(field);
    relationFieldsByObject.set(nameSingular, list);
  };
  for (const spec of RELATIONS) {
    const [manyToOne, oneToMany] = relationFields(spec, specs);
    push(spec.manyToOne[0], manyToOne);
    push(spec.oneToMany[0], oneToMany);
  }
  return OBJECTS.map((spec) => {
    const id = standardObjectId(spec.nameSingular);
    const fields = [
      ...systemFieldSpecsBefore().map((field) => scalarField(id, spec.nameSingular, field)),
      ...spec.fields.map((field) => scalarField(id, spec.nameSingular, field)),
      ...(relationFieldsByObject.get(spec.nameSingular) ?? []),
      ...systemFieldSpecsAfter(spec.labelSingular)
        .filter((field) => spec.baseSystemFieldsOnly !== true || BASE_SYSTEM_FIELD_NAMES.has(field.name))
        .map((field) => scalarField(id, spec.nameSingular, field)),
    ];
    return {
      id,
      nameSingular: spec.nameSingular,
      namePlural: spec.namePlural,
      labelSingular: spec.labelSingular,
      labelPlural: spec.labelPlural,
      description: spec.description,
      icon: spec.icon,
      isCustom: false,
      isActive: true,
      isSystem: spec.isSystem,
      isRemote: false,
      labelIdentifierFieldMetadataId: standardFieldId(spec.nameSingular, spec.labelIdentifier),
      duplicateCriteria: spec.duplicateCriteria?.map((criteria) => [...criteria]) ?? null,
      createdAt: METADATA_TIMESTAMP,
      updatedAt: METADATA_TIMESTAMP,
      fields,
    };
  });
}
