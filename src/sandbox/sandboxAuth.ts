import { createHmac, timingSafeEqual } from 'node:crypto';

import { deterministicUuid } from './ids.js';
import { SandboxHttpError } from './types.js';

// A fixed secret so the demo key is byte-identical on every run and machine:
// the sandbox guards nothing real, the key only has to look and fail like
// Twenty's HS256 API keys (contract §6.1).
const SANDBOX_JWT_SECRET = 'twenty-bff-sandbox-jwt-secret-not-for-production';

// 2026-01-05T08:00:00Z, the day the demo data is anchored to.
const DEMO_ISSUED_AT = 1_767_600_000;

/** Id of the sandbox's single workspace: the `sub` and `workspaceId` of its API key. */
export const DEMO_WORKSPACE_ID = deterministicUuid('twenty-sandbox', 'workspace');

/** Id of the demo API key (its JWT `jti`), the rate limiter's spender id. */
export const DEMO_API_KEY_ID = deterministicUuid('twenty-sandbox', 'apiKey', 'demo');

/** Name the sandbox gives its API key; writes record it in `createdBy.name` (contract §2.1). */
export const SANDBOX_API_KEY_NAME = 'Sandbox API key';

/**
 * Signs `payload` as an HS256 JWT with the sandbox's fixed secret. Tests use
 * it to build tokens the sandbox must refuse (expired, foreign workspace).
 */
export function signSandboxToken(payload: Record<string, unknown>): string {
  const header = base64UrlJson({ alg: 'HS256', typ: 'JWT' });
  const body = base64UrlJson(payload);
  return `${header}.${body}.${signature(`${header}.${body}`)}`;
}

/**
 * The sandbox's default API key: a real HS256 JWT with Twenty's API-key
 * payload (`sub`, `type: "API_KEY"`, `workspaceId`, `jti`), a fixed `iat` and
 * no `exp`, so it is the same on every run.
 */
export const DEMO_API_KEY = signSandboxToken({
  sub: DEMO_WORKSPACE_ID,
  type: 'API_KEY',
  workspaceId: DEMO_WORKSPACE_ID,
  iat: DEMO_ISSUED_AT,
  jti: DEMO_API_KEY_ID,
});

/** Who a request authenticated as. */
export interface SandboxPrincipal {
  workspaceId: string;
  apiKeyId: string;
}

/**
 * Returns a check of the `Authorization` header that accepts exactly
 * `acceptedKey` as a Bearer token and throws Twenty's auth errors otherwise:
 * 403 `FORBIDDEN_EXCEPTION` without a token, 401 `UNAUTHENTICATED` with
 * `No payload`, `Token has expired.` or `Token invalid.` (contract §6.1).
 */
export function createAuthenticator(acceptedKey: string): (authorization: string | undefined) => SandboxPrincipal {
  const principal = principalOf(acceptedKey);
  return (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) {
      throw new SandboxHttpError(403, 'FORBIDDEN_EXCEPTION', ['Missing authentication token']);
    }
    if (token === acceptedKey) {
      return principal;
    }
    throw unauthenticated(rejectionOf(token));
  };
}

// passport-jwt's fromAuthHeaderAsBearerToken: anything but "Bearer <token>"
// counts as no token at all, hence the 403 rather than a 401.
function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

function rejectionOf(token: string): string {
  const parts = token.split('.');
  const [header, payload, signed] = parts;
  if (parts.length !== 3 || header === undefined || payload === undefined || signed === undefined) {
    return 'No payload';
  }
  const claims = decodeJson(payload);
  if (claims === undefined) {
    return 'No payload';
  }
  if (!sameSignature(signed, signature(`${header}.${payload}`))) {
    return 'Token invalid.';
  }
  const expiresAt = claims['exp'];
  if (typeof expiresAt === 'number' && expiresAt * 1000 <= Date.now()) {
    return 'Token has expired.';
  }
  // Well signed and current, but not the key this sandbox accepts: Twenty
  // answers the same for a revoked or foreign key.
  return 'Token invalid.';
}

/** Who `key` authenticates as: the workspace and key ids its JWT payload names, the demo ones when it names none. */
export function principalOf(key: string): SandboxPrincipal {
  const [, payload] = key.split('.');
  const claims = payload === undefined ? undefined : decodeJson(payload);
  const workspaceId = claims?.['workspaceId'];
  const apiKeyId = claims?.['jti'];
  return {
    workspaceId: typeof workspaceId === 'string' ? workspaceId : DEMO_WORKSPACE_ID,
    apiKeyId: typeof apiKeyId === 'string' ? apiKeyId : DEMO_API_KEY_ID,
  };
}

function unauthenticated(message: string): SandboxHttpError {
  return new SandboxHttpError(401, 'UNAUTHENTICATED', [message]);
}

function signature(input: string): string {
  return createHmac('sha256', SANDBOX_JWT_SECRET).update(input).digest('base64url');
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJson(segment: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(segment)) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
