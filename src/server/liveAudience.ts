import { createHash } from 'node:crypto';

import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';

import { ErrorCode } from '../errors/ErrorCode.js';
import { scopeOf } from '../twenty/upstreamGateway.js';
import { bearerToken } from '../utils/bearerToken.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import { isUuid } from '../utils/isUuid.js';

/** What checking a credential with Twenty found (see `probeTwenty`). */
export type CredentialCheck = 'accepted' | 'refused' | 'unavailable';

/** What the audiences are computed from. */
export interface LiveAudienceOptions {
  /** Twenty's base URL: workspace ids are unique within one Twenty. */
  baseUrl: string;
  /** Extra upstream headers (part of a credential's scope). */
  headers: Readonly<Record<string, string>>;
  /**
   * True when every caller uses the server's own key (`TWENTY_API_KEY`, or
   * the sandbox's): the workspace its key names is trusted as configured.
   */
  serverKey: boolean;
  /** Asks Twenty whether it accepts `authorization` (one upstream request); only used for callers' own keys. */
  check(authorization: string): Promise<CredentialCheck>;
  /** How long an accepted caller key is trusted before it is checked again. */
  acceptedForMs: number;
}

/**
 * Who may see which record changes. A change is published to one audience
 * and reaches only the subscribers of that audience: one Twenty workspace,
 * or one credential when the workspace it belongs to cannot be known.
 */
export interface LiveAudiences {
  /** The audience of a write made with `authorization`: Twenty accepted that key, so the workspace it names is its own. */
  ofWriter(authorization: string): string;
  /**
   * The audience of a subscriber reaching Twenty with `authorization`. A
   * caller's own key that names a workspace is checked with Twenty first
   * (cached); throws UNAUTHENTICATED when Twenty refuses it and
   * UPSTREAM_ERROR when it could not be checked.
   */
  ofSubscriber(authorization: string): Promise<string>;
  /** The audience of a webhook delivery naming `workspaceId`. */
  ofWorkspace(workspaceId: string): string;
}

/**
 * Twenty's API keys are HS256 JWTs whose payload names their workspace
 * (`workspaceId`, contract §6.1); Twenty verifies the signature with that
 * workspace's secret, so a key it accepts belongs to the workspace it names.
 * Returns that id, read without verifying (twenty-bff cannot), or undefined
 * for anything else (a proxy's key, a malformed token).
 */
export function workspaceIdOfKey(authorization: string): string | undefined {
  const token = bearerToken(authorization);
  const payload = token?.split('.')[1];
  if (token === undefined || token.split('.').length !== 3 || payload === undefined) {
    return undefined;
  }
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const workspaceId = isPlainObject(claims) ? claims['workspaceId'] : undefined;
    return isUuid(workspaceId) ? workspaceId.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the audiences of one upstream. A webhook names a workspace id; a
 * subscriber is mapped to the workspace its key names, so both meet only when
 * Twenty itself would call them the same workspace. A key that names none (a
 * proxy's key) is an audience of its own: writes made with it reach its
 * subscribers, webhooks never do.
 */
export function createLiveAudiences(options: LiveAudienceOptions): LiveAudiences {
  const accepted = new LRUCache<string, true>({ max: 10_000, ttl: Math.max(1, options.acceptedForMs) });
  const ofWorkspace = (workspaceId: string) => digest(['workspace', options.baseUrl, workspaceId.toLowerCase()]);
  const ofWriter = (authorization: string) => {
    const workspaceId = workspaceIdOfKey(authorization);
    return workspaceId === undefined ? digest(['credential', scopeOf(options.baseUrl, authorization, options.headers)]) : ofWorkspace(workspaceId);
  };
  return {
    ofWriter,
    ofWorkspace,
    async ofSubscriber(authorization) {
      const audience = ofWriter(authorization);
      if (options.serverKey || workspaceIdOfKey(authorization) === undefined) {
        // A key that names no workspace only ever hears of its own writes,
        // which Twenty accepted: nothing to check.
        return audience;
      }
      const scope = scopeOf(options.baseUrl, authorization, options.headers);
      if (accepted.has(scope)) {
        return audience;
      }
      const check = await options.check(authorization);
      if (check === 'refused') {
        throw new GraphQLError('Twenty refused this API key: no record changes can be subscribed to with it.', {
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        });
      }
      if (check === 'unavailable') {
        throw new GraphQLError('Twenty could not be reached to check this API key before subscribing; try again.', {
          extensions: { code: ErrorCode.UPSTREAM_ERROR },
        });
      }
      accepted.set(scope, true);
      return audience;
    },
  };
}

function digest(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}
