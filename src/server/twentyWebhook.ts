import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

import { isPlainObject } from '../utils/isPlainObject.js';
import { readBody, sendJson } from './httpMessages.js';
import type { Logger } from './logger.js';

/** Where twenty-bff receives Twenty's webhook deliveries. */
export const TWENTY_WEBHOOK_PATH = '/webhooks/twenty';

/** How far a delivery's timestamp may be from our clock, either way, by default. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

// A Twenty event carries one record; a megabyte is far more than any holds.
const MAX_WEBHOOK_BODY_BYTES = 1_000_000;
// More changed fields than any object has: such a list is not kept.
const MAX_UPDATED_FIELDS = 1_000;

const TIMESTAMP_HEADER = 'x-twenty-webhook-timestamp';
const SIGNATURE_HEADER = 'x-twenty-webhook-signature';

/**
 * A Twenty webhook event, normalised: `person.updated` gives operation
 * `updated` and objectNameSingular `person`. Metadata events
 * (`metadata.<name>.<operation>`) have `metadata: true` and the metadata name
 * as objectNameSingular.
 */
export interface TwentyWebhookEvent {
  eventName: string;
  operation: string;
  objectNameSingular: string;
  recordId?: string;
  workspaceId?: string;
  metadata?: true;
  /** The fields whose values changed (updates; `deletedAt` for deletes and restores), as Twenty lists them. */
  updatedFields?: string[];
  /** The record's `updatedAt` after the change, when the record carries one. */
  recordUpdatedAt?: string;
}

/** What verifyTwentyWebhook concludes: the event, or why it is refused and the HTTP status that says so. */
export type TwentyWebhookVerification =
  | { ok: true; event: TwentyWebhookEvent }
  | { ok: false; status: 400 | 401; reason: string };

/** One delivery to check: its headers, its body exactly as received, our copy of the webhook's secret. */
export interface TwentyWebhookInput {
  headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>;
  rawBody: string | Buffer;
  secret: string;
  /** Current time in ms since the epoch; default Date.now(). */
  now?: number;
  toleranceMs?: number;
}

/**
 * Checks a Twenty webhook delivery as Twenty's CallWebhookJob signs it: the
 * hex HMAC-SHA256 with `secret` over `"<X-Twenty-Webhook-Timestamp>:<raw
 * body>"`, compared in constant time, with a millisecond timestamp no further
 * than `toleranceMs` from `now`. Refuses with status 401 a missing, garbled,
 * stale or wrongly signed delivery, and with 400 a signed body that is not a
 * Twenty event; the body is parsed only once the signature holds.
 */
export function verifyTwentyWebhook(input: TwentyWebhookInput): TwentyWebhookVerification {
  const timestamp = headerOf(input.headers, TIMESTAMP_HEADER);
  const signature = headerOf(input.headers, SIGNATURE_HEADER);
  if (timestamp === undefined) {
    return refuse(401, 'The X-Twenty-Webhook-Timestamp header is missing.');
  }
  if (signature === undefined) {
    return refuse(401, 'The X-Twenty-Webhook-Signature header is missing.');
  }
  if (!/^\d{1,16}$/.test(timestamp)) {
    return refuse(401, 'The X-Twenty-Webhook-Timestamp header is not a time in milliseconds.');
  }
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) {
    return refuse(401, 'The X-Twenty-Webhook-Signature header is not a hex SHA-256 HMAC.');
  }
  const now = input.now ?? Date.now();
  const toleranceMs = input.toleranceMs ?? DEFAULT_WEBHOOK_TOLERANCE_MS;
  if (Math.abs(now - Number(timestamp)) > toleranceMs) {
    return refuse(401, `The X-Twenty-Webhook-Timestamp is more than ${toleranceMs} ms away from now.`);
  }
  const body = typeof input.rawBody === 'string' ? Buffer.from(input.rawBody, 'utf8') : input.rawBody;
  const expected = createHmac('sha256', input.secret).update(`${timestamp}:`).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return refuse(401, 'The X-Twenty-Webhook-Signature does not match the body.');
  }
  return toTwentyWebhookEvent(body.toString('utf8'));
}

/** What handleTwentyWebhook needs: the webhook's secret (undefined: endpoint off) and what to do with each event. */
export interface TwentyWebhookHandlerOptions {
  secret: string | undefined;
  onEvent: (event: TwentyWebhookEvent) => Promise<void>;
  toleranceMs?: number;
  /** Where a failing `onEvent` is logged (stderr without one). */
  logger?: Logger;
}

/**
 * Answers one request to the Twenty webhook endpoint: 404 when no secret is
 * configured, 405 for anything but POST, 413 for a body over 1 MB, 401 or 400
 * (JSON `{ error }`) for a delivery verifyTwentyWebhook refuses — onEvent is
 * not called — and 200 once `onEvent(event)` has resolved. A failing onEvent
 * is logged and answered 500.
 */
export async function handleTwentyWebhook(request: IncomingMessage, response: ServerResponse, options: TwentyWebhookHandlerOptions): Promise<void> {
  if (options.secret === undefined || options.secret === '') {
    sendJson(response, 404, { error: 'Not found. No Twenty webhook secret is configured (TWENTY_WEBHOOK_SECRET).' });
    return;
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendJson(response, 405, { error: 'Twenty webhooks are POSTed.' });
    return;
  }
  const rawBody = await readBody(request, MAX_WEBHOOK_BODY_BYTES);
  if (rawBody === undefined) {
    sendJson(response, 413, { error: `Request body larger than ${MAX_WEBHOOK_BODY_BYTES} bytes.` });
    return;
  }
  const verification = verifyTwentyWebhook({
    headers: request.headers,
    rawBody,
    secret: options.secret,
    ...(options.toleranceMs === undefined ? {} : { toleranceMs: options.toleranceMs }),
  });
  if (!verification.ok) {
    sendJson(response, verification.status, { error: verification.reason });
    return;
  }
  try {
    await options.onEvent(verification.event);
  } catch (error) {
    if (options.logger) {
      options.logger.error({ eventName: verification.event.eventName, detail: error instanceof Error ? error.message : String(error) }, 'handling a Twenty webhook failed');
    } else {
      console.error(`twenty-bff: handling Twenty webhook ${verification.event.eventName} failed`, error);
    }
    sendJson(response, 500, { error: 'The event could not be handled.' });
    return;
  }
  sendJson(response, 200, { received: verification.event.eventName });
}

// CallWebhookJobsJob names events `<nameSingular>.<operation>`; the metadata
// job names them `metadata.<metadataName>.<operation>` (docs/twenty-webhooks.md).
function toTwentyWebhookEvent(text: string): TwentyWebhookVerification {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'The body is not JSON.');
  }
  if (!isPlainObject(body) || typeof body['eventName'] !== 'string') {
    return refuse(400, 'The body is not a Twenty webhook event: it has no eventName.');
  }
  const eventName = body['eventName'];
  const parts = eventName.split('.');
  const isMetadata = parts.length === 3 && parts[0] === 'metadata';
  const [objectNameSingular, operation] = isMetadata ? parts.slice(1) : parts;
  if ((!isMetadata && parts.length !== 2) || !isName(objectNameSingular) || !isName(operation)) {
    return refuse(400, `The body is not a Twenty webhook event: eventName "${eventName}" is not "<object>.<operation>".`);
  }
  const record = body['record'];
  if (record !== undefined && !isPlainObject(record)) {
    return refuse(400, 'The body is not a Twenty webhook event: record is not an object.');
  }
  const event: TwentyWebhookEvent = { eventName, operation, objectNameSingular };
  const recordId = isMetadata && isPlainObject(body['event']) ? body['event']['recordId'] : record?.['id'];
  if (typeof recordId === 'string') {
    event.recordId = recordId;
  }
  if (typeof body['workspaceId'] === 'string') {
    event.workspaceId = body['workspaceId'];
  }
  if (isMetadata) {
    event.metadata = true;
  }
  const updatedFields = body['updatedFields'];
  if (Array.isArray(updatedFields) && updatedFields.length <= MAX_UPDATED_FIELDS && updatedFields.every((field) => typeof field === 'string' && isName(field))) {
    event.updatedFields = updatedFields as string[];
  }
  const updatedAt = record?.['updatedAt'];
  if (typeof updatedAt === 'string' && updatedAt.length <= 64) {
    event.recordUpdatedAt = updatedAt;
  }
  return { ok: true, event };
}

function isName(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z][A-Za-z0-9_]*$/.test(value);
}

function refuse(status: 400 | 401, reason: string): TwentyWebhookVerification {
  return { ok: false, status, reason };
}

function headerOf(headers: TwentyWebhookInput['headers'], name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return typeof value === 'string' ? value.trim() : undefined;
}
