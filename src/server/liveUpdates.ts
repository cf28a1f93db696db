import type { Config } from '../config.js';
import type { UpstreamTarget } from '../context.js';
import type { TwentyRequestEvent } from '../twenty/createRestTransport.js';
import { createEventChannel, type EventChannel } from '../twenty/eventChannel.js';
import { probeTwenty } from '../twenty/probeTwenty.js';
import { RECORD_OPERATIONS, type RecordOperation, type WrittenRecordChange } from '../twenty/recordChange.js';
import { scopeOf, type UpstreamGateway } from '../twenty/upstreamGateway.js';
import { isUuid } from '../utils/isUuid.js';
import { createChangeDeduplicator } from './changeDeduplicator.js';
import { createLiveAudiences, type LiveAudiences } from './liveAudience.js';
import type { Logger } from './logger.js';
import { createRecordChangeHub, type RecordChangeHub } from './recordChangeHub.js';
import type { TwentyWebhookEvent } from './twentyWebhook.js';

/** Most changes a subscription holds for a slow reader. */
export const MAX_PENDING_CHANGES = 100;

// A write's two sightings (its mutation, its webhook) are paired within this.
const PAIRING_WINDOW_MS = 10 * 60_000;
const PAIRING_MAX_ENTRIES = 50_000;

/** The publishing side of live updates, and the hub subscriptions read from. */
export interface LiveUpdates {
  hub: RecordChangeHub;
  audiences: LiveAudiences;
  /** Whether changes travel between replicas (Redis). */
  shared: boolean;
  /** Publishes what a successful write made with `authorization` changed, to its workspace. */
  publishWrites(authorization: string, changes: readonly WrittenRecordChange[]): void;
  /** Publishes a verified Twenty webhook event to the workspace it names; metadata events and events naming no workspace or record are not. */
  publishWebhook(event: TwentyWebhookEvent): Promise<void>;
  /** Ends every subscription and closes the channel. */
  close(): Promise<void>;
}

/** What live updates use of the running server. */
export interface LiveUpdatesParts {
  gateway: UpstreamGateway;
  logger: Logger;
  onUpstreamRequest?: (event: TwentyRequestEvent) => void;
}

/**
 * Creates live updates over `upstream`: the channel (Redis pub/sub with
 * `REDIS_URL`, else memory), the hub, the audiences, and the publishers of
 * writes and webhooks. With `TWENTY_WEBHOOK_SECRET` set, a write seen both
 * ways is delivered once.
 */
export async function createLiveUpdates(config: Config, upstream: UpstreamTarget, parts: LiveUpdatesParts): Promise<LiveUpdates> {
  const { logger } = parts;
  const channel: EventChannel = await createEventChannel({
    redisUrl: config.redisUrl,
    keyPrefix: config.redisKeyPrefix,
    log: (level, message) => logger[level](`live updates: ${message}`),
  });
  const hub = createRecordChangeHub({
    channel,
    ...(config.twentyWebhookSecret ? { deduplicator: createChangeDeduplicator({ maxEntries: PAIRING_MAX_ENTRIES, ttlMs: PAIRING_WINDOW_MS }) } : {}),
    maxSubscriptions: config.subscriptions.maxSubscriptions,
    maxPending: MAX_PENDING_CHANGES,
    logger,
  });
  const audiences = createLiveAudiences({
    baseUrl: upstream.baseUrl,
    headers: config.twenty.headers,
    serverKey: Boolean(upstream.apiKey),
    acceptedForMs: config.workspaceSchema.refreshMs,
    async check(authorization) {
      // One probe of Twenty with the caller's key, paid from its workspace's budget.
      const scope = scopeOf(upstream.baseUrl, authorization, config.twenty.headers);
      if (!(await parts.gateway.spendToken(scope, 'subscription', config.rateWaitMs))) {
        return 'unavailable';
      }
      const probe = await probeTwenty({
        baseUrl: upstream.baseUrl,
        authorization,
        headers: config.twenty.headers,
        timeoutMs: config.twenty.timeoutMs,
        ...(parts.onUpstreamRequest ? { onRequest: parts.onUpstreamRequest } : {}),
      });
      return probe.ready ? 'accepted' : probe.reason === 'credential refused' ? 'refused' : 'unavailable';
    },
  });
  return {
    hub,
    audiences,
    shared: channel.shared,
    publishWrites(authorization, changes) {
      const audience = audiences.ofWriter(authorization);
      const receivedAt = new Date().toISOString();
      for (const change of changes) {
        void hub.publish({ ...change, audience, source: 'mutation', receivedAt });
      }
    },
    async publishWebhook(event) {
      const { workspaceId, recordId } = event;
      if (event.metadata === true || !RECORD_OPERATIONS.includes(event.operation as RecordOperation) || !isUuid(recordId)) {
        return;
      }
      if (workspaceId === undefined || !isUuid(workspaceId)) {
        logger.warn({ eventName: event.eventName }, 'a Twenty webhook event names no workspace: it reaches no subscriber');
        return;
      }
      await hub.publish({
        audience: audiences.ofWorkspace(workspaceId),
        object: event.objectNameSingular,
        recordId,
        operation: event.operation as RecordOperation,
        updatedFields: event.updatedFields ?? null,
        source: 'webhook',
        version: event.recordUpdatedAt ?? null,
        receivedAt: new Date().toISOString(),
      });
    },
    async close() {
      await hub.close();
      await channel.close();
    },
  };
}
