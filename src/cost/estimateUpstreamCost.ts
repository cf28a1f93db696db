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
import type { PagingOptions } from '../translate/compileConnection.js';
import type { ChildRelation } from '../loaders/relatedConnections.js';
import { readRelationFields, type RelationField } from '../resolvers/relations.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import { compileFilterOrThrow, type FilterInput, MATCHES_NOTHING } from '../translate/compileFilter.js';
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

/** The schema-derived tables the estimate walks with, built once at boot. */
export interface UpstreamCostModel {
  schema: GraphQLSchema;
  options: UpstreamCostOptions;
  /** Relation fields by schema coordinate, e.g. `Company.people`. */
  relations: ReadonlyMap<string, RelationField>;
  /** How every Query and Mutation field reaches Twenty, by schema coordinate. */
  rootFields: ReadonlyMap<string, RootRule>;
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
  for (const name of ['createObject', 'updateObject', 'deleteObject', 'createField', 'updateField', 'deleteField']) {
    rules.set(`Mutation.${name}`, { kind: 'metadataWrite' });
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
  return { schema, options, relations, rootFields };
}

/**
 * Returns an upper bound of the upstream HTTP requests the operation named
 * `operationName` in `document` can make with `variables`, following what
 * the resolvers and loaders do (retries not included), with each root
 * field's share. An operation that cannot run (unknown operation, variables
 * that do not coerce) costs 0: it is refused before any upstream call.
 */
export function estimateUpstreamCost(
  model: UpstreamCostModel,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
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
      own = pagesOf(count, pageCap);
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
    return selectionsCost(returned, nodes, parents, walk);
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
  const own = nestedConnectionCost(relation.relation, parents, count, typeof args['after'] === 'string', walk);
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

// findPages: pages of at most pageCap rows; even `first: 0` reads one.
function pagesOf(count: number, pageCap: number): number {
  return Math.max(1, Math.ceil(count / pageCap));
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
    return compileFilterOrThrow(filter as FilterInput, target.filterFields, ['filter']) === MATCHES_NOTHING;
  } catch {
    return false;
  }
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
        : value !== undefined && descriptor.filterFields[key]?.kind === 'select',
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
