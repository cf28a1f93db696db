/**
 * Twenty's aggregates and groupBy over plain records, as its SQL computes
 * them (`common-group-by-query-runner.service.ts`, `process-aggregate.helper.ts`,
 * `get-group-by-expression.util.ts`) and its REST route answers them: which
 * aggregates an object offers, how a record is empty, how dates fall into
 * buckets, and the wire format of each figure (counts and numeric values as
 * strings, floats as numbers, dates as ISO text). Shared by the sandbox, which
 * serves `GET /rest/{objects}/groupBy` with it, and the BFF, which computes the
 * same answer from records on a Twenty without that route. Imports only utils.
 */
import {
  addPgNumeric,
  comparePgNumeric,
  dividePgNumeric,
  formatPgNumeric,
  PG_ZERO,
  type PgNumeric,
  toPgNumeric,
} from '../utils/pgNumeric.js';

/** Twenty's `ObjectRecordGroupByDateGranularity`. */
export const DATE_GRANULARITIES = [
  'NONE',
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'DAY_OF_THE_WEEK',
  'MONTH_OF_THE_YEAR',
  'QUARTER_OF_THE_YEAR',
] as const;

/** A date bucket size, or a cyclic bucket (day of the week…), or NONE (the value itself). */
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

/** Twenty's `FirstDayOfTheWeek` as a WEEK bucket accepts it. */
export const WEEK_START_DAYS = ['MONDAY', 'SUNDAY', 'SATURDAY'] as const;

/** The first day of a WEEK bucket. */
export type WeekStartDay = (typeof WEEK_START_DAYS)[number];

/**
 * GROUP_BY_DATE_GRANULARITY_THAT_REQUIRE_TIME_ZONE: a DATE_TIME field grouped
 * by these needs a `timeZone` (400 without one); cyclic buckets use the
 * database session's zone (UTC), and DATE fields have no zone.
 */
export const GRANULARITIES_WITH_TIME_ZONE: ReadonlySet<DateGranularity> = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

/** DEFAULT_NUMBER_OF_GROUPS_LIMIT: groups answered when `limit` is absent, 0 or not an integer. */
export const DEFAULT_GROUP_LIMIT = 50;

/** RECORDS_PER_GROUP_LIMIT: records a group carries with `include_records_sample=true`. */
export const RECORDS_PER_GROUP_LIMIT = 10;

/** Twenty's `AggregateOperations`. */
export type AggregateOperation =
  | 'COUNT'
  | 'COUNT_EMPTY'
  | 'COUNT_NOT_EMPTY'
  | 'COUNT_UNIQUE_VALUES'
  | 'PERCENTAGE_EMPTY'
  | 'PERCENTAGE_NOT_EMPTY'
  | 'COUNT_TRUE'
  | 'COUNT_FALSE'
  | 'MIN'
  | 'MAX'
  | 'AVG'
  | 'SUM';

/** The Postgres type a MIN/MAX/AVG/SUM reads, which decides the figure's wire format. */
export type AggregateValueType = 'numeric' | 'float' | 'timestamptz' | 'date';

/** One aggregate Twenty offers, e.g. `sumAmountAmountMicros` or `countEmptyName`. */
export interface AggregateDefinition {
  operation: AggregateOperation;
  /** The record key it reads (`id` for totalCount). */
  field: string;
  /** Composite sub-fields concatenated to tell an empty value (getSubfieldsForAggregateOperation). */
  subFields?: readonly string[];
  /** MIN/MAX/AVG/SUM of a composite: the sub-field read (`amountMicros`). */
  numericSubField?: string;
  /** MIN/MAX/AVG/SUM: how Postgres types the value read. */
  valueType?: AggregateValueType;
}

/** What an aggregate definition needs of a field: its name and Twenty type. */
export interface AggregatableField {
  name: string;
  type: string;
}

// getSubfieldsForAggregateOperation: the sub-fields whose concatenation
// decides whether a composite value is empty (and tells values apart).
const AGGREGATE_SUB_FIELDS: Readonly<Record<string, readonly string[]>> = {
  CURRENCY: ['amountMicros', 'currencyCode'],
  FULL_NAME: ['firstName', 'lastName'],
  ADDRESS: ['addressStreet1', 'addressStreet2', 'addressCity', 'addressPostcode', 'addressState', 'addressCountry', 'addressLat', 'addressLng'],
  LINKS: ['primaryLinkUrl'],
  ACTOR: ['workspaceMemberId', 'source'],
  EMAILS: ['primaryEmail'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode'],
  RICH_TEXT: ['blocknote', 'markdown'],
  RICH_TEXT_V2: ['blocknote', 'markdown'],
};

/** The sub-fields Twenty concatenates to aggregate a composite type; undefined for other types. */
export function aggregateSubFieldsOf(type: string): readonly string[] | undefined {
  return AGGREGATE_SUB_FIELDS[type];
}

/** The name of the `totalCount` aggregate, which every object has. */
export const TOTAL_COUNT = 'totalCount';

/**
 * The aggregates Twenty offers on an object with these fields, by name, in
 * its order (getAvailableAggregationsFromObjectFields): totalCount; for
 * every field but relations the counts and percentages of empty values and
 * the count of unique values; min/max of dates; countTrue/countFalse of
 * booleans; min/max/avg/sum of numbers and (`…AmountMicros`) of currencies.
 */
export function availableAggregations(fields: readonly AggregatableField[]): Map<string, AggregateDefinition> {
  const aggregations = new Map<string, AggregateDefinition>([[TOTAL_COUNT, { operation: 'COUNT', field: 'id' }]]);
  for (const field of fields) {
    if (field.type === 'RELATION' || field.type === 'MORPH_RELATION') {
      continue;
    }
    const name = capitalize(field.name);
    const subFields = aggregateSubFieldsOf(field.type);
    const base = { field: field.name, ...(subFields === undefined ? {} : { subFields }) };
    aggregations.set(`countUniqueValues${name}`, { operation: 'COUNT_UNIQUE_VALUES', ...base });
    aggregations.set(`countEmpty${name}`, { operation: 'COUNT_EMPTY', ...base });
    aggregations.set(`countNotEmpty${name}`, { operation: 'COUNT_NOT_EMPTY', ...base });
    aggregations.set(`percentageEmpty${name}`, { operation: 'PERCENTAGE_EMPTY', ...base });
    aggregations.set(`percentageNotEmpty${name}`, { operation: 'PERCENTAGE_NOT_EMPTY', ...base });
    if (field.type === 'DATE' || field.type === 'DATE_TIME') {
      const valueType = field.type === 'DATE' ? 'date' : 'timestamptz';
      aggregations.set(`min${name}`, { operation: 'MIN', field: field.name, valueType });
      aggregations.set(`max${name}`, { operation: 'MAX', field: field.name, valueType });
    }
    switch (field.type) {
      case 'BOOLEAN':
        aggregations.set(`countTrue${name}`, { operation: 'COUNT_TRUE', field: field.name });
        aggregations.set(`countFalse${name}`, { operation: 'COUNT_FALSE', field: field.name });
        break;
      case 'NUMBER':
        for (const operation of ['MIN', 'MAX', 'AVG', 'SUM'] as const) {
          aggregations.set(`${operation.toLowerCase()}${name}`, { operation, field: field.name, valueType: 'float' });
        }
        break;
      case 'CURRENCY':
        for (const operation of ['MIN', 'MAX', 'SUM', 'AVG'] as const) {
          aggregations.set(`${operation.toLowerCase()}${name}AmountMicros`, {
            operation,
            ...base,
            numericSubField: 'amountMicros',
            valueType: 'numeric',
          });
        }
        break;
      default:
        break;
    }
  }
  return aggregations;
}

/** How Postgres types a grouped value: decides the value Twenty answers and how groups sort. */
export type DimensionValueType = 'text' | 'uuid' | 'float' | 'numeric' | 'boolean' | 'timestamptz' | 'date' | 'json';

/** One `group_by` entry, resolved: how to read its value from a record, and its bucket. */
export interface GroupDimension {
  /** The grouped value of a record (a field, a sub-field, a joined record's field). */
  read(record: Readonly<Record<string, unknown>>): unknown;
  valueType: DimensionValueType;
  /** Dates only; NONE or absent: the value itself. */
  granularity?: DateGranularity;
  /** IANA zone of DAY…YEAR buckets of a DATE_TIME field. */
  timeZone?: string;
  weekStartDay?: WeekStartDay;
  /** Arrays (`{ unnest: true }`): one row per element, an empty array as one null. */
  unnest?: boolean;
}

/** Twenty's order directions. */
export type OrderDirection = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';

/** One key of the groups' order: a dimension (by index) or an aggregate. */
export type GroupOrderItem = { dimension: number; direction: OrderDirection } | { aggregate: AggregateDefinition; direction: OrderDirection };

/** One group as Twenty's REST route answers it. */
export interface TwentyGroup {
  groupByDimensionValues: unknown[];
  records?: Array<Record<string, unknown>>;
  [aggregate: string]: unknown;
}

/** What to compute over the records. */
export interface GroupByRequest<R> {
  dimensions: readonly GroupDimension[];
  /** The aggregates asked for, by the name they are answered under. */
  aggregates: ReadonlyMap<string, AggregateDefinition>;
  /** Empty: the dimensions, ascending, nulls last (Postgres answers in no set order). */
  orderBy: readonly GroupOrderItem[];
  /** Groups answered, already defaulted and capped. */
  limit: number;
  /** `include_records_sample=true`: each group's first records in this order, projected. */
  recordsSample?: { compare(a: R, b: R): number; project(record: R): Record<string, unknown> };
}

/**
 * Groups `records` (already filtered) by the request's dimensions and
 * computes its aggregates per group, in Twenty's wire format. No dimension:
 * one group over every record, even none (SQL's aggregate without GROUP BY).
 */
export function computeGroups<R extends Readonly<Record<string, unknown>>>(records: readonly R[], request: GroupByRequest<R>): TwentyGroup[] {
  const groups = new Map<string, { values: unknown[]; records: R[] }>();
  if (request.dimensions.length === 0) {
    groups.set('[]', { values: [], records: [...records] });
  }
  for (const record of request.dimensions.length === 0 ? [] : records) {
    for (const values of dimensionRowsOf(record, request.dimensions)) {
      const key = JSON.stringify(values);
      const group = groups.get(key);
      if (group === undefined) {
        groups.set(key, { values, records: [record] });
      } else {
        group.records.push(record);
      }
    }
  }
  const computed = [...groups.values()].map((group) => {
    const answer: TwentyGroup = { groupByDimensionValues: group.values };
    for (const [name, definition] of request.aggregates) {
      answer[name] = aggregateOf(definition, group.records);
    }
    return { answer, records: group.records };
  });
  const order: readonly GroupOrderItem[] =
    request.orderBy.length > 0
      ? request.orderBy
      : request.dimensions.map((_dimension, index) => ({ dimension: index, direction: 'AscNullsLast' as const }));
  computed.sort((a, b) => compareGroups(order, request.dimensions, a, b));
  return computed.slice(0, request.limit).map(({ answer, records: groupRecords }) => {
    const sample = request.recordsSample;
    if (sample === undefined) {
      return answer;
    }
    // Twenty's JSON_AGG places `records` after the aggregates and dimension values.
    return { ...answer, records: [...groupRecords].sort(sample.compare).slice(0, RECORDS_PER_GROUP_LIMIT).map(sample.project) };
  });
}

/**
 * The value of one aggregate over `records`, as Twenty's REST route answers
 * it: counts as strings (null over no record, except totalCount), numeric
 * figures as Postgres prints them, float figures as numbers, dates as ISO
 * text; null when no value is there to aggregate.
 */
export function aggregateOf(definition: AggregateDefinition, records: ReadonlyArray<Readonly<Record<string, unknown>>>): unknown {
  const total = records.length;
  switch (definition.operation) {
    case 'COUNT':
      return String(records.filter((record) => record[definition.field] !== null && record[definition.field] !== undefined).length);
    case 'COUNT_EMPTY':
      return total === 0 ? null : String(total - notEmptyTexts(definition, records).length);
    case 'COUNT_NOT_EMPTY':
      return total === 0 ? null : String(notEmptyTexts(definition, records).length);
    case 'COUNT_UNIQUE_VALUES':
      return total === 0 ? null : String(new Set(notEmptyTexts(definition, records)).size);
    case 'PERCENTAGE_EMPTY':
    case 'PERCENTAGE_NOT_EMPTY': {
      if (total === 0) {
        return null;
      }
      const notEmpty = notEmptyTexts(definition, records).length;
      const part = definition.operation === 'PERCENTAGE_EMPTY' ? total - notEmpty : notEmpty;
      const ratio = dividePgNumeric({ digits: BigInt(part), scale: 0 }, { digits: BigInt(total), scale: 0 });
      return ratio === undefined ? null : formatPgNumeric(ratio);
    }
    case 'COUNT_TRUE':
    case 'COUNT_FALSE': {
      if (total === 0) {
        return null;
      }
      const wanted = definition.operation === 'COUNT_TRUE' ? 't' : 'f';
      return String(notEmptyTexts(definition, records).filter((text) => booleanText(text) === wanted).length);
    }
    case 'MIN':
    case 'MAX':
    case 'AVG':
    case 'SUM':
      return numericAggregateOf(definition, records);
  }
}

function numericAggregateOf(definition: AggregateDefinition, records: ReadonlyArray<Readonly<Record<string, unknown>>>): unknown {
  const values = records
    .map((record) => {
      const value = record[definition.field];
      if (definition.numericSubField === undefined) {
        return value;
      }
      return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[definition.numericSubField] : null;
    })
    .filter((value) => value !== null && value !== undefined);
  if (values.length === 0) {
    return null;
  }
  const operation = definition.operation;
  switch (definition.valueType) {
    case 'numeric': {
      const numbers = values.map(toPgNumeric).filter((value): value is PgNumeric => value !== undefined);
      if (numbers.length === 0) {
        return null;
      }
      if (operation === 'MIN' || operation === 'MAX') {
        const sign = operation === 'MIN' ? -1 : 1;
        return formatPgNumeric(numbers.reduce((best, value) => (comparePgNumeric(value, best) * sign > 0 ? value : best)));
      }
      const sum = numbers.reduce(addPgNumeric, PG_ZERO);
      const scaled = { digits: sum.digits, scale: Math.max(0, ...numbers.map((value) => value.scale)) };
      if (operation === 'SUM') {
        return formatPgNumeric(scaled);
      }
      const average = dividePgNumeric(scaled, { digits: BigInt(numbers.length), scale: 0 });
      return average === undefined ? null : formatPgNumeric(average);
    }
    case 'float': {
      const numbers = values.map(Number).filter((value) => !Number.isNaN(value));
      if (numbers.length === 0) {
        return null;
      }
      switch (operation) {
        case 'MIN':
          return Math.min(...numbers);
        case 'MAX':
          return Math.max(...numbers);
        case 'SUM':
          return numbers.reduce((sum, value) => sum + value, 0);
        default:
          return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
      }
    }
    case 'timestamptz':
    case 'date': {
      // Only MIN and MAX exist for dates.
      const times = values.map((value) => ({ value, time: Date.parse(String(value)) })).filter(({ time }) => !Number.isNaN(time));
      const chosen = times.reduce<{ value: unknown; time: number } | undefined>(
        (best, item) => (best === undefined || (operation === 'MIN' ? item.time < best.time : item.time > best.time) ? item : best),
        undefined,
      );
      if (chosen === undefined) {
        return null;
      }
      return definition.valueType === 'date' || isDateOnly(chosen.value) ? String(chosen.value).slice(0, 10) : new Date(chosen.time).toISOString();
    }
    default:
      return null;
  }
}

// NULLIF(CONCAT(columns), ''): the texts of the values that are not empty.
function notEmptyTexts(definition: AggregateDefinition, records: ReadonlyArray<Readonly<Record<string, unknown>>>): string[] {
  const texts: string[] = [];
  for (const record of records) {
    const value = record[definition.field];
    const text =
      definition.subFields === undefined
        ? sqlText(value)
        : definition.subFields
            .map((subField) => sqlText(value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[subField] : null))
            .join('');
    if (text !== '') {
      texts.push(text);
    }
  }
  return texts;
}

// The text Postgres's CONCAT gives a value: '' for null, 't'/'f' for booleans,
// `{a,b}` for arrays, JSON for objects.
function sqlText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 't' : 'f';
  }
  if (Array.isArray(value)) {
    return `{${value.map((item) => (item === null ? 'NULL' : sqlText(item))).join(',')}}`;
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  return String(value);
}

// `text::boolean`: Postgres's boolean input accepts t/true/yes/on/1 and their opposites.
function booleanText(text: string): 't' | 'f' | undefined {
  const normalized = text.trim().toLowerCase();
  if (['t', 'true', 'y', 'yes', 'on', '1'].includes(normalized)) {
    return 't';
  }
  if (['f', 'false', 'n', 'no', 'off', '0'].includes(normalized)) {
    return 'f';
  }
  return undefined;
}

// The rows a record makes: one, or one per element of each unnested array.
function dimensionRowsOf(record: Readonly<Record<string, unknown>>, dimensions: readonly GroupDimension[]): unknown[][] {
  let rows: unknown[][] = [[]];
  for (const dimension of dimensions) {
    const raw = dimension.read(record) ?? null;
    const elements = dimension.unnest === true ? (Array.isArray(raw) && raw.length > 0 ? raw : [null]) : [raw];
    rows = rows.flatMap((row) => elements.map((element) => [...row, dimensionValue(dimension, element ?? null)]));
  }
  return rows;
}

/**
 * A record's grouped value as Twenty answers it: the date bucket
 * (`2025-02-03`, `Wednesday`, `Q1`), or the value in its Postgres type's
 * JSON form (timestamps as ISO text, numerics as strings, floats as numbers).
 */
export function dimensionValue(dimension: GroupDimension, raw: unknown): unknown {
  if (raw === null || raw === undefined) {
    return null;
  }
  const granularity = dimension.granularity ?? 'NONE';
  if (granularity !== 'NONE' && (dimension.valueType === 'timestamptz' || dimension.valueType === 'date')) {
    return dateBucketOf(raw, dimension.valueType, granularity, dimension.timeZone, dimension.weekStartDay);
  }
  switch (dimension.valueType) {
    case 'timestamptz': {
      if (isDateOnly(raw)) {
        return raw;
      }
      const time = Date.parse(String(raw));
      return Number.isNaN(time) ? String(raw) : new Date(time).toISOString();
    }
    case 'date':
      return String(raw).slice(0, 10);
    case 'float':
      return Number(raw);
    case 'numeric': {
      const numeric = toPgNumeric(raw);
      return numeric === undefined ? String(raw) : formatPgNumeric(numeric);
    }
    case 'boolean':
      return raw === true || raw === 'true' || raw === 't';
    case 'text':
    case 'uuid':
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
    case 'json':
      return raw;
  }
}

// A DATE field's value (`2025-02-05`): a reader that cannot tell DATE from
// DATE_TIME (the BFF reads field types back from its SDL) still treats it as
// a day, with no time zone, as Postgres treats a `date`.
function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The bucket of a date or timestamp, as Twenty's SQL names it: `YYYY-MM-DD`
 * of the bucket's first day (DAY…YEAR, in `timeZone` for a timestamp), the
 * English day or month name, or `Q1`…`Q4`. Null for an unreadable date.
 */
export function dateBucketOf(
  raw: unknown,
  valueType: 'timestamptz' | 'date',
  granularity: Exclude<DateGranularity, 'NONE'>,
  timeZone: string | undefined,
  weekStartDay: WeekStartDay | undefined,
): string | null {
  const text = String(raw);
  let date: CalendarDate | undefined;
  if (valueType === 'date' || isDateOnly(raw)) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
  } else {
    const time = Date.parse(text);
    // Cyclic buckets use the session's zone (UTC); the others the zone asked for.
    date = Number.isNaN(time) ? undefined : calendarDateIn(new Date(time), GRANULARITIES_WITH_TIME_ZONE.has(granularity) ? (timeZone ?? 'UTC') : 'UTC');
  }
  if (date === undefined) {
    return null;
  }
  switch (granularity) {
    case 'DAY':
      return formatDate(date);
    case 'WEEK': {
      const weekday = weekdayOf(date);
      // DATE_TRUNC('week') starts weeks on Monday; Twenty shifts by a day or two for the others.
      const back = weekStartDay === 'SUNDAY' ? weekday : weekStartDay === 'SATURDAY' ? (weekday + 1) % 7 : (weekday + 6) % 7;
      return formatDate(addDays(date, -back));
    }
    case 'MONTH':
      return formatDate({ ...date, day: 1 });
    case 'QUARTER':
      return formatDate({ year: date.year, month: Math.floor((date.month - 1) / 3) * 3 + 1, day: 1 });
    case 'YEAR':
      return formatDate({ year: date.year, month: 1, day: 1 });
    case 'DAY_OF_THE_WEEK':
      return WEEKDAYS[weekdayOf(date)] ?? null;
    case 'MONTH_OF_THE_YEAR':
      return MONTHS[date.month - 1] ?? null;
    case 'QUARTER_OF_THE_YEAR':
      return `Q${Math.floor((date.month - 1) / 3) + 1}`;
  }
}

/** Whether `timeZone` names a zone this runtime knows (Twenty checks its IANA list: 400 `Invalid timezone: …`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function calendarDateIn(date: Date, timeZone: string): CalendarDate {
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

// 0 = Sunday … 6 = Saturday.
function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function compareGroups(
  order: readonly GroupOrderItem[],
  dimensions: readonly GroupDimension[],
  a: { answer: TwentyGroup; records: readonly unknown[] },
  b: { answer: TwentyGroup; records: readonly unknown[] },
): number {
  for (const item of order) {
    let left: unknown;
    let right: unknown;
    let compare: (x: unknown, y: unknown) => number;
    if ('dimension' in item) {
      left = a.answer.groupByDimensionValues[item.dimension] ?? null;
      right = b.answer.groupByDimensionValues[item.dimension] ?? null;
      const dimension = dimensions[item.dimension];
      compare = (x, y) => compareDimensionValues(dimension, x, y);
    } else {
      left = aggregateOf(item.aggregate, a.records as ReadonlyArray<Readonly<Record<string, unknown>>>);
      right = aggregateOf(item.aggregate, b.records as ReadonlyArray<Readonly<Record<string, unknown>>>);
      compare = compareAggregateValues;
    }
    const comparison = compareWithNulls(item.direction, left, right, compare);
    if (comparison !== 0) {
      return comparison;
    }
  }
  return 0;
}

function compareWithNulls(direction: OrderDirection, left: unknown, right: unknown, compare: (x: unknown, y: unknown) => number): number {
  if (left === null || right === null) {
    if (left === right) {
      return 0;
    }
    return (left === null) === direction.endsWith('NullsFirst') ? -1 : 1;
  }
  const comparison = compare(left, right);
  return direction.startsWith('Desc') ? -comparison : comparison;
}

// Twenty orders a select as text, days and months of the year by their
// place in the week (from its first day) and the year, the rest by value;
// text by code units, as the sandbox's record order does.
function compareDimensionValues(dimension: GroupDimension | undefined, left: unknown, right: unknown): number {
  if (dimension?.granularity === 'DAY_OF_THE_WEEK') {
    const start = dimension.weekStartDay === 'SUNDAY' ? 0 : dimension.weekStartDay === 'SATURDAY' ? 6 : 1;
    const place = (value: unknown) => (WEEKDAYS.indexOf(String(value)) - start + 7) % 7;
    return place(left) - place(right);
  }
  if (dimension?.granularity === 'MONTH_OF_THE_YEAR') {
    return MONTHS.indexOf(String(left)) - MONTHS.indexOf(String(right));
  }
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    return Number(left) - Number(right);
  }
  if (dimension?.valueType === 'numeric' && (dimension.granularity ?? 'NONE') === 'NONE') {
    const a = toPgNumeric(left);
    const b = toPgNumeric(right);
    if (a !== undefined && b !== undefined) {
      return comparePgNumeric(a, b);
    }
  }
  return compareText(textOf(left), textOf(right));
}

function compareAggregateValues(left: unknown, right: unknown): number {
  const a = toPgNumeric(left);
  const b = toPgNumeric(right);
  if (a !== undefined && b !== undefined) {
    return comparePgNumeric(a, b);
  }
  return compareText(textOf(left), textOf(right));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// isFlatFieldMetadataSupportedInGroupBy: types no GROUP BY can use.
const NOT_GROUPABLE_TYPES: ReadonlySet<string> = new Set(['TS_VECTOR', 'RAW_JSON', 'FILES', 'POSITION', 'MORPH_RELATION']);
const ALWAYS_GROUPABLE_SYSTEM_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt']);

/**
 * Whether Twenty groups by this field (isFlatFieldMetadataSupportedInGroupBy):
 * not a search vector, JSON, files or position, and not a system field
 * except createdAt and updatedAt.
 */
export function isGroupableField(field: { name: string; type: string; isSystem?: boolean | undefined }): boolean {
  if (field.isSystem === true && !(ALWAYS_GROUPABLE_SYSTEM_FIELDS.has(field.name) && (field.type === 'DATE' || field.type === 'DATE_TIME'))) {
    return false;
  }
  return !NOT_GROUPABLE_TYPES.has(field.type);
}
