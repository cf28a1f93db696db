import { createHash, timingSafeEqual } from 'node:crypto';

import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';

import { ErrorCode } from '../errors/ErrorCode.js';
import { bearerToken } from '../utils/bearerToken.js';
import type { CallerPolicy } from './callerPolicy.js';
import type { Logger } from './logger.js';

/** Resolves when the request's `Authorization` header lets it in; rejects with a GraphQLError otherwise. */
export type CallerAuthenticator = (authorization: string | undefined) => Promise<void>;

const REALM = 'Bearer realm="twenty-bff"';

/**
 * Builds the check of a request's credential under `policy`: a static client
 * token (compared in constant time) or a JWT verified against the JWKS, with
 * its issuer and audience. Failures are UNAUTHENTICATED with HTTP 401 and
 * `WWW-Authenticate: Bearer`. In passthrough mode it lets every request
 * through: the caller's Twenty key is checked by Twenty. A failure to fetch
 * the JWT signing keys is logged on `logger` (stderr without one).
 */
export function createCallerAuthenticator(policy: CallerPolicy, logger?: Logger): CallerAuthenticator {
  if (policy.mode === 'passthrough') {
    return async () => {};
  }
  const digests = policy.clientTokens.map(digest);
  const jwt = policy.jwt;
  const keys = jwt ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : undefined;
  return async (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) {
      if (policy.anonymous && authorization === undefined) {
        return;
      }
      throw unauthenticated(
        authorization === undefined
          ? 'This twenty-bff needs a credential: send "Authorization: Bearer <client token or JWT>".'
          : 'The Authorization header must be "Bearer <client token or JWT>".',
        authorization === undefined ? REALM : `${REALM}, error="invalid_request"`,
      );
    }
    if (matchesAny(digest(token), digests)) {
      return;
    }
    if (jwt && keys && token.split('.').length === 3) {
      try {
        await jwtVerify(token, keys, { issuer: jwt.issuer, audience: jwt.audience });
        return;
      } catch (error) {
        throw jwtFailure(error, logger);
      }
    }
    throw unauthenticated('The bearer token is not accepted.', `${REALM}, error="invalid_token"`);
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

// Digests have one length, and every configured token is compared, so the
// time taken says nothing about which token, or how much of one, matched.
function matchesAny(candidate: Buffer, digests: Buffer[]): boolean {
  let matched = false;
  for (const expected of digests) {
    matched = timingSafeEqual(candidate, expected) || matched;
  }
  return matched;
}

function jwtFailure(error: unknown, logger: Logger | undefined): GraphQLError {
  const invalid = `${REALM}, error="invalid_token"`;
  if (error instanceof joseErrors.JWTExpired) {
    return unauthenticated('The token has expired.', invalid);
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return unauthenticated(`The token's "${error.claim}" claim is not accepted.`, invalid);
  }
  if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
    // The identity provider's keys could not be fetched: not the caller's fault.
    const detail = error instanceof Error ? error.message : String(error);
    if (logger) {
      logger.error({ detail }, 'could not fetch the JWT signing keys from BFF_JWT_JWKS_URL');
    } else {
      console.error('twenty-bff: could not fetch the JWT signing keys from BFF_JWT_JWKS_URL', detail);
    }
    return new GraphQLError('The keys that verify tokens could not be fetched; try again later.', {
      extensions: { code: ErrorCode.UPSTREAM_ERROR, http: { status: 503 } },
    });
  }
  return unauthenticated('The token is not valid.', invalid);
}

function unauthenticated(message: string, challenge: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) },
    },
  });
}
