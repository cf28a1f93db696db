/**
 * Shapes shared by the sandbox's modules: Twenty's metadata records (contract
 * §1.4, §2.2, §5), the record-layer API the HTTP layer calls, and the error
 * the record layer throws. The sandbox never imports graphql or the BFF.
 */
import type { TwentyFilterNode } from '../twenty/filterGrammar.js';

import type { TwentyGroup } from '../model/groupBy.js';
import type { FieldMetadata, ObjectMetadata, ViewMetadata } from '../model/metadataTypes.js';

export type { FieldMetadata, FieldType, ObjectMetadata, RelationSettings, SelectOption, ViewMetadata } from '../model/metadataTypes.js';

/** A stored record: plain JSON as Twenty returns it at depth 0. */
export type SandboxRecord = Record<string, unknown> & { id: string };

/** One `order_by` item after parsing: `amount.amountMicros[DescNullsLast]`. */
export interface OrderByItem {
  path: string[];
  direction: 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';
}

/** Parsed arguments of a find-many (contract §4). */
export interface FindManyArgs {
  filter?: TwentyFilterNode;
  orderBy: OrderByItem[];
  /** Already defaulted (60) and clamped to the page cap by the HTTP layer. */
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  depth: 0 | 1;
}

/** Parsed arguments of a groupBy (contract §1.1): the JSON parameters as parsed, checked by the record layer. */
export interface GroupByArgs {
  filter?: TwentyFilterNode;
  /** Parsed `group_by` JSON. */
  groupBy: unknown;
  /** Parsed `aggregate` JSON: aggregate names such as `sumAmountAmountMicros`. */
  aggregate: string[];
  /** Parsed `order_by` JSON (groups' order); undefined when absent. */
  orderBy?: unknown;
  /** `order_by_for_records`, in find-many syntax: the order of each group's sample. */
  orderByForRecords: OrderByItem[];
  /** `include_records_sample=true`. */
  includeRecords: boolean;
  /** Groups answered: already defaulted (50) and capped. */
  limit: number;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface FindManyResult {
  records: SandboxRecord[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Who performs a write, for `createdBy`/`updatedBy` (contract §2.1). */
export interface Actor {
  source: string;
  workspaceMemberId: string | null;
  name: string;
  context: Record<string, unknown>;
}

/**
 * An error the sandbox answers with: `{statusCode, error, messages}` bodies
 * (contract §6.2). The record layer throws these; the HTTP layer serialises them.
 */
export class SandboxHttpError extends Error {
  override name = 'SandboxHttpError';
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly messages: string[],
    readonly extraBody: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(messages.join('; '));
  }
}

/** Shorthand for the common 400 `BadRequestException`. */
export function badRequest(message: string): SandboxHttpError {
  return new SandboxHttpError(400, 'BadRequestException', [message]);
}

/** Shorthand for 404 `Record not found`. */
export function recordNotFound(): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', ['Record not found']);
}

/**
 * The record layer the HTTP layer calls (implemented by `Workspace` in
 * `workspace.ts`). Object names are plural API names (`companies`); every
 * method throws SandboxHttpError with Twenty's status and message.
 */
export interface WorkspaceApi {
  /** The object for a plural name; 400 with Twenty's "not found"/"Did you mean" text otherwise. */
  resolveObjectOrThrow(plural: string): ObjectMetadata;

  findMany(plural: string, args: FindManyArgs): FindManyResult;
  /** 404 `Record not found` when missing or soft-deleted. */
  findOne(plural: string, id: string, depth: 0 | 1): SandboxRecord;
  createOne(plural: string, body: unknown, options: WriteOptions): SandboxRecord;
  /** All-or-nothing, order preserved. */
  createMany(plural: string, body: unknown, options: WriteOptions): SandboxRecord[];
  updateOne(plural: string, id: string, body: unknown, options: WriteOptions): SandboxRecord;
  updateMany(plural: string, filter: TwentyFilterNode, body: unknown, options: WriteOptions): SandboxRecord[];
  /** Soft delete when `soft`, else destroy. Returns `{id}`. */
  deleteOne(plural: string, id: string, soft: boolean): { id: string };
  deleteMany(plural: string, filter: TwentyFilterNode, soft: boolean): { id: string }[];
  restoreOne(plural: string, id: string, depth: 0 | 1): SandboxRecord;
  restoreMany(plural: string, filter: TwentyFilterNode, depth: 0 | 1): SandboxRecord[];
  /** `POST /{objects}/duplicates`: one entry per `ids` record found or `data` item (contract §2.1). */
  findDuplicates(plural: string, body: unknown, depth: 0 | 1): DuplicatesEntry[];
  /** `PATCH /{objects}/merge`: the kept record, merged (or, for a dry run, what it would be). */
  mergeMany(plural: string, body: unknown, depth: 0 | 1, actor: Actor): SandboxRecord;
  /** The groups of the records matching `args.filter`, with their aggregates, as Twenty's groupBy route answers them. */
  groupBy(plural: string, args: GroupByArgs): TwentyGroup[];

  listObjects(): ObjectMetadata[];
  /** 404 for an unknown id. */
  getObject(id: string): ObjectMetadata;
  createObject(body: unknown): ObjectMetadata;
  updateObject(id: string, body: unknown): ObjectMetadata;
  deleteObject(id: string): ObjectMetadata;
  listFields(): FieldMetadata[];
  getField(id: string): FieldMetadata;
  createField(body: unknown): FieldMetadata;
  /** 400 (not 404) for an unknown id (contract §1.4). */
  updateField(id: string, body: unknown): FieldMetadata;
  deleteField(id: string): FieldMetadata;
  listViews(): ViewMetadata[];
  /** 404 for an unknown id. */
  getView(id: string): ViewMetadata;

  /** Serialisable snapshot for `--data FILE` persistence. */
  toSnapshot(): WorkspaceSnapshot;
}

/** One record's duplicates: at most QUERY_MAX_RECORDS of them, their total, the cursors of the first and last. */
export interface DuplicatesEntry {
  records: SandboxRecord[];
  totalCount: number;
  startCursor: string | null;
  endCursor: string | null;
}

export interface WriteOptions {
  depth: 0 | 1;
  upsert?: boolean;
  actor: Actor;
}

export interface WorkspaceSnapshot {
  version: 1;
  objects: ObjectMetadata[];
  records: Record<string, SandboxRecord[]>;
}

/** Options of the record layer (`new Workspace(options)` in workspace.ts). */
export interface WorkspaceOptions {
  seed: number;
  demoData: boolean;
  /** Initial records by plural name; replaces the demo data when given. */
  records?: Record<string, Array<Record<string, unknown>>>;
  /** A persisted workspace to load instead of seeding. */
  snapshot?: WorkspaceSnapshot;
  /** Largest `POST /batch` body accepted (contract §6.4). */
  maxBatchSize: number;
  /** Most records a bulk update, delete or restore may touch (default 100, contract §6.4). */
  maxAffectedRecords?: number;
  /** Clock, for deterministic tests. */
  now?: () => Date;
  /** Called synchronously after each record write that changed something, with Twenty's database events of that write. */
  onRecordEvents?: (events: RecordEvent[]) => void;
  /** One-hop relation filters (`company.name[eq]:Acme`) as newest Twenty applies them (default true); false refuses them as older releases do. */
  relationTraversal?: boolean;
}

/** The record operations Twenty emits database events (and webhooks) for. */
export type RecordAction = 'created' | 'updated' | 'deleted' | 'restored' | 'destroyed';

/**
 * One record change as Twenty's event emitter describes it: the record after
 * the write (before it, for `destroyed`) at depth 0, and for updated, deleted
 * and restored records the fields whose values changed.
 */
export interface RecordEvent {
  action: RecordAction;
  object: { id: string; nameSingular: string };
  record: SandboxRecord;
  updatedFields?: string[];
}

/** A webhook the sandbox delivers record events to, signed with `secret` as Twenty signs them. */
export interface SandboxWebhook {
  targetUrl: string;
  /** HMAC key; an empty secret sends unsigned deliveries, as Twenty does. */
  secret: string;
  /** Event patterns such as `person.created`, `*.updated`, `note.*`; default `['*.*']` (every event). */
  operations?: string[];
}

/** One webhook POST the sandbox made (or tried to). */
export interface WebhookDelivery {
  webhookId: string;
  targetUrl: string;
  eventName: string;
  recordId: string;
  /** The receiver's HTTP status; null when no answer came (connection refused, timeout). */
  status: number | null;
  /** True for a 2xx answer. */
  ok: boolean;
  /** Why it failed, when no answer came. */
  error?: string;
  /** The exact JSON body sent, and the headers (timestamp, signature, nonce). */
  body: string;
  headers: Record<string, string>;
}

/** Options of `startSandbox` (in-process) and of `npm run sandbox` (flags). */
export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Bearer key to accept; default: the deterministic demo key. */
  apiKey?: string;
  /** Demo data seed; default 42. */
  seed?: number;
  /** Seed the demo workspace (default true). With false, standard objects and no records. */
  demoData?: boolean;
  /** Initial records by plural name; replaces the demo data when given. */
  records?: Record<string, Array<Record<string, unknown>>>;
  /** Page cap: `limit` above it is clamped silently. 200 like newest Twenty (default), 60 like the docs. */
  maxLimit?: number;
  /** Largest `POST /batch` body accepted (default 200, contract §6.4). */
  maxBatchSize?: number;
  /**
   * Most records a bulk PATCH, DELETE or restore may match (default 100, Twenty's
   * MUTATION_MAXIMUM_AFFECTED_RECORDS); more is refused whole with a 400.
   */
  maxAffectedRecords?: number;
  /** Fixed latency added to every response, and random jitter on top of it. */
  latencyMs?: number;
  jitterMs?: number;
  /** Per-workspace token buckets (contract §6.3); off unless given. */
  rateLimit?: RateLimitOptions;
  /** Persist the workspace to this JSON file (written atomically). */
  dataFile?: string;
  /** Faults active from the start (see FaultSpec). */
  faults?: FaultSpec[];
  /**
   * Metadata API envelope (contract §2.2): 'legacy' `{data:{objects:[…]}}` (default, flag off)
   * or 'new' `{data:[…]}` / bare objects (flag IS_REST_METADATA_API_NEW_FORMAT_DIRECT on).
   */
  metadataEnvelope?: 'legacy' | 'new';
  /** Entries the request log keeps, oldest dropped first (default 10,000), so a long-running sandbox stays small. */
  requestLogLimit?: number;
  /** Webhooks every record write is POSTed to after it is answered, as Twenty's webhook jobs do. */
  webhooks?: SandboxWebhook[];
  /** Entries `webhookDeliveries` keeps, oldest dropped first (default 1,000). */
  webhookDeliveryLogLimit?: number;
  /**
   * Serve `GET /rest/{objects}/groupBy` (default true), as Twenty does since
   * its G2 releases. False answers like a release without it (G1, early G2):
   * `groupBy` is read as a record id, 400 `'groupBy' is not a valid UUID`.
   */
  groupByRoute?: boolean;
  /**
   * Misbehave like a proxy that drops `limit`: record lists answer every
   * matching row after the cursor, with hasNextPage false (default false).
   */
  ignoreLimit?: boolean;
  /**
   * Filters that look through a relation (`company.name[eq]:Acme`, `people.city[eq]:Paris`)
   * as newest Twenty applies them (default true); false refuses them with the 400 of the
   * releases before (`Cannot filter by relation field "company": use "companyId" instead`).
   */
  relationFilters?: boolean;
}

export interface RateLimitOptions {
  shortLimit: number;
  shortTtlMs: number;
  longLimit: number;
  longTtlMs: number;
}

/**
 * A fault to inject. `kind` 'status' answers `status` (default 500) with a
 * Twenty-shaped error body; 'timeout' never answers; 'reset' destroys the
 * socket; 'malformedJson' answers 200 with a truncated body. `when: 'after'`
 * applies the request first (the write happened, the answer was lost).
 * `times` limits how many requests it hits; `probability` (0..1) how often.
 * `match` narrows it to a method, a path prefix and/or a text the decoded
 * query string contains (e.g. `companyId[in]` to hit only a relation batch).
 */
export interface FaultSpec {
  kind?: 'status' | 'timeout' | 'reset' | 'malformedJson';
  status?: number;
  /** With status 429: the Retry-After seconds to send. */
  retryAfterSeconds?: number;
  /** With a status other than 429: the body's `messages` (default `Injected sandbox fault: HTTP <status>`), e.g. an upstream echoing a header. */
  messages?: string[];
  /** With a status other than 429: the body's `error` (default the status's exception name). */
  error?: string;
  when?: 'before' | 'after';
  times?: number;
  probability?: number;
  match?: { method?: string; pathPrefix?: string; queryContains?: string };
}

/** One request the sandbox received (tests count upstream calls with these). */
export interface RequestLogEntry {
  method: string;
  /** Path without the query string, e.g. `/rest/people`. */
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string | string[]>;
  status: number;
  /** ISO time the request arrived. */
  time: string;
  durationMs: number;
  /** Parsed JSON body of writes, if any. */
  body?: unknown;
  /** Request headers, lower-cased names (tests check pass-through headers). */
  headers: Record<string, string>;
}

export interface FaultController {
  inject(spec: FaultSpec): void;
  clear(): void;
}

/** What `startSandbox` resolves to. */
export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:41234` — REST at `${url}/rest`. */
  url: string;
  apiKey: string;
  /**
   * Live log, oldest first, holding the newest `requestLogLimit` entries; tests
   * may reset it with `requests.length = 0`.
   */
  requests: RequestLogEntry[];
  faults: FaultController;
  workspace: WorkspaceApi;
  /** Live log of webhook deliveries, oldest first (bounded by `webhookDeliveryLogLimit`). */
  webhookDeliveries: WebhookDelivery[];
  /** Resolves once every webhook delivery queued so far has been answered or has failed. */
  webhooksIdle(): Promise<void>;
  close(): Promise<void>;
}
