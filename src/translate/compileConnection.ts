import type { TwentyPage, TwentyRecord } from '../twenty/types.js';
import { type FilterInput, type FilterPlan, MATCHES_NOTHING, planFilterOrThrow } from './compileFilter.js';
import { compileOrderBy, type CompiledOrderBy, type OrderByInput } from './compileOrderBy.js';
import type { ObjectFieldSpecs, ObjectFilterSpecs } from './fieldSpecs.js';
import { type Connection, type PagePlan, toConnection, toPagePlan } from './pagination.js';

/** Connection arguments as GraphQL passes them. */
export interface ConnectionArgs {
  filter?: FilterInput | null;
  orderBy?: ReadonlyArray<OrderByInput> | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Page-size limits of the GraphQL API. */
export interface PagingOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

/** The object a connection lists: its REST plural and filter/order field tables. */
export interface ConnectionTarget {
  plural: string;
  filterFields: ObjectFilterSpecs;
  orderFields: ObjectFieldSpecs;
}

/** A connection's arguments in Twenty's terms: `filter` and `order_by` texts and the page plan. */
export interface CompiledConnection {
  /** Twenty's `filter` value; undefined while `relations` is set, until one of its forms is chosen. */
  filter: string | undefined;
  orderBy: CompiledOrderBy;
  plan: PagePlan;
  /**
   * Set when the filter looks through relations: its two forms, one of which
   * src/loaders/relationFilters.ts chooses (reading first for the two-step
   * one) before the connection is read.
   */
  relations?: RelationFilterForms;
}

/** The forms of a filter that looks through relations (see planFilterOrThrow). */
export interface RelationFilterForms {
  /** Applied by Twenty itself, one hop deep (newest Twenty); null when the filter has no such form. */
  oneHop: string | undefined | null;
  /** Reads first, then the filter with what they found (any Twenty). */
  twoStep: FilterPlan;
  /** The relation fields it looks through. */
  fields: readonly string[];
}

/** A Relay connection over Twenty records, as the connection types of the schema expect it. */
export type RecordConnection = Connection<TwentyRecord>;

/**
 * Validates and compiles a connection's arguments without any upstream call.
 * Throws BAD_USER_INPUT (with the argument path) for anything Twenty could
 * not be asked exactly.
 */
export function compileConnection(target: ConnectionTarget, args: ConnectionArgs, paging: PagingOptions): CompiledConnection {
  const filter = planFilterOrThrow(args.filter, target.filterFields, ['filter']);
  const orderBy = compileOrderBy(args.orderBy ? [...args.orderBy] : undefined, target.orderFields, ['orderBy']);
  const plan = toPagePlan(args, paging, orderBy, []);
  // Known empty whatever the relations hold: nothing to read first.
  if (filter.relationFields.length === 0 || filter.oneHop === MATCHES_NOTHING) {
    return { filter: filter.oneHop ?? undefined, orderBy, plan };
  }
  return { filter: undefined, orderBy, plan, relations: { oneHop: filter.oneHop, twoStep: filter.twoStep, fields: filter.relationFields } };
}

/** One request's compiled connection arguments, keyed by target object and arguments. */
export type ConnectionCompilations = Map<string, CompiledConnection>;

/**
 * compileConnection once per request for the same object and arguments: the
 * pre-execution argument check, the list resolver and every parent of a
 * nested connection share one compiled (and proven) filter.
 */
export function compileConnectionOnce(
  compilations: ConnectionCompilations,
  target: ConnectionTarget,
  args: ConnectionArgs,
  paging: PagingOptions,
): CompiledConnection {
  const key = JSON.stringify([target.plural, args]);
  let compiled = compilations.get(key);
  if (!compiled) {
    compiled = compileConnection(target, args, paging);
    compilations.set(key, compiled);
  }
  return compiled;
}

/**
 * Returns `condition` AND `filter` as one Twenty filter text; `condition` is
 * ours (a join-column leaf such as `companyId[in]:[…]`), `filter` a compiled
 * client filter or undefined.
 */
export function andFilter(condition: string, filter: string | undefined): string {
  // The client's filter goes last: a compiled filter is proven to parse as
  // intended on its own, and as the last item of a conjunction nothing
  // follows it that a quote or bracket toggle inside it could swallow (contract §3.1 step 4).
  return filter === undefined ? condition : `and(${condition},${filter})`;
}

/**
 * Returns the connection of already-read rows: the first `plan.count` of
 * `rows` (all matches of one parent, in order), with `totalCount` and
 * `hasNextPage` from the whole list.
 */
export function sliceConnection(rows: readonly TwentyRecord[], compiled: CompiledConnection): RecordConnection {
  const records = rows.slice(0, compiled.plan.count);
  const page: TwentyPage<TwentyRecord> = {
    records,
    totalCount: rows.length,
    pageInfo: { hasNextPage: rows.length > records.length, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
  return toConnection<TwentyRecord>(page, compiled.plan, compiled.orderBy);
}
