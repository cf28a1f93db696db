import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { inspect } from 'node:util';

import { TwentyFilterSyntaxError } from '../twenty/filterGrammar.js';
import { createFaultInjector } from './faultInjector.js';
import { FILES_PATH_PREFIX, serveFile } from './fileRoute.js';
import { createRateLimiter, rateLimitedError } from './rateLimiter.js';
import { createRestRouter, type RestResponse, routeNotFound } from './restRouter.js';
import { createAuthenticator, DEMO_API_KEY, DEMO_API_KEY_ID, principalOf, SANDBOX_API_KEY_NAME } from './sandboxAuth.js';
import { assertSnapshotFileWritable, readSnapshotFile, writeSnapshotFile } from './snapshotFile.js';
import {
  type Actor,
  badRequest,
  type FaultSpec,
  type RecordEvent,
  type RequestLogEntry,
  type RunningSandbox,
  type SandboxOptions,
  SandboxHttpError,
  type WorkspaceOptions,
} from './types.js';
import { WebhookRegistry } from './webhookRegistry.js';
import { createWebhookSender } from './webhookSender.js';
import { Workspace } from './workspace.js';

export { DEMO_API_KEY, DEMO_WORKSPACE_ID } from './sandboxAuth.js';

const DEFAULT_SEED = 42;
const DEFAULT_MAX_LIMIT = 200;
const DEFAULT_MAX_BATCH_SIZE = 200;
const DEFAULT_REQUEST_LOG_LIMIT = 10_000;
const DEFAULT_WEBHOOK_DELIVERY_LOG_LIMIT = 1_000;
// Twenty's JSON body limit (contract §6.4).
const MAX_BODY_BYTES = 100 * 1024 * 1024;
const REST_METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

const STATUS_ERROR_NAMES: Record<number, string> = {
  400: 'BadRequestException',
  401: 'UnauthorizedException',
  402: 'PaymentRequiredException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  405: 'MethodNotAllowedException',
  408: 'RequestTimeoutException',
  409: 'ConflictException',
  413: 'PayloadTooLargeException',
  422: 'UnprocessableEntityException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
  501: 'NotImplementedException',
  502: 'BadGatewayException',
  503: 'ServiceUnavailableException',
  504: 'GatewayTimeoutException',
};

type ParsedBody = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; message: string } | { kind: 'ignored'; text: string };

/**
 * Starts the Twenty REST emulator on `host`:`port` (default 127.0.0.1 and a
 * free port) over a seeded Workspace, or over `dataFile` when it exists. It
 * serves the core and metadata routes with Twenty's auth, envelopes and
 * errors, plus the test instruments (latency, faults, rate limits, request
 * log). Rejects when the port cannot be bound, or when `dataFile` is not a
 * snapshot or cannot be written.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const maxLimit = positiveInteger(options.maxLimit ?? DEFAULT_MAX_LIMIT, 'maxLimit');
  const workspaceOptions: WorkspaceOptions = {
    seed: options.seed ?? DEFAULT_SEED,
    demoData: options.demoData ?? true,
    maxBatchSize: positiveInteger(options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE, 'maxBatchSize'),
  };
  if (options.maxAffectedRecords !== undefined) {
    workspaceOptions.maxAffectedRecords = positiveInteger(options.maxAffectedRecords, 'maxAffectedRecords');
  }
  if (options.records !== undefined) {
    workspaceOptions.records = options.records;
  }
  if (options.relationFilters !== undefined) {
    workspaceOptions.relationTraversal = options.relationFilters;
  }
  const apiKey = options.apiKey ?? DEMO_API_KEY;
  const webhookRegistry = new WebhookRegistry(options.webhooks ?? []);
  const webhooks = createWebhookSender({
    webhooks: () => webhookRegistry.list(),
    // The workspace of the key it accepts, as Twenty names the key's own workspace.
    workspaceId: principalOf(apiKey).workspaceId,
    deliveryLogLimit: positiveInteger(options.webhookDeliveryLogLimit ?? DEFAULT_WEBHOOK_DELIVERY_LOG_LIMIT, 'webhookDeliveryLogLimit'),
  });
  // Events of a write made through HTTP are held until its answer is sent, as
  // Twenty queues webhook jobs; a write made on `workspace` directly sends at once.
  let heldEvents: RecordEvent[] | undefined;
  workspaceOptions.onRecordEvents = (events) => {
    if (heldEvents === undefined) {
      webhooks.enqueue(events);
    } else {
      heldEvents.push(...events);
    }
  };
  if (options.dataFile !== undefined) {
    const snapshot = await readSnapshotFile(options.dataFile);
    // Saves only run after a write has been answered, so a file that cannot be
    // written would turn every 201 into lost data: refuse to start instead.
    await assertSnapshotFileWritable(options.dataFile);
    if (snapshot !== undefined) {
      workspaceOptions.snapshot = snapshot;
    }
  }
  const workspace = new Workspace(workspaceOptions);

  const authenticate = createAuthenticator(apiKey);
  const rateLimiter = options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit);
  const faults = createFaultInjector(options.faults ?? []);
  const actor: Actor = { source: 'API', workspaceMemberId: null, name: SANDBOX_API_KEY_NAME, context: {} };
  const route = createRestRouter({
    workspace,
    webhooks: webhookRegistry,
    maxLimit,
    metadataEnvelope: options.metadataEnvelope ?? 'legacy',
    actor,
    ignoreLimit: options.ignoreLimit ?? false,
    groupByRoute: options.groupByRoute ?? true,
  });
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const jitterMs = Math.max(0, options.jitterMs ?? 0);
  const dataFile = options.dataFile;

  const requests: RequestLogEntry[] = [];
  const requestLogLimit = positiveInteger(options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT, 'requestLogLimit');
  const heldSockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let saving: Promise<void> = Promise.resolve();

  const delay = (): Promise<void> => {
    const ms = latencyMs + (jitterMs > 0 ? Math.random() * jitterMs : 0);
    if (ms <= 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  };

  // Saves run one after another and each writes the workspace as it is then,
  // so the file always ends on the newest state.
  const persist = async (): Promise<void> => {
    if (dataFile === undefined) {
      return;
    }
    const save = saving.then(() => writeSnapshotFile(dataFile, workspace.toSnapshot()));
    saving = save.catch((error: unknown) => {
      logError(`could not save ${dataFile}`, error);
    });
    await saving;
  };

  const answer = (method: string, path: string, query: RequestLogEntry['query'], headers: IncomingHttpHeaders, body: ParsedBody): RestResponse => {
    try {
      // Body parsing is app-level middleware in Twenty, so it fails before
      // routing and authentication do.
      if (body.kind === 'invalid') {
        throw badRequest(body.message);
      }
      if (method === 'GET' && path === '/healthz') {
        return { status: 200, body: { status: 'ok' } };
      }
      // Stored files, outside /rest like Twenty's FileController.
      if (method === 'GET' && path.startsWith(FILES_PATH_PREFIX)) {
        return serveFile(workspace, path);
      }
      if (!(path === '/rest' || path.startsWith('/rest/')) || !REST_METHODS.has(method)) {
        throw routeNotFound(method, path);
      }
      const principal = authenticate(headers.authorization);
      rateLimiter?.take(principal.workspaceId, principal.apiKeyId);
      return route({ method, path, query, body: body.kind === 'json' ? body.value : undefined });
    } catch (error) {
      return errorResponse(error);
    }
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const started = performance.now();
    const rawUrl = incoming.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const method = (incoming.method ?? 'GET').toUpperCase();
    const entry: RequestLogEntry = {
      method,
      path,
      query: queryOf(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1)),
      status: 0,
      time: new Date().toISOString(),
      durationMs: 0,
      headers: headersOf(incoming.headers),
    };
    requests.push(entry);
    if (requests.length > requestLogLimit) {
      requests.splice(0, requests.length - requestLogLimit);
    }
    const finish = (status: number): void => {
      entry.status = status;
      entry.durationMs = performance.now() - started;
    };
    const send = (response: RestResponse): void => {
      if (response.raw !== undefined) {
        finish(response.status);
        outgoing.writeHead(response.status, { 'Content-Length': response.raw.length, ...response.headers });
        outgoing.end(response.raw);
        return;
      }
      const text = JSON.stringify(response.body);
      finish(response.status);
      outgoing.writeHead(response.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
        ...response.headers,
      });
      outgoing.end(text);
    };

    let raw: Buffer;
    try {
      raw = await readBody(incoming);
    } catch {
      await delay();
      send(errorResponse(new SandboxHttpError(413, 'PayloadTooLargeException', ['request entity too large'])));
      incoming.resume();
      return;
    }
    const body = parseBody(raw, incoming.headers['content-type']);
    if (body.kind === 'json') {
      entry.body = body.value;
    } else if (body.kind !== 'none') {
      entry.body = raw.toString('utf8');
    }

    const fault = faults.take(method, path, decodedQuery(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1)));
    // A read has no effect to skip, so a garbled read is the real answer cut
    // short, as a proxy dropping the connection mid-body would leave it.
    const runs = fault === undefined || fault.when === 'after' || (fault.kind === 'malformedJson' && method === 'GET');
    let response: RestResponse | undefined;
    const events: RecordEvent[] = [];
    if (runs) {
      // answer() is synchronous, so no other request's events land here.
      heldEvents = events;
      try {
        response = answer(method, path, entry.query, incoming.headers, body);
      } finally {
        heldEvents = undefined;
      }
      if (dataFile !== undefined && method !== 'GET' && response.status >= 200 && response.status < 300) {
        await persist();
      }
    }
    try {
      await respond(fault, response);
    } finally {
      // Whatever the client saw (even a fault), the write happened.
      webhooks.enqueue(events);
    }

    // Answers the request as it is, or as the injected fault spoils it.
    async function respond(fault: FaultSpec | undefined, response: RestResponse | undefined): Promise<void> {
      if (fault === undefined) {
        await delay();
        send(response ?? errorResponse(new Error('no response')));
        return;
      }

      switch (fault.kind ?? 'status') {
        case 'timeout':
          // Never answer: the socket stays open until the client gives up or close().
          heldSockets.add(incoming.socket);
          incoming.socket.once('close', () => heldSockets.delete(incoming.socket));
          return;
        case 'reset':
          await delay();
          finish(0);
          incoming.socket.destroy();
          return;
        case 'malformedJson': {
          await delay();
          const text = JSON.stringify(response?.body ?? { data: {} });
          // Any strict prefix of a JSON object or array is unreadable JSON.
          const truncated = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
          finish(200);
          outgoing.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(truncated) });
          outgoing.end(truncated);
          return;
        }
        case 'status':
          await delay();
          send(faultResponse(fault, options.rateLimit?.longLimit ?? 100, options.rateLimit?.longTtlMs ?? 60_000));
          return;
      }
    }
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      logError('request failed', error);
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        outgoing.end(JSON.stringify(errorResponse(error).body));
      } else {
        outgoing.destroy();
      }
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    apiKey,
    requests,
    faults: { inject: (spec) => faults.inject(spec), clear: () => faults.clear() },
    workspace,
    webhookDeliveries: webhooks.deliveries,
    webhooksIdle: () => webhooks.idle(),
    close() {
      closed ??= (async () => {
        for (const timer of timers) {
          clearTimeout(timer);
        }
        timers.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          for (const socket of heldSockets) {
            socket.destroy();
          }
          server.closeAllConnections();
        });
        await saving;
        // Deliveries time out after 5 s each, so this ends.
        await webhooks.idle();
      })();
      return closed;
    },
  };
}

/** Twenty's error body (contract §6.2) for any failure; unexpected ones are logged and masked as 500. */
function errorResponse(error: unknown): RestResponse {
  if (error instanceof SandboxHttpError) {
    return {
      status: error.statusCode,
      body: { statusCode: error.statusCode, error: error.error, messages: error.messages, ...error.extraBody },
      headers: error.headers,
    };
  }
  if (error instanceof TwentyFilterSyntaxError) {
    return errorResponse(badRequest(error.message));
  }
  logError('internal error', error);
  return {
    status: 500,
    body: { statusCode: 500, error: 'InternalServerErrorException', messages: ['Internal server error'] },
  };
}

function faultResponse(fault: FaultSpec, limit: number, ttlMs: number): RestResponse {
  const status = fault.status ?? 500;
  if (status === 429) {
    const retryAfterMs = (fault.retryAfterSeconds ?? 1) * 1000;
    return errorResponse(rateLimitedError({ limit, ttlMs, remaining: 0, retryAfterMs, apiKeyId: DEMO_API_KEY_ID, now: Date.now() }));
  }
  const name = STATUS_ERROR_NAMES[status] ?? (status >= 500 ? 'InternalServerErrorException' : 'HttpException');
  return {
    status,
    body: { statusCode: status, error: fault.error ?? name, messages: fault.messages ?? [`Injected sandbox fault: HTTP ${status}`] },
  };
}

function queryOf(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

// The query string as a person reads it (`filter=companyId[in]:[…]`), so a
// fault can match a filter without spelling its percent-encoding.
function decodedQuery(search: string): string {
  return [...new URLSearchParams(search)].map(([key, value]) => `${key}=${value}`).join('&');
}

function headersOf(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return result;
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        incoming.removeAllListeners('data');
        reject(new Error('body too large'));
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

// Like Twenty's express.json(): only JSON (or untyped) bodies are parsed;
// any other content type leaves the body empty.
function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) {
    return { kind: 'none' };
  }
  const text = raw.toString('utf8');
  if (contentType !== undefined && !/json/i.test(contentType)) {
    return { kind: 'ignored', text };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'invalid', message: (error as Error).message };
  }
}

// The brief's 500s are logged to stderr so a sandbox bug is never silent.
function logError(what: string, error: unknown): void {
  process.stderr.write(`twenty-bff sandbox: ${what}: ${inspect(error)}\n`);
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
