import { MOVE_MAX_RENUMBERED } from '../schema/bulkWriteSdl.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import { compileFilterOrThrow, type FilterInput, MATCHES_NOTHING } from '../translate/compileFilter.js';
import { MAX_IDS_PER_REQUEST } from '../loaders/createLoaders.js';

/** What a root field of bulkWriteSdl costs for its arguments. */
export interface ComputedCost {
  /** Most upstream requests the field itself makes. */
  requests: number;
  /** Most records its selection runs on. */
  records: number;
  /** Write inputs whose select or custom values cost the metadata read first. */
  metadataInputs?: unknown[];
}

/** The cost rule of one such field, by schema coordinate. */
export interface ComputedRule {
  kind: 'computed';
  descriptor: ObjectDescriptor;
  cost(args: Record<string, unknown>, options: BulkCostOptions): ComputedCost;
}

/** The configuration these costs depend on (UpstreamCostOptions). */
export interface BulkCostOptions {
  pageCap: number;
  maxBulkRecords: number;
}

// QUERY_MAX_RECORDS: the duplicates Twenty answers per record looked for.
const DUPLICATES_PER_LOOKUP = 200;

/**
 * The cost rules of the bulk writes, moves, merges and duplicates of every
 * object (src/resolvers/bulkWrites.ts), by schema coordinate; rules of fields
 * a schema does not have are never asked.
 */
export function bulkWriteCostRules(registry: ObjectRegistry): Map<string, ComputedRule> {
  const rules = new Map<string, ComputedRule>();
  for (const descriptor of registry.values()) {
    const plural = `${descriptor.plural.charAt(0).toUpperCase()}${descriptor.plural.slice(1)}`;
    for (const verb of ['update', 'delete', 'restore', 'destroy'] as const) {
      rules.set(`Mutation.${verb}${plural}`, {
        kind: 'computed',
        descriptor,
        cost: (args, options) => {
          if (matchesNothing(descriptor, args['filter'])) {
            return { requests: 0, records: 0 };
          }
          // The matching ids, pages of pageCap up to the cap; then writes of
          // 60 ids, each a G3 restore then G2's should G3's route be refused.
          const reads = Math.ceil(options.maxBulkRecords / options.pageCap);
          const writes = Math.ceil(options.maxBulkRecords / MAX_IDS_PER_REQUEST) * (verb === 'restore' ? 2 : 1);
          return { requests: reads + writes, records: 0, ...(verb === 'update' ? { metadataInputs: [args['data']] } : {}) };
        },
      });
    }
    rules.set(`Mutation.move${descriptor.typeName}`, {
      kind: 'computed',
      descriptor,
      cost: (args) => {
        // The records named; the other neighbour when one is given; when the
        // neighbours share a position, the records sharing it and the next
        // position, then their writes; the moved record's write.
        const oneSided = args['after'] == null || args['before'] == null;
        return { requests: 1 + (oneSided ? 1 : 0) + 2 + MOVE_MAX_RENUMBERED + 1, records: 1 };
      },
    });
    rules.set(`Mutation.merge${plural}`, { kind: 'computed', descriptor, cost: () => ({ requests: 1, records: 1 }) });
    rules.set(`Query.${descriptor.singular}Duplicates`, {
      kind: 'computed',
      descriptor,
      cost: (args) => {
        const lookups = Array.isArray(args['ids']) ? args['ids'].length : Array.isArray(args['data']) ? args['data'].length : 0;
        return lookups === 0 ? { requests: 0, records: 0 } : { requests: 1, records: lookups * DUPLICATES_PER_LOOKUP };
      },
    });
  }
  return rules;
}

// A filter compiled to MATCHES_NOTHING is answered without asking Twenty.
function matchesNothing(descriptor: ObjectDescriptor, filter: unknown): boolean {
  try {
    return compileFilterOrThrow(filter as FilterInput, descriptor.filterFields, ['filter']) === MATCHES_NOTHING;
  } catch {
    return false;
  }
}
