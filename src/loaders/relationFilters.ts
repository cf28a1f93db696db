import type { CompiledConnection } from '../translate/compileConnection.js';
import { MATCHES_NOTHING, type FilterPlan, type RelationRead } from '../translate/compileFilter.js';
import { badUserInput, printArgumentPath } from '../translate/userInputError.js';
import type { TwentyClient } from '../twenty/createTwentyClient.js';
import type { RouteSupport } from '../twenty/routeSupport.js';
import { TwentyApiError } from '../twenty/TwentyApiError.js';
import { isUuid } from '../utils/isUuid.js';

/** How relation filters reach Twenty: applied by Twenty in one hop (newest Twenty), or read in two steps (any Twenty). */
export type RelationFilterMode = 'oneHop' | 'twoStep';

/** `TWENTY_RELATION_FILTERS`: a fixed mode, or `auto` (learned from Twenty's answer, once per workspace). */
export type RelationFilterSetting = 'auto' | RelationFilterMode;

/** What a request knows of its workspace's relation filters. */
export interface RelationFilterSupport {
  /** The mode to use: the configured one, the one learned, or undefined (auto, not learned yet). */
  mode(): RelationFilterMode | undefined;
  /** Records what Twenty's answer showed; a configured mode never changes. */
  learn(mode: RelationFilterMode): void;
}

/**
 * The support of one workspace scope under `setting`: in `auto`, what its
 * Twenty showed is kept with the other findings of the process-wide route
 * memory (twenty/routeSupport.ts), for as long as those.
 */
export function relationFilterSupportOf(setting: RelationFilterSetting, routes: RouteSupport, scope: string): RelationFilterSupport {
  return {
    mode() {
      if (setting !== 'auto') {
        return setting;
      }
      const served = routes.known(scope).relationFilters;
      return served === undefined ? undefined : served ? 'oneHop' : 'twoStep';
    },
    learn(mode) {
      if (setting === 'auto') {
        routes.remember(scope, 'relationFilters', mode === 'oneHop');
      }
    },
  };
}

/** Bounds of the two-step reads. */
export interface RelationReadLimits {
  /** Largest `limit` Twenty honours. */
  pageCap: number;
  /** Most ids the second step lists (`companyId[in]:[…]`); they travel in the URL. */
  maxIds: number;
  /** Most related rows a one-to-many condition's read may go through (`BFF_RELATION_FILTER_MAX_ROWS`). */
  maxRows: number;
}

/** Applies the relation filters of one request's connections (src/translate/compileFilter.ts planFilterOrThrow). */
export interface RelationFilterRuntime {
  readonly support: RelationFilterSupport;
  /**
   * Reads the list `compiled` describes with `read`, its relation filter in
   * the form the workspace takes: one hop when Twenty applies them, or the
   * two-step form (its reads made once per request). With `probe`, a
   * workspace not known yet is asked in one hop first, and what its answer
   * shows is learned; without, it is read in two steps. When Twenty refuses
   * the one-hop form in a workspace known (or configured) to take it, that
   * refusal is the answer, and an auto workspace is read in two steps next time.
   */
  read<T>(compiled: CompiledConnection, read: (ready: CompiledConnection) => Promise<T>, options: { probe: boolean }): Promise<T>;
}

/** The runtime of one request over `twenty`. */
export function createRelationFilterRuntime(twenty: TwentyClient, support: RelationFilterSupport, limits: RelationReadLimits): RelationFilterRuntime {
  const twoStepForms = new WeakMap<CompiledConnection, Promise<CompiledConnection>>();
  const twoStep = (compiled: CompiledConnection, plan: FilterPlan): Promise<CompiledConnection> => {
    let form = twoStepForms.get(compiled);
    if (!form) {
      form = Promise.all(plan.reads.map((read) => collect(twenty, read, limits))).then((values) => formOf(compiled, plan.finish(values)));
      twoStepForms.set(compiled, form);
    }
    return form;
  };
  return {
    support,
    async read(compiled, read, { probe }) {
      const { relations } = compiled;
      if (relations === undefined) {
        return read(compiled);
      }
      const mode = support.mode();
      if (relations.oneHop === null || mode === 'twoStep' || (mode === undefined && !probe)) {
        return read(await twoStep(compiled, relations.twoStep));
      }
      try {
        const result = await read(formOf(compiled, relations.oneHop));
        support.learn('oneHop');
        return result;
      } catch (error) {
        if (!isRelationFilterRefusal(error, relations.fields)) {
          throw error;
        }
        support.learn('twoStep');
        if (mode === 'oneHop') {
          // The operation's cost was estimated for one-hop filters (configured,
          // or learned before): reading more now could pass the limit it was
          // allowed under. Twenty's refusal is the answer; a learned mode is
          // now two-step, so the next operation works.
          throw error;
        }
        return read(await twoStep(compiled, relations.twoStep));
      }
    },
  };
}

/**
 * Whether Twenty refused a filter because it does not look through
 * relations (releases before one-hop traversal, contract §3.2, §9): newest
 * releases without it say `Cannot filter by relation field "company"…`,
 * G2/G3 `Object person doesn't have any "company" field.`, G1 `field 'company'
 * does not exist in 'person' object`.
 */
export function isRelationFilterRefusal(error: unknown, fields: readonly string[]): error is TwentyApiError {
  return (
    error instanceof TwentyApiError &&
    error.kind === 'http' &&
    error.status === 400 &&
    error.messages.some(
      (message) =>
        /Cannot filter by relation field|doesn't have any|does not exist in/.test(message) &&
        fields.some((field) => message.includes(`"${field}"`) || message.includes(`'${field}'`)),
    )
  );
}

function formOf(compiled: CompiledConnection, filter: string | undefined): CompiledConnection {
  return { filter, orderBy: compiled.orderBy, plan: compiled.plan };
}

// The first step of a relation condition: the ids of the related records
// that meet it (many-to-one), or the parents of the children that do
// (one-to-many), refused when there are more than the second step can list.
async function collect(twenty: TwentyClient, read: RelationRead, limits: RelationReadLimits): Promise<string[]> {
  if (read.filter === MATCHES_NOTHING) {
    return [];
  }
  const where = printArgumentPath(read.at);
  const filter = read.filter === undefined ? {} : { filter: read.filter };
  if (read.cardinality === 'manyToOne') {
    const page = await twenty.findMany(read.plural, { ...filter, limit: limits.maxIds });
    if (page.totalCount > limits.maxIds || page.pageInfo.hasNextPage) {
      throw badUserInput(
        `The relation filter at "${where}" matches ${page.totalCount} ${read.plural}; read in two steps (their ids, then the records that point at them), a relation filter carries at most ${limits.maxIds}: narrow it.`,
        read.at,
      );
    }
    return valuesOf(page.records, 'id');
  }
  const first = await twenty.findMany(read.plural, { ...filter, limit: limits.pageCap });
  if (first.totalCount > limits.maxRows) {
    throw badUserInput(
      `The relation filter at "${where}" matches ${first.totalCount} ${read.plural}; read in two steps, a relation filter goes through at most ${limits.maxRows} (BFF_RELATION_FILTER_MAX_ROWS): narrow it.`,
      read.at,
    );
  }
  const rest =
    first.pageInfo.hasNextPage && first.pageInfo.endCursor !== null && first.totalCount > first.records.length
      ? await twenty.findPages(read.plural, { ...filter, direction: 'forward', cursor: first.pageInfo.endCursor, count: first.totalCount - first.records.length })
      : undefined;
  const parents = valuesOf([...first.records, ...(rest?.records ?? [])], read.collect);
  if (parents.length > limits.maxIds) {
    throw badUserInput(
      `The relation filter at "${where}" matches ${read.plural} of ${parents.length} different records; read in two steps, a relation filter carries at most ${limits.maxIds}: narrow it.`,
      read.at,
    );
  }
  return parents;
}

function valuesOf(records: ReadonlyArray<Record<string, unknown>>, key: string): string[] {
  const values = records.map((record) => record[key]).filter((value): value is string => isUuid(value));
  return [...new Set(values.map((value) => value.toLowerCase()))];
}
