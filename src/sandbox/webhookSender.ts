import { createHmac, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';

import type { RecordEvent, WebhookDelivery } from './types.js';
import type { RegisteredWebhook } from './webhookRegistry.js';

// CallWebhookJob's axios timeout (docs/twenty-webhooks.md).
const DELIVERY_TIMEOUT_MS = 5_000;

/** Delivers record events to webhooks in the background and keeps a log of what it sent. */
export interface WebhookSender {
  /** Queues one POST per event and matching webhook; returns at once, never throws. */
  enqueue(events: readonly RecordEvent[]): void;
  /** Newest deliveries, oldest first. */
  deliveries: WebhookDelivery[];
  /** Resolves once every queued delivery has been answered or has failed. */
  idle(): Promise<void>;
}

/** What a sender needs: the current webhooks, the workspace the events belong to, and how many deliveries to remember. */
export interface WebhookSenderOptions {
  /** Read at each write, so webhooks created or deleted through the API apply to the next write. */
  webhooks: () => readonly Pick<RegisteredWebhook, 'id' | 'targetUrl' | 'secret' | 'operations'>[];
  workspaceId: string;
  deliveryLogLimit: number;
  /** Clock of `eventDate` and of the signature timestamp. */
  now?: () => Date;
}

/**
 * Returns a sender that POSTs each record event to every webhook whose
 * operations match it, with the body, headers and signature of Twenty's
 * CallWebhookJob. Deliveries go one at a time, in the order of the writes;
 * a failed one is logged to stderr and recorded, never retried (Twenty's job
 * catches the error), and never reaches the writer.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const now = options.now ?? (() => new Date());
  const deliveries: WebhookDelivery[] = [];
  let queue: Promise<void> = Promise.resolve();

  const record = (delivery: WebhookDelivery): void => {
    deliveries.push(delivery);
    if (deliveries.length > options.deliveryLogLimit) {
      deliveries.splice(0, deliveries.length - options.deliveryLogLimit);
    }
    if (!delivery.ok) {
      process.stderr.write(
        `twenty-bff sandbox: webhook ${delivery.eventName} to ${delivery.targetUrl} failed: ${delivery.error ?? `HTTP ${String(delivery.status)}`}\n`,
      );
    }
  };

  return {
    deliveries,
    enqueue(events) {
      for (const event of events) {
        const eventName = `${event.object.nameSingular}.${event.action}`;
        for (const webhook of options.webhooks().filter((candidate) => matchesOperation(candidate.operations, eventName))) {
          const payload = toTwentyWebhookPayload(event, { webhookId: webhook.id, targetUrl: webhook.targetUrl, workspaceId: options.workspaceId, eventDate: now() });
          // Each link catches its own failure, so the chain never rejects.
          queue = queue.then(() => deliver(webhook, payload, now).then(record));
        }
      }
    },
    async idle() {
      let seen: Promise<void> | undefined;
      // Deliveries queued while waiting extend the chain: wait for those too.
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },
  };
}

/** The JSON body of one Twenty webhook call, keys in the order CallWebhookJob serialises them. */
export interface TwentyWebhookPayload {
  targetUrl: string;
  eventName: string;
  objectMetadata: { id: string; nameSingular: string };
  workspaceId: string;
  webhookId: string;
  eventDate: string;
  record: Record<string, unknown>;
  updatedFields?: string[];
}

/**
 * Returns the payload Twenty's transformEventBatchToWebhookEvents builds for
 * one event and webhook. `userId` and `workspaceMemberId` are absent: an
 * API-key write has neither, and JSON.stringify drops them.
 */
export function toTwentyWebhookPayload(
  event: RecordEvent,
  context: { webhookId: string; targetUrl: string; workspaceId: string; eventDate: Date },
): TwentyWebhookPayload {
  return {
    targetUrl: context.targetUrl,
    eventName: `${event.object.nameSingular}.${event.action}`,
    objectMetadata: { id: event.object.id, nameSingular: event.object.nameSingular },
    workspaceId: context.workspaceId,
    webhookId: context.webhookId,
    eventDate: context.eventDate.toISOString(),
    record: event.record,
    ...(event.updatedFields === undefined ? {} : { updatedFields: event.updatedFields }),
  };
}

/**
 * Returns the headers of a Twenty webhook call with body `body`: JSON content
 * type and, with a non-empty secret, the millisecond timestamp, the hex
 * HMAC-SHA256 of `"<timestamp>:<body>"` and a random 16-byte hex nonce.
 */
export function twentyWebhookHeaders(body: string, secret: string, timestamp: string, nonce: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (secret !== '') {
    headers['X-Twenty-Webhook-Timestamp'] = timestamp;
    headers['X-Twenty-Webhook-Signature'] = createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('hex');
    headers['X-Twenty-Webhook-Nonce'] = nonce;
  }
  return headers;
}

/** True when `operations` holds `eventName`, `*.<operation>`, `<object>.*` or `*.*` (CallWebhookJobsJob). */
export function matchesOperation(operations: readonly string[], eventName: string): boolean {
  const [nameSingular, operation] = eventName.split('.');
  return [eventName, `*.${operation ?? ''}`, `${nameSingular ?? ''}.*`, '*.*'].some((candidate) => operations.includes(candidate));
}

async function deliver(webhook: Pick<RegisteredWebhook, 'id' | 'targetUrl' | 'secret'>, payload: TwentyWebhookPayload, now: () => Date): Promise<WebhookDelivery> {
  // Twenty signs the very string it sends (JSON.stringify of the payload).
  const body = JSON.stringify(payload);
  const headers = twentyWebhookHeaders(body, webhook.secret, String(now().getTime()), randomBytes(16).toString('hex'));
  const base = { webhookId: webhook.id, targetUrl: webhook.targetUrl, eventName: payload.eventName, recordId: String(payload.record['id']), body, headers };
  try {
    const response = await fetch(webhook.targetUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
    // The answer's body is not used, but it must be read for the socket to be reused.
    await response.arrayBuffer().catch(() => undefined);
    return { ...base, status: response.status, ok: response.status >= 200 && response.status < 300 };
  } catch (error) {
    return { ...base, status: null, ok: false, error: error instanceof Error ? error.message : inspect(error) };
  }
}
