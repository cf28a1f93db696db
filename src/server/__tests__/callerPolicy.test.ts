import { describe, expect, it } from 'vitest';

import type { AuthConfig } from '../../config.js';
import { isLoopback, resolveCallerPolicy } from '../callerPolicy.js';

const NO_AUTH: AuthConfig = { allowAnonymous: undefined, clientTokens: [], jwt: undefined };
const TOKENS: AuthConfig = { ...NO_AUTH, clientTokens: ['web-0123456789abcdef'] };
const JWT: AuthConfig = { ...NO_AUTH, jwt: { jwksUrl: 'https://id.example/jwks.json', issuer: 'https://id.example/', audience: 'bff' } };

describe('resolveCallerPolicy', () => {
  it('lets anonymous callers use the sandbox on a loopback host, from any origin', () => {
    expect(resolveCallerPolicy('sandbox', NO_AUTH, undefined, '127.0.0.1')).toEqual({
      mode: 'sandbox',
      anonymous: true,
      clientTokens: [],
      jwt: undefined,
      corsOrigins: '*',
    });
  });

  it('refuses to open the sandbox to the network unless told to', () => {
    expect(() => resolveCallerPolicy('sandbox', NO_AUTH, undefined, '0.0.0.0')).toThrow(
      'HOST=0.0.0.0 would open the built-in sandbox to the network: set BFF_ALLOW_ANONYMOUS=true to allow that, or BFF_CLIENT_TOKENS or BFF_JWT_JWKS_URL (with BFF_JWT_ISSUER and BFF_JWT_AUDIENCE).',
    );
    expect(resolveCallerPolicy('sandbox', { ...NO_AUTH, allowAnonymous: true }, undefined, '0.0.0.0').anonymous).toBe(true);
    expect(resolveCallerPolicy('sandbox', TOKENS, undefined, '0.0.0.0').anonymous).toBe(false);
  });

  it('refuses to start with a server key and neither client authentication nor BFF_ALLOW_ANONYMOUS=true', () => {
    const message =
      'TWENTY_API_KEY is set, so every caller would act with that key: set BFF_CLIENT_TOKENS or BFF_JWT_JWKS_URL (with BFF_JWT_ISSUER and BFF_JWT_AUDIENCE) to authenticate callers, or BFF_ALLOW_ANONYMOUS=true to serve anyone who can reach 127.0.0.1.';
    expect(() => resolveCallerPolicy('serverKey', NO_AUTH, undefined, '127.0.0.1')).toThrow(message);
    expect(() => resolveCallerPolicy('serverKey', { ...NO_AUTH, allowAnonymous: false }, undefined, '127.0.0.1')).toThrow(message);
  });

  it.each([
    ['client tokens', TOKENS, false],
    ['JWTs', JWT, false],
    ['BFF_ALLOW_ANONYMOUS=true', { ...NO_AUTH, allowAnonymous: true }, true],
    ['client tokens and BFF_ALLOW_ANONYMOUS=true', { ...TOKENS, allowAnonymous: true }, true],
  ])('starts with a server key and %s, allowing no browser origin by default', (_name, auth, anonymous) => {
    const policy = resolveCallerPolicy('serverKey', auth, undefined, '0.0.0.0');
    expect([policy.anonymous, policy.corsOrigins]).toEqual([anonymous, []]);
  });

  it('refuses every origin (*) with a server key, but takes a list', () => {
    expect(() => resolveCallerPolicy('serverKey', TOKENS, ['*'], '127.0.0.1')).toThrow(
      'BFF_CORS_ORIGINS=* would let any web page use the server-side TWENTY_API_KEY: list the allowed origins instead.',
    );
    expect(resolveCallerPolicy('serverKey', TOKENS, ['https://app.example'], '127.0.0.1').corsOrigins).toEqual(['https://app.example']);
  });

  it("passes each caller's own key through, and refuses client authentication there", () => {
    expect(resolveCallerPolicy('passthrough', NO_AUTH, undefined, '0.0.0.0')).toEqual({
      mode: 'passthrough',
      anonymous: false,
      clientTokens: [],
      jwt: undefined,
      corsOrigins: '*',
    });
    expect(() => resolveCallerPolicy('passthrough', TOKENS, undefined, '0.0.0.0')).toThrow(
      "BFF_CLIENT_TOKENS or BFF_JWT_JWKS_URL (with BFF_JWT_ISSUER and BFF_JWT_AUDIENCE) need TWENTY_API_KEY: without it, each caller's Authorization header carries their own Twenty API key.",
    );
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['127.example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
