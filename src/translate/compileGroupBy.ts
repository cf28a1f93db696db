import type { TwentyRecord } from '../twenty/types.js';
import { compileFilterOrThrow, type FilterInput } from './compileFilter.js';
import { compileOrderBy, type OrderByInput } from './compileOrderBy.js';
import type { ObjectFieldSpecs, ObjectFilterSpecs } from './fieldSpecs.js';
import { type ArgumentPath, badUserInput } from './userInputError.js';

/** How one `<Type>Aggregate` field is asked of Twenty and read back. */
export interface AggregateFieldSpec {
  /** Twenty's aggregate name, e.g. `sumAmountAmountMicros`. */
  twentyName: string;
  output: 'int' | 'float' | 'dateTime';
  /** A currency figure in units: Twenty's micros divided by 1,000,000. */
  inUnits: boolean;
}

/** How a group key's value is typed: an enum value, text, a boolean, a number, an id or a date bucket. */
export type GroupKeyKind = 'enum' | 'text' | 'boolean' | 'float' | 'uuid' | 'date';

/** One field of `<Type>GroupByInput` (and of `<Type>GroupKey`). */
export interface GroupFieldSpec {
  /** The input and key field name: a field, or a join column (`companyId`). */
  name: string;
  keyKind: GroupKeyKind;
  /** A join column: Twenty groups by its relation's target id (`{"company":{"id":true}}`). */
  relation?: string;
}

/** What groupBy arguments compile against: the object's filter fields, aggregates and group fields. */
export interface GroupByTarget {
  plural: string;
  filterFields: ObjectFilterSpecs;
  orderFields: ObjectFieldSpecs;
  /** `<Type>Aggregate` fields by GraphQL name, in the type's order. */
  aggregateFields: ReadonlyMap<string, AggregateFieldSpec>;
  /** `<Type>GroupByInput` fields by name. */
  groupFields: ReadonlyMap<string, GroupFieldSpec>;
}

/** A `<Type>GroupByInput` value: one field set, `true` or a `GroupByDateInput`. */
export type GroupByInput = Readonly<Record<string, unknown>>;

/** The arguments of `<plural>GroupBy` (and of `<plural>Aggregate`: a filter only). */
export interface GroupByArgs {
  groupBy?: readonly GroupByInput[] | null;
  filter?: FilterInput | null;
  orderByForRecords?: readonly OrderByInput[] | null;
  limit?: number | null;
}

/** What the operation selects of the groups: the aggregate fields (GraphQL names), and whether it reads their records. */
export interface GroupBySelection {
  aggregates: readonly string[];
  records?: boolean;
}

/** One dimension of a compiled groupBy: the field, and a date's bucket. */
export interface CompiledDimension {
  field: GroupFieldSpec;
  granularity?: string;
  timeZone?: string;
  weekStartDay?: string;
}

/** A groupBy in Twenty's terms: what `GET /rest/{plural}/groupBy` is sent, and how to read its answer. */
export interface CompiledGroupBy {
  /** The compiled filter; MATCHES_NOTHING when it can match no record. */
  filter: string | undefined;
  dimensions: CompiledDimension[];
  /** Twenty's aggregate names to ask for, in the aggregate type's order. */
  aggregates: string[];
  /** Groups answered (the client's `limit`). */
  limit: number;
  /** Each group's records are asked for (Twenty's records sample), in this `order_by` (undefined: by id). */
  records: { orderBy: string | undefined } | undefined;
  /**
   * The query parameters: `group_by`, `aggregate` and `order_by` as JSON,
   * the filter, and `limit` one above the client's (to tell whether more
   * groups exist); no order or limit without `group_by` entries.
   */
  params: URLSearchParams;
}

/** Groups a client may ask for (`limit`), and the default (Twenty's DEFAULT_NUMBER_OF_GROUPS_LIMIT). */
export const GROUP_LIMITS = { max: 100, default: 50 } as const;

// GRANULARITIES_WITH_TIME_ZONE of src/model/groupBy.ts: only these read a
// date-time in a zone, and only for them Twenty checks it.
const ZONED_GRANULARITIES = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

/**
 * Compiles groupBy arguments and the aggregate fields the client selected
 * (GraphQL names) into Twenty's groupBy parameters, without any upstream
 * call. Groups are asked in Twenty's order of their values, ascending, empty
 * ones last, so that `limit` cuts the same groups on every path. Throws
 * BAD_USER_INPUT for an entry that does not set exactly one field, an
 * unknown time zone, a limit out of range or a filter Twenty cannot be asked.
 */
export function compileGroupBy(target: GroupByTarget, args: GroupByArgs, selection: GroupBySelection): CompiledGroupBy {
  const filter = compileFilterOrThrow(args.filter, target.filterFields, ['filter']);
  const dimensions = (args.groupBy ?? []).map((input, index) => compileDimension(target, input, ['groupBy', index]));
  const recordOrder = compileOrderBy(args.orderByForRecords ? [...args.orderByForRecords] : undefined, target.orderFields, ['orderByForRecords']);
  const limit = args.limit ?? GROUP_LIMITS.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > GROUP_LIMITS.max) {
    throw badUserInput(`Expected a limit from 1 to ${GROUP_LIMITS.max}, got ${String(limit)}.`, ['limit']);
  }
  const wanted = new Set(selection.aggregates.map((name) => target.aggregateFields.get(name)?.twentyName).filter((name) => name !== undefined));
  const aggregates = [...new Set([...target.aggregateFields.values()].map((spec) => spec.twentyName))].filter((name) => wanted.has(name));
  const params = new URLSearchParams({ group_by: JSON.stringify(dimensions.map(groupByEntryOf)) });
  if (aggregates.length > 0) {
    params.set('aggregate', JSON.stringify(aggregates));
  }
  if (dimensions.length > 0) {
    params.set('order_by', JSON.stringify(dimensions.map(orderByEntryOf)));
  }
  if (filter !== undefined) {
    params.set('filter', filter);
  }
  const records = selection.records === true ? { orderBy: recordOrder.text } : undefined;
  if (records !== undefined) {
    params.set('include_records_sample', 'true');
    if (records.orderBy !== undefined) {
      params.set('order_by_for_records', records.orderBy);
    }
  }
  // Without entries there is one group: nothing to order or cut.
  if (dimensions.length > 0) {
    params.set('limit', String(limit + 1));
  }
  return { filter, dimensions, aggregates, limit, records, params };
}

function compileDimension(target: GroupByTarget, input: GroupByInput, path: ArgumentPath): CompiledDimension {
  const set = Object.entries(input).filter(([, value]) => value !== null && value !== undefined && value !== false);
  const [entry] = set;
  if (set.length !== 1 || entry === undefined) {
    throw badUserInput(
      `Expected exactly one field set in each groupBy entry (Twenty groups by one field per entry), got ${set.length === 0 ? 'none' : set.map(([name]) => name).join(', ')}.`,
      path,
    );
  }
  const [name, value] = entry;
  const field = target.groupFields.get(name);
  if (field === undefined) {
    throw badUserInput(`Cannot group by "${name}".`, [...path, name]);
  }
  if (field.keyKind !== 'date') {
    return { field };
  }
  const date = value as { granularity?: unknown; timeZone?: unknown; weekStartDay?: unknown };
  const dimension: CompiledDimension = { field, granularity: String(date.granularity) };
  if (typeof date.weekStartDay === 'string') {
    dimension.weekStartDay = date.weekStartDay;
  }
  if (ZONED_GRANULARITIES.has(dimension.granularity ?? '')) {
    const timeZone = typeof date.timeZone === 'string' ? date.timeZone : 'UTC';
    if (!isKnownTimeZone(timeZone)) {
      throw badUserInput(`Expected an IANA time zone such as "Europe/Paris", got ${JSON.stringify(timeZone)}.`, [...path, name, 'timeZone']);
    }
    dimension.timeZone = timeZone;
  }
  return dimension;
}

// Twenty's group_by entry (contract §1.1): `{"stage":true}`, a date with its
// bucket, or a join column as its relation's target id.
function groupByEntryOf(dimension: CompiledDimension): Record<string, unknown> {
  const { field } = dimension;
  if (field.relation !== undefined) {
    return { [field.relation]: { id: true } };
  }
  if (dimension.granularity === undefined) {
    return { [field.name]: true };
  }
  return {
    [field.name]: {
      granularity: dimension.granularity,
      ...(dimension.timeZone === undefined ? {} : { timeZone: dimension.timeZone }),
      ...(dimension.weekStartDay === undefined ? {} : { weekStartDay: dimension.weekStartDay }),
    },
  };
}

function orderByEntryOf(dimension: CompiledDimension): Record<string, unknown> {
  const { field } = dimension;
  if (field.relation !== undefined) {
    return { [field.relation]: { id: 'AscNullsLast' } };
  }
  if (dimension.granularity === undefined) {
    return { [field.name]: 'AscNullsLast' };
  }
  return { [field.name]: { orderBy: 'AscNullsLast', granularity: dimension.granularity } };
}

/** Whether this runtime knows `timeZone` (Twenty refuses a zone not in its IANA list with a 400). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One group as the GraphQL `<Type>Group` resolves it. */
export interface GroupResult {
  groupByDimensionValues: Array<string | null>;
  /** Key field name → typed value (enums as Twenty's option value). */
  key: Record<string, unknown>;
  /** `<Type>Aggregate` field name → value. */
  aggregate: Record<string, unknown>;
  /** Twenty's records sample, when asked. */
  records: TwentyRecord[];
}

/**
 * Reads Twenty's groups (the route's answer, or the same computed from
 * records) into GraphQL values: dimension values as text and typed under
 * their key fields, aggregate figures as numbers (counts and numeric strings
 * parsed, micros turned into units where asked), dates as ISO text.
 */
export function toGroupResults(groups: ReadonlyArray<Readonly<Record<string, unknown>>>, compiled: CompiledGroupBy, target: GroupByTarget): GroupResult[] {
  return groups.map((group) => {
    const values = Array.isArray(group['groupByDimensionValues']) ? (group['groupByDimensionValues'] as unknown[]) : [];
    const key: Record<string, unknown> = {};
    compiled.dimensions.forEach((dimension, index) => {
      key[dimension.field.name] = keyValueOf(dimension.field.keyKind, values[index]);
    });
    return {
      groupByDimensionValues: compiled.dimensions.map((_dimension, index) => textOf(values[index])),
      key,
      aggregate: toAggregateResult(group, target),
      records: Array.isArray(group['records']) ? (group['records'] as TwentyRecord[]) : [],
    };
  });
}

/** The `<Type>Aggregate` values of one group: every field whose Twenty aggregate the group carries. */
export function toAggregateResult(group: Readonly<Record<string, unknown>>, target: GroupByTarget): Record<string, unknown> {
  const aggregate: Record<string, unknown> = {};
  for (const [name, spec] of target.aggregateFields) {
    if (spec.twentyName in group) {
      aggregate[name] = figureOf(spec, group[spec.twentyName]);
    }
  }
  return aggregate;
}

function figureOf(spec: AggregateFieldSpec, value: unknown): unknown {
  if (value === null || value === undefined) {
    return spec.output === 'int' && spec.twentyName === 'totalCount' ? 0 : null;
  }
  switch (spec.output) {
    case 'dateTime':
      return String(value);
    case 'int':
      return Number(value);
    case 'float': {
      const number = Number(value);
      return spec.inUnits ? number / 1_000_000 : number;
    }
  }
}

function keyValueOf(kind: GroupKeyKind, value: unknown): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  switch (kind) {
    case 'boolean':
      return value === true || value === 'true' || value === 't';
    case 'float':
      return Number(value);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
