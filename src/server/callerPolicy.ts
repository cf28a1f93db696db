import { isIP } from 'node:net';

import { type AuthConfig, ConfigError, type JwtConfig } from '../config.js';

/**
 * Whose key reaches Twenty: the built-in sandbox's, a server-side
 * `TWENTY_API_KEY`, or each caller's own `Authorization` header.
 */
export type UpstreamMode = 'sandbox' | 'serverKey' | 'passthrough';

/** Who may call twenty-bff and from which web origins, decided once at start. */
export interface CallerPolicy {
  mode: UpstreamMode;
  /** Requests without any credential are served. */
  anonymous: boolean;
  clientTokens: string[];
  jwt: JwtConfig | undefined;
  /** `'*'` for any origin, else the exact origins allowed (possibly none). */
  corsOrigins: '*' | string[];
}

const CLIENT_AUTH_VARIABLES = 'BFF_CLIENT_TOKENS or BFF_JWT_JWKS_URL (with BFF_JWT_ISSUER and BFF_JWT_AUDIENCE)';

/**
 * Decides the caller policy for `mode`, or throws ConfigError naming the
 * variables to set. With a server-side key every caller acts with that key,
 * so it refuses to start unless callers authenticate or BFF_ALLOW_ANONYMOUS
 * is true; over the sandbox anonymous callers are allowed on a loopback host.
 */
export function resolveCallerPolicy(
  mode: UpstreamMode,
  auth: AuthConfig,
  corsOrigins: string[] | undefined,
  host: string,
): CallerPolicy {
  const clientAuth = auth.clientTokens.length > 0 || auth.jwt !== undefined;
  const policy = { mode, clientTokens: auth.clientTokens, jwt: auth.jwt };
  const listed = corsOrigins?.[0] === '*' ? '*' : corsOrigins;
  switch (mode) {
    case 'passthrough':
      // The Authorization header already carries the caller's Twenty key.
      if (clientAuth) {
        throw new ConfigError(
          `${CLIENT_AUTH_VARIABLES} need TWENTY_API_KEY: without it, each caller's Authorization header carries their own Twenty API key.`,
        );
      }
      return { ...policy, anonymous: false, corsOrigins: listed ?? '*' };
    case 'serverKey':
      if (!clientAuth && auth.allowAnonymous !== true) {
        throw new ConfigError(
          `TWENTY_API_KEY is set, so every caller would act with that key: set ${CLIENT_AUTH_VARIABLES} to authenticate callers, or BFF_ALLOW_ANONYMOUS=true to serve anyone who can reach ${host}.`,
        );
      }
      if (listed === '*') {
        throw new ConfigError('BFF_CORS_ORIGINS=* would let any web page use the server-side TWENTY_API_KEY: list the allowed origins instead.');
      }
      return { ...policy, anonymous: auth.allowAnonymous === true, corsOrigins: listed ?? [] };
    case 'sandbox': {
      if (!clientAuth && auth.allowAnonymous === undefined && !isLoopback(host)) {
        throw new ConfigError(
          `HOST=${host} would open the built-in sandbox to the network: set BFF_ALLOW_ANONYMOUS=true to allow that, or ${CLIENT_AUTH_VARIABLES}.`,
        );
      }
      return { ...policy, anonymous: auth.allowAnonymous ?? !clientAuth, corsOrigins: listed ?? '*' };
    }
  }
}

/** Whether `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') {
    return true;
  }
  const version = isIP(host);
  return (version === 4 && host.startsWith('127.')) || (version === 6 && (host === '::1' || host === '0:0:0:0:0:0:0:1'));
}
