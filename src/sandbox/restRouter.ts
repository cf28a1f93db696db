import { DEFAULT_GROUP_LIMIT } from '../model/groupBy.js';
import { parseTwentyFilter, type TwentyFilterNode, TwentyFilterSyntaxError } from '../twenty/filterGrammar.js';
import { GROUP_BY_PARAM_ERROR, ORDER_BY_PARAM_ERROR } from './groupBy.js';
import { isUuid } from './ids.js';
import {
  type CoreRoute,
  parseCorePath,
  parseDepth,
  parseFields,
  parseLimit,
  parseOrderBy,
  parseSoftDelete,
  parseUpsert,
  readFilterParam,
} from './requestParsers.js';
import { recordKeyOf } from './standardObjects.js';
import {
  type Actor,
  badRequest,
  type FieldMetadata,
  type FindManyArgs,
  type GroupByArgs,
  type ObjectMetadata,
  SandboxHttpError,
  type SandboxRecord,
  type WorkspaceApi,
  type WriteOptions,
} from './types.js';
import type { WebhookRegistry } from './webhookRegistry.js';

/** A request as the router sees it: the path without its query string, decoded query parameters, parsed JSON body. */
export interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
}

/** What the router answers; the HTTP layer serialises `body` as JSON, or sends `raw` as it is (files). */
export interface RestResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Bytes sent instead of JSON; `headers` then carries their Content-Type. */
  raw?: Buffer;
}

/** What the router serves: the record layer, the page cap, the metadata envelope and the writing actor. */
export interface RestRouterOptions {
  workspace: WorkspaceApi;
  /** The workspace's webhooks (`/rest/metadata/webhooks` and its legacy alias). */
  webhooks: WebhookRegistry;
  /** Page cap for `limit` (contract §4.2). */
  maxLimit: number;
  metadataEnvelope: 'legacy' | 'new';
  /** The `createdBy`/`updatedBy` of writes: the API key (contract §2.1). */
  actor: Actor;
  /** Answer record lists whole, whatever `limit` says (SandboxOptions.ignoreLimit). */
  ignoreLimit?: boolean;
  /** Serve `GET /rest/{objects}/groupBy` (SandboxOptions.groupByRoute, default true). */
  groupByRoute?: boolean;
}

type Query = RestRequest['query'];

// Metadata collections Twenty serves besides objects, fields and views
// (contract §1.4); the sandbox has none of these rows, so it lists them empty.
const EMPTY_METADATA_COLLECTIONS = new Set([
  'apiKeys',
  'viewFields',
  'viewFilters',
  'viewSorts',
  'viewGroups',
  'viewFilterGroups',
  'pageLayouts',
  'pageLayoutTabs',
  'pageLayoutWidgets',
]);

// Contract §1.4: the pre-metadata aliases, answered as raw arrays with a
// deprecation date (2026-08-10) and the successor route.
const LEGACY_ALIAS_DEPRECATION = '@1786320000';

/**
 * Returns the handler of every authenticated `/rest` route: the core record
 * routes of contract §1.1 (G3, plus the G2 restore-many path) and the
 * metadata routes of §1.4, with the envelopes of §2. Throws SandboxHttpError
 * (or TwentyFilterSyntaxError turned into one) for what Twenty refuses.
 */
export function createRestRouter(options: RestRouterOptions): (request: RestRequest) => RestResponse {
  return (request) => {
    const segments = request.path.split('/').filter((segment) => segment !== '');
    if (segments[1] === 'metadata') {
      return handleMetadata(options, request, segments.slice(2));
    }
    if (segments[1] === 'webhooks') {
      // Twenty's WebhookController serves both paths (docs/twenty-webhooks.md).
      return withLegacyHeaders(handleWebhooks(options, request, segments.slice(2), true), 'webhooks');
    }
    if (request.method === 'GET' && segments.length === 2 && segments[1] === 'apiKeys') {
      return withLegacyHeaders({ status: 200, body: [] }, 'apiKeys');
    }
    return handleCore(options, request, segments);
  };
}

// ---------------------------------------------------------------------------
// Core records (contract §1.1, §2.1, §4)
// ---------------------------------------------------------------------------

function coreRouteOf(method: string, path: string, segments: string[]): CoreRoute {
  // The G2 restore-many form `PATCH /rest/restore/{objects}?filter=` is still
  // what Twenty's OpenAPI documents (contract §1.1); its restore-one form was
  // rejected with 400 in G2, and parseCorePath keeps refusing it.
  if (method === 'PATCH' && segments.length === 3 && segments[1] === 'restore') {
    return { object: segments[2] ?? '', restore: true };
  }
  return parseCorePath(method, path);
}

function handleCore(options: RestRouterOptions, request: RestRequest, segments: string[]): RestResponse {
  const { method, query } = request;
  const route = coreRouteOf(method, request.path, segments);

  // Twenty's controller declares `POST */duplicates`, `GET */groupBy` and
  // `PATCH */merge` (G2+). Any other verb on those paths reaches the plain
  // wildcard handler, which parseCorePath has already given the object and no
  // id: `GET /people/duplicates` lists people.
  if (route.suffix === 'duplicates' && method === 'POST') {
    return findDuplicates(options, route.object, request);
  }
  if (route.suffix === 'merge' && method === 'PATCH') {
    return mergeMany(options, route.object, request);
  }
  if (route.suffix === 'groupBy' && method === 'GET') {
    if (options.groupByRoute === false) {
      // A release without the route reads the segment as a record id (contract §1.1).
      throw badRequest(`'groupBy' is not a valid UUID`);
    }
    return groupBy(options, route.object, query);
  }
  if (route.suffix !== undefined && SUFFIX_ROUTES.get(route.suffix) === method) {
    throw notSupported(`${method} /rest/${route.object}/${route.suffix}`);
  }

  switch (method) {
    case 'GET':
      return route.id === undefined ? findMany(options, route.object, query) : findOne(options, route.object, route.id, query);
    case 'POST':
      return route.batch === true ? createMany(options, route.object, request) : createOne(options, route.object, request);
    case 'PATCH':
    case 'PUT':
      if (route.restore === true) {
        return route.id === undefined ? restoreMany(options, route.object, query) : restoreOne(options, route.object, route.id, query);
      }
      return route.id === undefined ? updateMany(options, route.object, request) : updateOne(options, route.object, route.id, request);
    case 'DELETE':
      return route.id === undefined ? deleteMany(options, route.object, query) : deleteOne(options, route.object, route.id, query);
    default:
      throw routeNotFound(method, request.path);
  }
}

function findMany(options: RestRouterOptions, plural: string, query: Query): RestResponse {
  // Twenty's find-many handler parses in this order, so with several bad
  // parameters the first of them is the one reported.
  const depth = parseDepth(query['depth']);
  const parsedLimit = parseLimit(query['limit'], options.maxLimit);
  const limit = options.ignoreLimit ? Number.MAX_SAFE_INTEGER : parsedLimit;
  const orderBy = parseOrderBy(query['order_by']);
  const filter = filterOf(query);
  const args: FindManyArgs = { orderBy, limit, depth };
  if (filter !== undefined) {
    args.filter = filter;
  }
  const startingAfter = cursorOf(query['starting_after']);
  const endingBefore = cursorOf(query['ending_before']);
  if (startingAfter !== undefined) {
    args.startingAfter = startingAfter;
  }
  if (endingBefore !== undefined) {
    args.endingBefore = endingBefore;
  }
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, query, args.depth);
  const result = options.workspace.findMany(object.namePlural, args);
  return {
    status: 200,
    body: {
      data: { [object.namePlural]: result.records.map(project) },
      totalCount: result.totalCount,
      pageInfo: {
        hasNextPage: result.pageInfo.hasNextPage,
        hasPreviousPage: result.pageInfo.hasPreviousPage,
        startCursor: result.pageInfo.startCursor,
        endCursor: result.pageInfo.endCursor,
      },
    },
  };
}

// rest-api-group-by.handler.ts: the object first, then the parameters in the
// handler's order; the answer is a bare array of groups (contract §2.1).
function groupBy(options: RestRouterOptions, plural: string, query: Query): RestResponse {
  const object = options.workspace.resolveObjectOrThrow(plural);
  const orderBy = typeof query['order_by'] === 'string' ? jsonOrThrow(query['order_by'], ORDER_BY_PARAM_ERROR) : undefined;
  const orderByForRecords = parseOrderBy(query['order_by_for_records']);
  const filter = filterOf(query);
  if (typeof query['group_by'] !== 'string') {
    throw badRequest(GROUP_BY_PARAM_ERROR);
  }
  const groupByParam = jsonOrThrow(query['group_by'], GROUP_BY_PARAM_ERROR);
  const aggregate = aggregateNamesOrThrow(query['aggregate']);
  const args: GroupByArgs = {
    groupBy: groupByParam,
    aggregate,
    orderByForRecords,
    includeRecords: query['include_records_sample'] === 'true',
    limit: groupLimitOf(query['limit'], options.maxLimit),
  };
  if (orderBy !== undefined) {
    args.orderBy = orderBy;
  }
  if (filter !== undefined) {
    args.filter = filter;
  }
  return { status: 200, body: options.workspace.groupBy(object.namePlural, args) };
}

const AGGREGATE_PARAM_ERROR = 'Invalid aggregate query parameter - should be a valid array of string - ex: ["countNotEmptyId", "countEmptyField"]';

function jsonOrThrow(text: string, message: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(message);
  }
}

// parse-aggregate-fields-rest-request.util.ts: absent → none; anything but a
// JSON array in one string → 400.
function aggregateNamesOrThrow(value: string | string[] | undefined): string[] {
  if (value === undefined) {
    return [];
  }
  if (typeof value !== 'string') {
    throw badRequest(AGGREGATE_PARAM_ERROR);
  }
  const parsed = jsonOrThrow(value, AGGREGATE_PARAM_ERROR);
  if (!Array.isArray(parsed)) {
    throw badRequest(AGGREGATE_PARAM_ERROR);
  }
  return parsed.filter((name): name is string => typeof name === 'string');
}

// parseLimitRestRequest(request, DEFAULT_NUMBER_OF_GROUPS_LIMIT) then
// getGroupLimit: absent, 0 or a fraction gives 50; above the cap, the cap.
function groupLimitOf(value: string | string[] | undefined, maxLimit: number): number {
  const limit = value === undefined || value === '' ? DEFAULT_GROUP_LIMIT : parseLimit(value, maxLimit);
  return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_GROUP_LIMIT;
}

function findOne(options: RestRouterOptions, plural: string, id: string, query: Query): RestResponse {
  const depth = parseDepth(query['depth']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, query, depth);
  const record = options.workspace.findOne(object.namePlural, id, depth);
  return { status: 200, body: { data: { [object.nameSingular]: project(record) } } };
}

function createOne(options: RestRouterOptions, plural: string, request: RestRequest): RestResponse {
  const writeOptions = writeOptionsOf(options, request.query, true);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, request.query, writeOptions.depth);
  const record = options.workspace.createOne(object.namePlural, request.body, writeOptions);
  return { status: 201, body: { data: { [`create${capitalize(object.nameSingular)}`]: project(record) } } };
}

function createMany(options: RestRouterOptions, plural: string, request: RestRequest): RestResponse {
  const writeOptions = writeOptionsOf(options, request.query, true);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, request.query, writeOptions.depth);
  const records = options.workspace.createMany(object.namePlural, request.body, writeOptions);
  return { status: 201, body: { data: { [`create${capitalize(object.namePlural)}`]: records.map(project) } } };
}

function updateOne(options: RestRouterOptions, plural: string, id: string, request: RestRequest): RestResponse {
  const writeOptions = writeOptionsOf(options, request.query, false);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, request.query, writeOptions.depth);
  const record = options.workspace.updateOne(object.namePlural, id, request.body, writeOptions);
  return { status: 200, body: { data: { [`update${capitalize(object.nameSingular)}`]: project(record) } } };
}

function updateMany(options: RestRouterOptions, plural: string, request: RestRequest): RestResponse {
  // Twenty's update-many only refuses a missing filter argument, and the REST
  // parser turns an absent `filter` into `{}`: a PATCH without a filter
  // updates every record. Reproduced on purpose.
  const filter = filterOf(request.query) ?? MATCH_ALL;
  const writeOptions = writeOptionsOf(options, request.query, false);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, request.query, writeOptions.depth);
  const records = options.workspace.updateMany(object.namePlural, filter, request.body, writeOptions);
  return { status: 200, body: { data: { [`update${capitalize(object.namePlural)}`]: records.map(project) } } };
}

function deleteOne(options: RestRouterOptions, plural: string, id: string, query: Query): RestResponse {
  const soft = parseSoftDelete(query['soft_delete']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const deleted = options.workspace.deleteOne(object.namePlural, id, soft);
  return { status: 200, body: { data: { [`delete${capitalize(object.nameSingular)}`]: { id: deleted.id } } } };
}

function deleteMany(options: RestRouterOptions, plural: string, query: Query): RestResponse {
  const soft = parseSoftDelete(query['soft_delete']);
  const filter = filterOf(query);
  // Contract §1.3: checked before the object is even resolved.
  if (filter === undefined || isEmptyFilter(filter)) {
    throw badRequest(
      `Filters are mandatory for bulk ${soft ? 'delete' : 'destroy'} operations. Please provide at least one filter to prevent accidental deletion of all records.`,
    );
  }
  const object = options.workspace.resolveObjectOrThrow(plural);
  const deleted = options.workspace.deleteMany(object.namePlural, filter, soft);
  // Destroy-many answers under the `delete` prefix too (contract §2.1).
  return { status: 200, body: { data: { [`delete${capitalize(object.namePlural)}`]: deleted.map(({ id }) => ({ id })) } } };
}

function restoreOne(options: RestRouterOptions, plural: string, id: string, query: Query): RestResponse {
  const depth = parseDepth(query['depth']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, query, depth);
  const record = options.workspace.restoreOne(object.namePlural, id, depth);
  return { status: 200, body: { data: { [`restore${capitalize(object.nameSingular)}`]: project(record) } } };
}

function restoreMany(options: RestRouterOptions, plural: string, query: Query): RestResponse {
  // Like update-many, restore-many without a filter applies to every record.
  const filter = filterOf(query) ?? MATCH_ALL;
  const depth = parseDepth(query['depth']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, query, depth);
  const records = options.workspace.restoreMany(object.namePlural, filter, depth);
  return { status: 200, body: { data: { [`restore${capitalize(object.namePlural)}`]: records.map(project) } } };
}

// RestApiFindDuplicatesHandler: 200 (not 201), one entry per record looked
// for, keyed `{singular}Duplicates`, never a next page (contract §2.1).
function findDuplicates(options: RestRouterOptions, plural: string, request: RestRequest): RestResponse {
  const depth = parseDepth(request.query['depth']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const entries = options.workspace.findDuplicates(object.namePlural, request.body, depth);
  return {
    status: 200,
    body: {
      data: entries.map((entry) => ({
        [`${object.nameSingular}Duplicates`]: entry.records,
        totalCount: entry.totalCount,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: entry.startCursor, endCursor: entry.endCursor },
      })),
    },
  };
}

// RestApiMergeManyHandler: the kept record under `merge{Singular}`, with the G3 `fields` projection.
function mergeMany(options: RestRouterOptions, plural: string, request: RestRequest): RestResponse {
  const depth = parseDepth(request.query['depth']);
  const object = options.workspace.resolveObjectOrThrow(plural);
  const project = projectionOf(object, request.query, depth);
  const record = options.workspace.mergeMany(object.namePlural, request.body, depth, { ...options.actor, context: {} });
  return { status: 200, body: { data: { [`merge${capitalize(object.nameSingular)}`]: project(record) } } };
}

const SUFFIX_ROUTES: ReadonlyMap<string, string> = new Map([
  ['duplicates', 'POST'],
  ['groupBy', 'GET'],
  ['merge', 'PATCH'],
]);

const MATCH_ALL: TwentyFilterNode = { kind: 'and', items: [] };

function isEmptyFilter(filter: TwentyFilterNode): boolean {
  return filter.kind === 'and' && filter.items.length === 0;
}

function filterOf(query: Query): TwentyFilterNode | undefined {
  // An empty `filter=` is still a string to Twenty: it becomes `and()` and
  // fails its leaf check with a 400 (contract §3.1 steps 1 and 3).
  const text = readFilterParam(query['filter']);
  if (text === undefined) {
    return undefined;
  }
  try {
    return parseTwentyFilter(text);
  } catch (error) {
    if (error instanceof TwentyFilterSyntaxError) {
      throw badRequest(error.message);
    }
    throw error;
  }
}

function cursorOf(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function writeOptionsOf(options: RestRouterOptions, query: Query, canUpsert: boolean): WriteOptions {
  const writeOptions: WriteOptions = { depth: parseDepth(query['depth']), actor: { ...options.actor, context: {} } };
  if (canUpsert && parseUpsert(query['upsert'])) {
    writeOptions.upsert = true;
  }
  return writeOptions;
}

/**
 * The G3 `fields` projection (contract §4.6): checks the names against the
 * object's fields and returns a function keeping `id` plus those fields (a
 * MANY_TO_ONE relation keeps its join column too); identity without `fields`.
 */
function projectionOf(object: ObjectMetadata, query: Query, depth: 0 | 1): (record: SandboxRecord) => SandboxRecord {
  const names = parseFields(query['fields']);
  if (names === undefined) {
    return (record) => record;
  }
  const fieldsByName = new Map<string, FieldMetadata>(
    object.fields.filter((field) => field.isActive).map((field) => [field.name, field]),
  );
  const unknown = names.filter((name) => name !== 'id' && !fieldsByName.has(name));
  if (unknown.length > 0) {
    throw badRequest(`'fields' parameter invalid. Unknown or unreadable fields on '${object.nameSingular}': ${unknown.join(', ')}`);
  }
  const oneToMany = names.filter((name) => {
    const field = fieldsByName.get(name);
    return field !== undefined && field.type === 'RELATION' && recordKeyOf(field) === null;
  });
  if (depth === 0 && oneToMany.length > 0) {
    throw badRequest(
      `'fields' parameter invalid. One-to-many relation fields on '${object.nameSingular}' are only returned with depth=1: ${oneToMany.join(', ')}`,
    );
  }
  const keys = new Set<string>(['id']);
  for (const name of names) {
    keys.add(name);
    const field = fieldsByName.get(name);
    const joinColumn = field?.type === 'RELATION' ? recordKeyOf(field) : null;
    if (joinColumn !== null) {
      keys.add(joinColumn);
    }
  }
  return (record) => {
    const picked: SandboxRecord = { id: record.id };
    for (const [key, value] of Object.entries(record)) {
      if (keys.has(key)) {
        picked[key] = value;
      }
    }
    return picked;
  };
}

// ---------------------------------------------------------------------------
// Metadata (contract §1.4, §2.2)
// ---------------------------------------------------------------------------

function handleMetadata(options: RestRouterOptions, request: RestRequest, segments: string[]): RestResponse {
  const [collection, rawId, ...rest] = segments;
  if (collection === undefined || rest.length > 0) {
    throw routeNotFound(request.method, request.path);
  }
  if (collection === 'webhooks') {
    return handleWebhooks(options, request, segments.slice(1), false);
  }
  if (collection === 'objects' || collection === 'fields') {
    return rawId === undefined
      ? metadataCollection(options, request, collection)
      : metadataItem(options, request, collection, metadataIdOf(rawId));
  }
  if (collection === 'views') {
    return handleViews(options, request, rawId);
  }
  if (EMPTY_METADATA_COLLECTIONS.has(collection)) {
    if (request.method !== 'GET') {
      throw notSupported(`${request.method} /rest/metadata/${collection}`);
    }
    if (rawId !== undefined) {
      metadataIdOf(rawId);
      throw new SandboxHttpError(404, 'NotFoundException', [`${collection} item not found`]);
    }
    // These lists always use the new envelope (contract §2.2).
    return { status: 200, body: { data: [], pageInfo: pageInfoOf([], false, false), totalCount: 0 } };
  }
  throw routeNotFound(request.method, request.path);
}

// ViewController: read-only in the sandbox. Views always use the new
// envelope, items bare (contract §2.2).
function handleViews(options: RestRouterOptions, request: RestRequest, rawId: string | undefined): RestResponse {
  if (request.method !== 'GET') {
    throw notSupported(`${request.method} /rest/metadata/views`);
  }
  if (rawId !== undefined) {
    return { status: 200, body: options.workspace.getView(metadataIdOf(rawId)) };
  }
  const views = options.workspace.listViews();
  const page = paginateById(views, metadataPaginationOf(request.query, options.maxLimit));
  return { status: 200, body: { data: page.items, pageInfo: page.pageInfo, totalCount: views.length } };
}

function withLegacyHeaders(response: RestResponse, collection: string): RestResponse {
  return {
    ...response,
    headers: { ...response.headers, Deprecation: LEGACY_ALIAS_DEPRECATION, Link: `</rest/metadata/${collection}>; rel="successor-version"` },
  };
}

// WebhookController: list, read, create, update and delete; the DTOs go out
// bare, the metadata list in the new envelope (contract §2.2), the legacy list
// as a raw array.
function handleWebhooks(options: RestRouterOptions, request: RestRequest, segments: string[], legacy: boolean): RestResponse {
  const { webhooks } = options;
  const [id, ...rest] = segments;
  if (rest.length > 0) {
    throw routeNotFound(request.method, request.path);
  }
  if (id === undefined) {
    switch (request.method) {
      case 'GET': {
        const items = webhooks.list();
        if (legacy) {
          return { status: 200, body: items };
        }
        const page = paginateById(items, metadataPaginationOf(request.query, options.maxLimit));
        return { status: 200, body: { data: page.items, pageInfo: page.pageInfo, totalCount: items.length } };
      }
      case 'POST':
        return { status: 201, body: webhooks.create(request.body) };
      default:
        throw routeNotFound(request.method, request.path);
    }
  }
  switch (request.method) {
    case 'GET':
      return { status: 200, body: webhooks.get(id) };
    case 'PATCH':
      return { status: 200, body: webhooks.update(id, request.body) };
    case 'DELETE':
      webhooks.delete(id);
      return { status: 200, body: true };
    default:
      throw routeNotFound(request.method, request.path);
  }
}

function metadataCollection(options: RestRouterOptions, request: RestRequest, collection: 'objects' | 'fields'): RestResponse {
  const { workspace, metadataEnvelope } = options;
  switch (request.method) {
    case 'GET': {
      const pagination = metadataPaginationOf(request.query, options.maxLimit);
      const items: Array<ObjectMetadata | FieldMetadata> = collection === 'objects' ? workspace.listObjects() : workspace.listFields();
      const page = paginateById(items, pagination);
      if (metadataEnvelope === 'new') {
        return { status: 200, body: { data: page.items, pageInfo: page.pageInfo, totalCount: items.length } };
      }
      // The legacy envelope's pageInfo has no hasPreviousPage (contract §2.2).
      const { hasPreviousPage: _legacyHasNoPrevious, ...legacyPageInfo } = page.pageInfo;
      return { status: 200, body: { data: { [collection]: page.items }, pageInfo: legacyPageInfo, totalCount: items.length } };
    }
    case 'POST': {
      const created = collection === 'objects' ? workspace.createObject(request.body) : workspace.createField(request.body);
      const key = collection === 'objects' ? 'createOneObject' : 'createOneField';
      return { status: 201, body: metadataEnvelope === 'new' ? created : { data: { [key]: created } } };
    }
    default:
      throw routeNotFound(request.method, request.path);
  }
}

function metadataItem(options: RestRouterOptions, request: RestRequest, collection: 'objects' | 'fields', id: string): RestResponse {
  const { workspace, metadataEnvelope } = options;
  const isObject = collection === 'objects';
  const wrap = (key: string, value: unknown): unknown => (metadataEnvelope === 'new' ? value : { data: { [key]: value } });
  switch (request.method) {
    case 'GET':
      return { status: 200, body: wrap(isObject ? 'object' : 'field', isObject ? workspace.getObject(id) : workspace.getField(id)) };
    case 'PATCH':
    case 'PUT':
      return {
        status: 200,
        body: wrap(
          isObject ? 'updateOneObject' : 'updateOneField',
          isObject ? workspace.updateObject(id, request.body) : workspace.updateField(id, request.body),
        ),
      };
    case 'DELETE':
      return {
        status: 200,
        body: wrap(isObject ? 'deleteOneObject' : 'deleteOneField', isObject ? workspace.deleteObject(id) : workspace.deleteField(id)),
      };
    default:
      throw routeNotFound(request.method, request.path);
  }
}

function metadataIdOf(raw: string): string {
  if (!isUuid(raw)) {
    throw badRequest(`'${raw}' is not a valid UUID`);
  }
  // Twenty resolves an upper-case id to the same row (object-metadata spec).
  return raw.toLowerCase();
}

interface MetadataPagination {
  limit: number;
  afterId?: string;
  beforeId?: string;
}

// parse-metadata-rest-pagination.util.ts: the cursor checks come before the
// limit, and a fractional limit is refused here although core routes accept it.
function metadataPaginationOf(query: Query, maxLimit: number): MetadataPagination {
  const afterId = cursorOf(query['starting_after']);
  const beforeId = cursorOf(query['ending_before']);
  if (afterId !== undefined && beforeId !== undefined) {
    throw badRequest(`'starting_after' and 'ending_before' cannot be used together.`);
  }
  const invalid = [afterId, beforeId].find((cursor) => cursor !== undefined && !isUuid(cursor));
  if (invalid !== undefined) {
    throw badRequest(`Invalid cursor: ${invalid}`);
  }
  const rawLimit = query['limit'];
  if (typeof rawLimit === 'string' && rawLimit !== '' && !Number.isInteger(Number(rawLimit))) {
    throw badRequest(`limit '${rawLimit}' is invalid. Should be an integer`);
  }
  const pagination: MetadataPagination = { limit: parseLimit(rawLimit, maxLimit) };
  if (afterId !== undefined) {
    pagination.afterId = afterId.toLowerCase();
  }
  if (beforeId !== undefined) {
    pagination.beforeId = beforeId.toLowerCase();
  }
  return pagination;
}

/**
 * Metadata pages are keyset pages over ids (paginate-metadata-items-by-id):
 * one extra row is read to know whether more exist; a forward page after a
 * cursor has a previous page, a backward page always has a next one.
 */
function paginateById<T extends { id: string }>(items: T[], pagination: MetadataPagination) {
  const backward = pagination.beforeId !== undefined;
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const window = backward
    ? sorted.filter(({ id }) => id < (pagination.beforeId ?? '')).reverse()
    : sorted.filter(({ id }) => pagination.afterId === undefined || id > pagination.afterId);
  const fetched = window.slice(0, pagination.limit + 1);
  const hasMore = fetched.length > pagination.limit;
  const page = fetched.slice(0, pagination.limit);
  if (backward) {
    page.reverse();
  }
  return {
    items: page,
    pageInfo: pageInfoOf(page, backward ? true : hasMore, backward ? hasMore : pagination.afterId !== undefined),
  };
}

function pageInfoOf(items: Array<{ id: string }>, hasNextPage: boolean, hasPreviousPage: boolean) {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: items[0]?.id ?? null,
    endCursor: items[items.length - 1]?.id ?? null,
  };
}

// ---------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The 404 Nest answers for a route no controller declares. */
export function routeNotFound(method: string, path: string): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', [`Cannot ${method} ${path}`]);
}

function notSupported(what: string): SandboxHttpError {
  return new SandboxHttpError(501, 'NotImplementedException', [
    `${what} is not supported by the twenty-bff sandbox (Twenty serves it; the emulator does not model it).`,
  ]);
}
