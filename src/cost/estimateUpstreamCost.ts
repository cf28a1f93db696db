import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

import { MAX_IDS_PER_REQUEST } from '../loaders/createLoaders.js';
import { bulkWriteCostRules, type ComputedRule } from './bulkWriteCost.js';
import { fallbackPages } from '../loaders/fetchGroupBy.js';
import type { PagingOptions } from '../translate/compileConnection.js';
import type { ChildRelation } from '../loaders/relatedConnections.js';
import { readRelationFields, type RelationField } from '../resolvers/relations.js';
import { readAggregateRegistry } from '../schema/aggregateRegistry.js';
import { RECORDS_PER_GROUP } from '../schema/aggregateSdl.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import type { RelationFilterMode } from '../loaders/relationFilters.js';
import { readSearchTargets } from '../schema/searchTargets.js';
import { type FilterInput, MATCHES_NOTHING, planFilterOrThrow } from '../translate/compileFilter.js';
import { GROUP_LIMITS } from '../translate/compileGroupBy.js';
import { compileSearchOrThrow, SEARCH_CANDIDATES, type SearchPlan, type SearchTarget } from '../translate/compileSearch.js';
import type { ObjectFilterSpecs } from '../translate/fieldSpecs.js';
import { CUSTOM_FIELDS } from '../translate/recordInput.js';

/** The configuration the upstream cost depends on. */
export interface UpstreamCostOptions {
  /** Largest `limit` the upstream honours (`TWENTY_PAGE_CAP`); ids per request are min(pageCap, 60). */
  pageCap: number;
  paging: PagingOptions;
  /** `BFF_RELATION_BATCH_MAX_ROWS`. */
  relationBatchMaxRows: number;
  /** Records per `POST /rest/batch/{objects}` of a create-many (the page cap today). */
  batchSize: number;
  /** `BFF_MAX_BULK_RECORDS`: most records a bulk write by filter reads and writes. */
  maxBulkRecords: number;
  /** `BFF_RELATION_FILTER_MAX_ROWS`: the most rows a one-to-many relation filter's first step reads. */
  relationFilterMaxRows: number;
  /** Most records an aggregate reads on a Twenty without the groupBy route (`BFF_AGGREGATE_MAX_RECORDS`). */
  aggregateMaxRecords: number;
}

/**
 * What is known of the workspace's Twenty when the operation is estimated
 * (src/twenty/routeSupport.ts): whether it serves the groupBy route.
 */
export interface KnownUpstreamRoutes {
  groupBy?: boolean;
}

/** What one root field of the operation may cost. */
export interface RootFieldCost {
  /** The field's response key: its alias, or its name. */
  responseKey: string;
  /** Its schema coordinate, e.g. `Query.companies`. */
  coordinate: string;
  /** Most upstream requests the field and everything under it can make. */
  cost: number;
}

/** An upper bound of an operation's upstream HTTP requests, and the share of each root field. */
export interface UpstreamCostEstimate {
  total: number;
  byRootField: RootFieldCost[];
}

/**
 * Workspace size assumed for the metadata listings, which follow pages of
 * `pageCap` rows: Twenty's standard data model has about 40 objects (system
 * ones included) and a thousand fields, so these leave room for custom ones.
 * A bigger workspace makes `objects` and `fields` cost more than estimated.
 */
export const ASSUMED_WORKSPACE_OBJECTS = 200;
/** See ASSUMED_WORKSPACE_OBJECTS. */
export const ASSUMED_WORKSPACE_FIELDS = 2_000;
/** See ASSUMED_WORKSPACE_OBJECTS: saved views, a few per object. */
export const ASSUMED_WORKSPACE_VIEWS = 200;

/** The schema-derived tables the estimate walks with, built once at boot. */
export interface UpstreamCostModel {
  schema: GraphQLSchema;
  options: UpstreamCostOptions;
  /** Relation fields by schema coordinate, e.g. `Company.people`. */
  relations: ReadonlyMap<string, RelationField>;
  /** How every Query and Mutation field reaches Twenty, by schema coordinate. */
  rootFields: ReadonlyMap<string, RootRule>;
  /** Lists that hold several records per parent without a request of their own (a group's records), by coordinate. */
  listSizes: ReadonlyMap<string, number>;
}

// What a root field does upstream (src/resolvers/records.ts, metadata.ts,
// mutations.ts, mutationMetadata.ts).
type RootRule =
  | { kind: 'free' }
  | { kind: 'list'; descriptor: ObjectDescriptor }
  | { kind: 'byId' }
  | { kind: 'objects' }
  | { kind: 'object' }
  | { kind: 'fields' }
  | { kind: 'create'; descriptor: ObjectDescriptor }
  | { kind: 'createMany'; descriptor: ObjectDescriptor }
  | { kind: 'update'; descriptor: ObjectDescriptor }
  | { kind: 'requests'; requests: number }
  | { kind: 'metadataWrite' }
  | { kind: 'search'; targets: readonly SearchTarget[] }
  | ComputedRule
  | { kind: 'aggregate'; descriptor: Pick<ObjectDescriptor, 'filterFields'>; groups: boolean }
  | { kind: 'recordChange' };

/**
 * Builds the cost model of `schema`. Throws when a Query or Mutation field
 * has no cost rule, so a new root field cannot slip past the limit (a bug,
 * caught at boot like a missing resolver).
 */
export function createUpstreamCostModel(
  schema: GraphQLSchema,
  registry: ObjectRegistry,
  options: UpstreamCostOptions,
  typeDefs: readonly string[],
): UpstreamCostModel {
  const relations = new Map(readRelationFields(typeDefs, registry).map((field) => [`${field.typeName}.${field.fieldName}`, field]));
  const rules = new Map<string, RootRule>([
    ['Query.ping', { kind: 'free' }],
    ['Query.objects', { kind: 'objects' }],
    ['Query.object', { kind: 'object' }],
    ['Query.fields', { kind: 'fields' }],
    ['Query.views', { kind: 'requests', requests: Math.ceil(ASSUMED_WORKSPACE_VIEWS / options.pageCap) }],
    ['Query.search', { kind: 'search', targets: readSearchTargets(typeDefs, registry) }],
  ]);
  for (const descriptor of registry.values()) {
    const { plural, singular, typeName } = descriptor;
    rules.set(`Query.${plural}`, { kind: 'list', descriptor });
    rules.set(`Query.${singular}`, { kind: 'byId' });
    rules.set(`Mutation.create${typeName}`, { kind: 'create', descriptor });
    rules.set(`Mutation.create${plural.charAt(0).toUpperCase()}${plural.slice(1)}`, { kind: 'createMany', descriptor });
    rules.set(`Mutation.update${typeName}`, { kind: 'update', descriptor });
    rules.set(`Mutation.delete${typeName}`, { kind: 'requests', requests: 1 });
    rules.set(`Mutation.destroy${typeName}`, { kind: 'requests', requests: 1 });
    // G3's restore path, then G2's when G3's is refused (createTwentyClient restoreOne).
    rules.set(`Mutation.restore${typeName}`, { kind: 'requests', requests: 2 });
    // Look for the target row, then create it when there is none.
    rules.set(`Mutation.attach${typeName}`, { kind: 'requests', requests: 2 });
    // One page of target rows, then one DELETE per row. attach never makes a
    // second row for the same pair, so one row is assumed.
    rules.set(`Mutation.detach${typeName}`, { kind: 'requests', requests: 2 });
  }
  const listSizes = new Map<string, number>();
  for (const descriptor of readAggregateRegistry(typeDefs, registry).values()) {
    rules.set(`Query.${descriptor.plural}Aggregate`, { kind: 'aggregate', descriptor, groups: false });
    if (descriptor.hasGroupBy) {
      rules.set(`Query.${descriptor.plural}GroupBy`, { kind: 'aggregate', descriptor, groups: true });
      listSizes.set(`${descriptor.typeName}Group.records`, RECORDS_PER_GROUP);
    }
  }
  for (const name of ['createObject', 'updateObject', 'deleteObject', 'createField', 'updateField', 'deleteField']) {
    rules.set(`Mutation.${name}`, { kind: 'metadataWrite' });
  }
  for (const [coordinate, rule] of bulkWriteCostRules(registry)) {
    rules.set(coordinate, rule);
  }
  // Per change delivered, not per subscription.
  rules.set('Subscription.recordChanged', { kind: 'recordChange' });
  const rootFields = new Map<string, RootRule>();
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const name of Object.keys(root?.getFields() ?? {})) {
      const coordinate = `${root?.name ?? ''}.${name}`;
      const rule = rules.get(coordinate);
      if (!rule) {
        throw new Error(`${coordinate} has no upstream cost rule in src/cost/estimateUpstreamCost.ts.`);
      }
      rootFields.set(coordinate, rule);
    }
  }
  return { schema, options, relations, rootFields, listSizes };
}

/**
 * Returns an upper bound of the upstream HTTP requests the operation named
 * `operationName` in `document` can make with `variables`, following what
 * the resolvers and loaders do (retries not included), with each root
 * field's share; `known` narrows what an aggregate may cost once the
 * workspace's groupBy route is known to be there or not. An operation that
 * cannot run (unknown operation, variables that do not coerce) costs 0: it
 * is refused before any upstream call.
 */
export function estimateUpstreamCost(
  model: UpstreamCostModel,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  /** How the workspace takes relation filters (src/loaders/relationFilters.ts); undefined: not known yet, the dearest case. */
  relationFilterMode?: RelationFilterMode,
  known: KnownUpstreamRoutes = {},
): UpstreamCostEstimate {
  const operation = getOperationAST(document, operationName);
  const root = operation ? model.schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) {
    return { total: 0, byRootField: [] };
  }
  const coerced = getVariableValues(model.schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    return { total: 0, byRootField: [] };
  }
  const walk: Walk = {
    model,
    idsPerRequest: Math.min(model.options.pageCap, MAX_IDS_PER_REQUEST),
    fragments: new Map(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    ),
    variables: coerced.coerced,
    objectsListed: false,
    relationFilterMode,
    known,
  };
  const byRootField: RootFieldCost[] = [];
  for (const [responseKey, nodes] of collectFields(root, [operation.selectionSet], walk)) {
    const name = nodes[0]?.name.value ?? '';
    byRootField.push({ responseKey, coordinate: `${root.name}.${name}`, cost: rootFieldCost(root, nodes, walk) });
  }
  return { total: byRootField.reduce((sum, field) => sum + field.cost, 0), byRootField };
}

interface Walk {
  model: UpstreamCostModel;
  idsPerRequest: number;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /**
   * Whether the workspace's objects were already listed by an earlier root
   * field: the loaders read them once per request, and again after a
   * metadata write.
   */
  objectsListed: boolean;
  relationFilterMode: RelationFilterMode | undefined;
  known: KnownUpstreamRoutes;
}

function rootFieldCost(root: GraphQLObjectType, nodes: readonly FieldNode[], walk: Walk): number {
  const [node] = nodes;
  const definition = node ? root.getFields()[node.name.value] : undefined;
  const rule = definition ? walk.model.rootFields.get(`${root.name}.${definition.name}`) : undefined;
  const args = node && definition ? argumentsOf(definition, node, walk) : undefined;
  if (!node || !definition || !rule || !args) {
    // Introspection, or a field whose arguments fail: nothing goes upstream.
    return 0;
  }
  const { pageCap, batchSize } = walk.model.options;
  let own: number;
  let records = 1;
  switch (rule.kind) {
    case 'free':
      return 0;
    case 'list': {
      const count = countOf(args, walk.model.options.paging);
      if (matchesNothing(rule.descriptor, args['filter'])) {
        return 0;
      }
      own = pagesOf(count, pageCap) + relationFilterCost(rule.descriptor.filterFields, args['filter'], true, walk);
      records = count;
      break;
    }
    case 'byId':
      own = 1;
      break;
    case 'objects':
      own = objectsListing(walk);
      break;
    case 'object':
      own = args['id'] != null ? 1 : objectsListing(walk);
      break;
    case 'fields':
      own = args['objectId'] != null ? 1 : Math.ceil(ASSUMED_WORKSPACE_FIELDS / pageCap);
      break;
    case 'create':
    case 'update':
      own = (needsMetadata(rule.descriptor, [args['data']]) ? objectsListing(walk) : 0) + 1;
      break;
    case 'createMany': {
      const data = Array.isArray(args['data']) ? (args['data'] as unknown[]) : [];
      own = (needsMetadata(rule.descriptor, data) ? objectsListing(walk) : 0) + Math.ceil(data.length / batchSize);
      // The payload's `records` list holds one record per input.
      records = data.length;
      break;
    }
    case 'requests':
      own = rule.requests;
      break;
    case 'metadataWrite':
      own = 1;
      walk.objectsListed = false;
      break;
    case 'search':
      return searchCost(rule.targets, definition, nodes, args, walk);
    case 'computed': {
      const computed = rule.cost(args, walk.model.options);
      own = (computed.metadataInputs !== undefined && needsMetadata(rule.descriptor, computed.metadataInputs) ? objectsListing(walk) : 0) + computed.requests;
      records = computed.records;
      break;
    }
    case 'aggregate': {
      // loaders/fetchGroupBy.ts: the groupBy route, or (without it) the
      // matching records page by page, up to aggregateMaxRecords; a filter
      // that matches nothing asks nothing.
      if (matchesNothing(rule.descriptor, args['filter'])) {
        return 0;
      }
      const pages = fallbackPages(walk.model.options.aggregateMaxRecords, pageCap);
      own = walk.known.groupBy === true ? 1 : walk.known.groupBy === false ? pages : 1 + pages;
      // Groups answered, each with a key whose relations load by id.
      records = rule.groups ? groupLimitOf(args) : 1;
      break;
    }
    case 'recordChange':
      return recordChangeCost(getNamedType(definition.type), nodes, walk);
  }
  return own + selectionsCost(getNamedType(definition.type), nodes, { count: records, deliveries: 1 }, walk);
}

// One change of a subscription: `record`, under each alias it is selected
// with, is one read by id (the bound ignores that the loader shares them),
// whose relations then load once it has arrived.
function recordChangeCost(type: GraphQLNamedType, nodes: readonly FieldNode[], walk: Walk): number {
  const definition = isObjectType(type) ? type.getFields()['record'] : undefined;
  if (!isObjectType(type) || !definition) {
    return 0;
  }
  let total = 0;
  for (const fieldNodes of collectFields(type, nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])), walk).values()) {
    if (fieldNodes[0]?.name.value === definition.name) {
      total += 1 + selectionsCost(getNamedType(definition.type), fieldNodes, { count: 1, deliveries: 2 }, walk);
    }
  }
  return total;
}

/**
 * The objects a selection runs on: at most `count` of them, made available
 * in at most `deliveries` separate moments. Objects that arrive together
 * queue their relation loads in one batch series; those that arrive apart may
 * not share it (BFF_BATCH_HOLD_MS can expire while a sibling read is still in
 * flight), and each delivery can leave one partly filled batch.
 */
interface Parents {
  count: number;
  deliveries: number;
}

// The cost of everything selected under `nodes` (one response key, merged as
// graphql-js merges them), for `parents` objects of `type`.
function selectionsCost(type: GraphQLNamedType, nodes: readonly FieldNode[], parents: Parents, walk: Walk): number {
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  if (selectionSets.length === 0 || parents.count === 0) {
    return 0;
  }
  if (isAbstractType(type)) {
    return Math.max(0, ...walk.model.schema.getPossibleTypes(type).map((possible) => objectCost(possible, selectionSets, parents, walk)));
  }
  return isObjectType(type) ? objectCost(type, selectionSets, parents, walk) : 0;
}

function objectCost(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], parents: Parents, walk: Walk): number {
  let total = 0;
  for (const nodes of collectFields(type, selectionSets, walk).values()) {
    total += fieldCost(type, nodes, parents, walk);
  }
  return total;
}

// A field under `parents`. Only relation fields go upstream; any other object
// field (edges, node, a payload) passes its parents on.
function fieldCost(type: GraphQLObjectType, nodes: readonly FieldNode[], parents: Parents, walk: Walk): number {
  const [node] = nodes;
  const definition = node ? type.getFields()[node.name.value] : undefined;
  if (!node || !definition) {
    return 0;
  }
  const returned = getNamedType(definition.type);
  const relation = walk.model.relations.get(`${type.name}.${definition.name}`);
  if (!relation) {
    // A group's records come with the group (one delivery), up to their list size each.
    const size = walk.model.listSizes.get(`${type.name}.${definition.name}`);
    return selectionsCost(returned, nodes, size === undefined ? parents : { count: parents.count * size, deliveries: parents.deliveries }, walk);
  }
  const args = argumentsOf(definition, node, walk);
  if (!args) {
    return 0;
  }
  if (relation.kind === 'manyToOne') {
    // recordById: one `id[in]` request per batch of idsPerRequest ids. Records
    // an earlier list already read are free (the bound ignores that), but they
    // resolve at once: one more delivery per delivery of the parents.
    const requests = batchCount(parents, walk.idsPerRequest);
    return requests + selectionsCost(returned, nodes, { count: parents.count, deliveries: requests + parents.deliveries }, walk);
  }
  if (matchesNothing(relation.relation.child, args['filter'])) {
    return 0;
  }
  const count = countOf(args, walk.model.options.paging);
  // A relation filter's reads are made once per request, whatever the parents.
  const own =
    nestedConnectionCost(relation.relation, parents, count, typeof args['after'] === 'string', walk) +
    relationFilterCost(relation.relation.child.filterFields, args['filter'], false, walk);
  // Each batch resolves on its own, and a parent already loaded at once.
  const children = { count: parents.count * count, deliveries: batchCount(parents, walk.idsPerRequest) + parents.deliveries };
  return own + selectionsCost(returned, nodes, children, walk);
}

// DataLoader fills batches of `size` keys in arrival order: all parents
// delivered together make ceil(count / size) batches, and every further
// delivery can close one more, partly filled.
function batchCount(parents: Parents, size: number): number {
  return parents.count === 0 ? 0 : Math.min(parents.count, Math.ceil(parents.count / size) + parents.deliveries - 1);
}

// createRelatedConnectionLoader: parents go in batches of idsPerRequest. A
// batch of one parent, or any batch with a cursor, reads each parent on its
// own; a larger batch reads all its rows at once, and falls back to one read
// per parent past relationBatchMaxRows or when that is cheaper. The bound is
// the dearest of the paths the code can take, for batches laid out as one
// delivery fills them, plus the most one more batch can add for each
// further delivery.
function nestedConnectionCost(relation: ChildRelation, parents: Parents, count: number, hasCursor: boolean, walk: Walk): number {
  const { pageCap, relationBatchMaxRows } = walk.model.options;
  const perParentPages = pagesOf(count, pageCap);
  // Pages a batched read may follow after its first one without giving up.
  const pagesWithinMaxRows = Math.max(0, Math.ceil((relationBatchMaxRows - pageCap) / pageCap));
  const batchCost = (batch: number): number => {
    if (relation.kind === 'foreignKey') {
      // One parent: its own read. Batched: a first page, then either the
      // remaining pages (at most one per parent's pages) or the fallback.
      return hasCursor || batch === 1 ? batch * perParentPages : 1 + batch * perParentPages;
    }
    if (hasCursor || batch === 1) {
      // Per parent: one page of targets, then its children.
      return batch * (1 + perParentPages);
    }
    // A first page of targets; then the fallback (targets and children per
    // parent), or the remaining target pages followed by the children (one
    // read, or one per parent past idsPerRequest children).
    const remainingTargetPages = Math.min(batch * (1 + perParentPages), pagesWithinMaxRows);
    return 1 + batch * perParentPages + Math.max(batch, remainingTargetPages);
  };
  const sizes = batchSizes(parents.count, walk.idsPerRequest);
  const batches = batchCount(parents, walk.idsPerRequest);
  // Splitting a batch in two adds its first page, and for a through relation
  // at most the remaining target pages (per-parent reads cost the same
  // whichever batch a parent is in).
  const splitCost = hasCursor ? 0 : relation.kind === 'foreignKey' ? 1 : 1 + pagesWithinMaxRows;
  const laidOut = sizes.reduce((sum, batch) => sum + batchCost(batch), 0) + (batches - sizes.length) * splitCost;
  if (hasCursor || relation.kind === 'foreignKey') {
    return laidOut;
  }
  // Whatever the layout of `batches` batches: each costs its first page, the
  // children of each parent, and max(its size, the remaining target pages),
  // which exceeds its size by at most min(size × pages, pagesWithinMaxRows − size).
  const excessPerBatch = Math.floor((pagesWithinMaxRows * perParentPages) / (1 + perParentPages));
  const anyLayout =
    batches + parents.count * (1 + perParentPages) + Math.min(parents.count * perParentPages, batches * excessPerBatch);
  return Math.min(laidOut, anyLayout);
}

function batchSizes(count: number, size: number): number[] {
  const sizes: number[] = [];
  for (let left = count; left > 0; left -= size) {
    sizes.push(Math.min(left, size));
  }
  return sizes;
}

// resolvers/search.ts: one read of SEARCH_CANDIDATES rows per object searched
// (one request under any page cap of 60 or more), then whatever the hits'
// records select. At most `first` hits, all of them arriving together, are
// of any one searched type; each type's share is counted in full.
function searchCost(
  targets: readonly SearchTarget[],
  definition: { type: Parameters<typeof getNamedType>[0] },
  nodes: readonly FieldNode[],
  args: Record<string, unknown>,
  walk: Walk,
): number {
  let plan: SearchPlan | undefined;
  try {
    plan = compileSearchOrThrow(args, targets);
  } catch {
    // Refused before execution by the argument checks; every object counted keeps the bound safe.
    plan = undefined;
  }
  const searched = plan?.requests.map((request) => request.target) ?? targets;
  const hitsPerType = Math.min(plan?.first ?? SEARCH_CANDIDATES, SEARCH_CANDIDATES);
  let total = searched.length * pagesOf(SEARCH_CANDIDATES, walk.model.options.pageCap);
  const result = getNamedType(definition.type);
  if (!isObjectType(result)) {
    return total;
  }
  for (const hitNodes of collectFields(result, selectionSetsOf(nodes), walk).values()) {
    const hitsField = hitNodes[0] ? result.getFields()[hitNodes[0].name.value] : undefined;
    const hitType = hitsField ? getNamedType(hitsField.type) : undefined;
    if (!isObjectType(hitType)) {
      continue;
    }
    for (const recordNodes of collectFields(hitType, selectionSetsOf(hitNodes), walk).values()) {
      if (recordNodes[0]?.name.value !== 'record') {
        continue;
      }
      for (const target of searched) {
        const type = walk.model.schema.getType(target.typeName);
        if (isObjectType(type)) {
          total += objectCost(type, selectionSetsOf(recordNodes), { count: hitsPerType, deliveries: 1 }, walk);
        }
      }
    }
  }
  return total;
}

function selectionSetsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

// findPages: pages of at most pageCap rows; even `first: 0` reads one.
function pagesOf(count: number, pageCap: number): number {
  return Math.max(1, Math.ceil(count / pageCap));
}

// compileGroupBy's limit: the groups a groupBy answers.
function groupLimitOf(args: Record<string, unknown>): number {
  const limit = args['limit'];
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= GROUP_LIMITS.max ? limit : GROUP_LIMITS.default;
}

// The page plan's count (translate/pagination.ts toPagePlan): last or first,
// the default page size without either.
function countOf(args: Record<string, unknown>, paging: PagingOptions): number {
  const count = args['last'] ?? args['first'];
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : paging.defaultPageSize;
}

// A filter compiled to MATCHES_NOTHING is answered without asking Twenty.
// One that does not compile is refused before execution by the argument
// checks; counting it in full keeps the bound safe should it not be.
function matchesNothing(target: Pick<ObjectDescriptor, 'filterFields'>, filter: unknown): boolean {
  try {
    return planFilterOrThrow(filter as FilterInput, target.filterFields, ['filter']).oneHop === MATCHES_NOTHING;
  } catch {
    return false;
  }
}

// What a relation filter adds before its list is read (src/loaders/relationFilters.ts):
// nothing in one hop; in two steps, one request per many-to-one condition
// (at most idsPerRequest ids) and the pages of at most relationFilterMaxRows
// rows per one-to-many one; for a workspace not known yet, a root list
// (`probe`) may first be refused in one hop, one request more.
function relationFilterCost(fields: ObjectFilterSpecs, filter: unknown, probe: boolean, walk: Walk): number {
  let compiled;
  try {
    compiled = planFilterOrThrow(filter as FilterInput, fields, ['filter']);
  } catch {
    return 0;
  }
  if (compiled.relationFields.length === 0 || compiled.oneHop === MATCHES_NOTHING) {
    return 0;
  }
  const { pageCap, relationFilterMaxRows } = walk.model.options;
  const reads = compiled.twoStep.reads.reduce(
    (sum, read) => sum + (read.cardinality === 'manyToOne' ? 1 : Math.max(1, Math.ceil(relationFilterMaxRows / pageCap))),
    0,
  );
  const mode = walk.relationFilterMode;
  if (compiled.oneHop === null || mode === 'twoStep') {
    return reads;
  }
  if (mode === 'oneHop') {
    return 0;
  }
  return probe ? 1 + reads : reads;
}

function objectsListing(walk: Walk): number {
  if (walk.objectsListed) {
    return 0;
  }
  walk.objectsListed = true;
  return Math.ceil(ASSUMED_WORKSPACE_OBJECTS / walk.model.options.pageCap);
}

// Whether a write checks select values or custom fields against the
// workspace's metadata (translate/recordInput.ts metadataChecks).
function needsMetadata(descriptor: ObjectDescriptor, inputs: readonly unknown[]): boolean {
  return inputs.some((input) => {
    if (typeof input !== 'object' || input === null) {
      return false;
    }
    return Object.entries(input).some(([key, value]) =>
      key === CUSTOM_FIELDS
        ? typeof value === 'object' && value !== null && Object.keys(value).length > 0
        : value !== undefined && ['select', 'multiSelect'].includes(descriptor.filterFields[key]?.kind ?? ''),
    );
  });
}

function argumentsOf(definition: Parameters<typeof getArgumentValues>[0], node: FieldNode, walk: Walk): Record<string, unknown> | undefined {
  try {
    return getArgumentValues(definition, node, walk.variables);
  } catch {
    // graphql-js reports the field's error without calling its resolver.
    return undefined;
  }
}

// graphql-js's collectFields: the fields `type` executes under these
// selection sets, by response key, honouring @skip/@include and fragment type
// conditions, each fragment spread once.
function collectFields(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], walk: Walk): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, walk)) {
        continue;
      }
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (!selection.typeCondition || appliesTo(selection.typeCondition.name.value, type, walk)) {
            visit(selection.selectionSet);
          }
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = walk.fragments.get(selection.name.value);
          if (fragment && !visited.has(fragment.name.value) && appliesTo(fragment.typeCondition.name.value, type, walk)) {
            visited.add(fragment.name.value);
            visit(fragment.selectionSet);
          }
          break;
        }
      }
    }
  };
  selectionSets.forEach(visit);
  return fields;
}

function appliesTo(condition: string, type: GraphQLObjectType, walk: Walk): boolean {
  const conditionType = walk.model.schema.getType(condition);
  if (!conditionType) {
    return false;
  }
  return conditionType === type || (isAbstractType(conditionType) && walk.model.schema.isSubType(conditionType, type));
}

function isIncluded(node: SelectionSetNode['selections'][number], walk: Walk): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, walk.variables);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, walk.variables);
  return skip?.['if'] !== true && include?.['if'] !== false;
}
