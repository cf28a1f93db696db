import {
  type FieldNode,
  getDirectiveValues,
  type GraphQLResolveInfo,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionSetNode,
} from 'graphql';

import type { QueryResolvers, Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { fetchGroupBy, type GroupByFallback } from '../loaders/fetchGroupBy.js';
import { readAggregateRegistry } from '../schema/aggregateRegistry.js';
import type { ObjectRegistry } from '../schema/objectRegistry.js';
import { compileGroupBy, type GroupByArgs, toAggregateResult, toGroupResults } from '../translate/compileGroupBy.js';
import type { ArgumentCheck } from './argumentChecks.js';

/** What aggregates need besides the schema. */
export interface AggregateOptions {
  /** Most records read to compute aggregates on a Twenty without the groupBy route (`BFF_AGGREGATE_MAX_RECORDS`). */
  maxRecords: number;
  /** Largest `limit` the upstream honours (`TWENTY_PAGE_CAP`). */
  pageCap: number;
}

type RootResolver = (parent: unknown, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => unknown;

/**
 * Resolvers of every object's `<plural>Aggregate` and `<plural>GroupBy`:
 * the aggregates the operation selects, asked of Twenty's groupBy route in
 * one request, or computed from the matching records where Twenty has no
 * such route (loaders/fetchGroupBy.ts). Groups, keys and figures are plain
 * objects the default resolvers read; a key's relation fields load through
 * `@relation` like any other.
 */
export function createAggregateResolvers(registry: ObjectRegistry, typeDefs: readonly string[], options: AggregateOptions): Resolvers {
  const query: Record<string, RootResolver> = {};
  for (const descriptor of readAggregateRegistry(typeDefs, registry).values()) {
    const fallback: GroupByFallback = { definitions: descriptor.definitions, maxRecords: options.maxRecords, pageCap: options.pageCap };
    query[`${descriptor.plural}Aggregate`] = async (_parent, args, context, info) => {
      const compiled = compileGroupBy(descriptor, { filter: (args as GroupByArgs).filter ?? null }, { aggregates: selectedFieldNames(info, []) });
      const { groups } = await fetchGroupBy(context.twenty, descriptor.plural, compiled, fallback);
      // Without group_by entries there is one group, even over no record.
      const [group] = groups;
      return group === undefined ? { totalCount: 0 } : toAggregateResult(group, descriptor);
    };
    if (!descriptor.hasGroupBy) {
      continue;
    }
    query[`${descriptor.plural}GroupBy`] = async (_parent, args, context, info) => {
      const compiled = compileGroupBy(descriptor, args as GroupByArgs, {
        aggregates: selectedFieldNames(info, ['groups', 'aggregate']),
        records: selectedFieldNames(info, ['groups']).includes('records'),
      });
      const outcome = await fetchGroupBy(context.twenty, descriptor.plural, compiled, fallback);
      const groups = toGroupResults(outcome.groups, compiled, descriptor);
      return {
        groups: groups.slice(0, compiled.limit),
        hasMore: groups.length > compiled.limit,
        report: { source: outcome.source, upstreamRequests: outcome.upstreamRequests, recordsRead: outcome.recordsRead },
      };
    };
  }
  return { Query: query as QueryResolvers } as Resolvers;
}

/** The pre-execution checks of every aggregate and groupBy field's arguments. */
export function aggregateArgumentChecks(registry: ObjectRegistry, typeDefs: readonly string[]): Map<string, ArgumentCheck> {
  const checks = new Map<string, ArgumentCheck>();
  for (const descriptor of readAggregateRegistry(typeDefs, registry).values()) {
    checks.set(`Query.${descriptor.plural}Aggregate`, (args) => {
      compileGroupBy(descriptor, { filter: (args as GroupByArgs).filter ?? null }, { aggregates: [] });
    });
    if (descriptor.hasGroupBy) {
      checks.set(`Query.${descriptor.plural}GroupBy`, (args) => {
        compileGroupBy(descriptor, args as GroupByArgs, { aggregates: [] });
      });
    }
  }
  return checks;
}

// The names of the fields selected `path` levels under this field (through
// fragments, honouring @skip and @include, as graphql-js executes them): the
// aggregates to ask Twenty for. Every type on the way is a concrete object
// type, so fragments apply by position.
function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => fieldsOf(node.selectionSet, info).filter((field) => field.name.value === name));
  }
  return [...new Set(level.flatMap((node) => fieldsOf(node.selectionSet, info).map((field) => field.name.value)))];
}

function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues);
    if (skip?.['if'] === true || include?.['if'] === false) {
      continue;
    }
    switch (selection.kind) {
      case Kind.FIELD:
        fields.push(selection);
        break;
      case Kind.INLINE_FRAGMENT:
        fields.push(...fieldsOf(selection.selectionSet, info, seen));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        if (fragment !== undefined && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          fields.push(...fieldsOf(fragment.selectionSet, info, seen));
        }
        break;
      }
    }
  }
  return fields;
}
