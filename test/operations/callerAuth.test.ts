import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const CLIENT_TOKEN = 'web-app-token-0123456789abcdef';
const ISSUER = 'https://id.example/';
const AUDIENCE = 'twenty-bff';

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;

interface Answer {
  status: number;
  challenge: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

describe('caller authentication with a server-side key', () => {
  let bff: TestBff;
  let jwks: Server;
  let signing: Keys;
  let stranger: Keys;

  beforeAll(async () => {
    signing = await generateKeyPair('RS256');
    stranger = await generateKeyPair('RS256');
    const publicJwk = { ...(await exportJWK(signing.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    // The identity provider's JWKS endpoint.
    jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    bff = await startTestBff(
      { demoData: false },
      {
        auth: {
          allowAnonymous: undefined,
          clientTokens: [CLIENT_TOKEN, 'mobile-app-token-0123456789abcdef'],
          jwt: { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: ISSUER, audience: AUDIENCE },
        },
        workspaceSchema: { enabled: false },
      },
    );
  });

  afterAll(async () => {
    await bff.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  async function ask(headers: Record<string, string>, query = '{ people(first: 1) { totalCount } }'): Promise<Answer> {
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as Answer['body'] };
  }

  const jwt = (claims: { iss?: string; aud?: string; exp?: number | string }, keys: Keys = signing) => {
    const token = new SignJWT({ sub: 'user-1' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuedAt();
    if (claims.iss !== undefined) {
      token.setIssuer(claims.iss);
    }
    if (claims.aud !== undefined) {
      token.setAudience(claims.aud);
    }
    token.setExpirationTime(claims.exp ?? '5m');
    return token.sign(keys.privateKey);
  };

  const refused = (message: string, challenge: string): Answer => ({
    status: 401,
    challenge,
    body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
  });

  it('refuses an anonymous caller with 401 and UNAUTHENTICATED before any upstream call, ping and introspection included', async () => {
    bff.resetRequests();
    const expected = refused('This twenty-bff needs a credential: send "Authorization: Bearer <client token or JWT>".', 'Bearer realm="twenty-bff"');
    expect(await ask({})).toEqual(expected);
    expect(await ask({}, '{ ping }')).toEqual(expected);
    expect(await ask({}, '{ __schema { queryType { name } } }')).toEqual(expected);
    expect(bff.upstream()).toEqual([]);
  });

  it('accepts a static client token, and reaches Twenty with the server key', async () => {
    bff.resetRequests();
    expect(await ask({ authorization: `Bearer ${CLIENT_TOKEN}` })).toEqual({ status: 200, challenge: null, body: { data: { people: { totalCount: 0 } } } });
    expect(bff.upstream().map((entry) => entry.headers['authorization'])).toEqual([`Bearer ${bff.sandbox.apiKey}`]);
  });

  it.each([
    ['a token one character short', CLIENT_TOKEN.slice(0, -1), 'The bearer token is not accepted.'],
    ['a token one character longer', `${CLIENT_TOKEN}x`, 'The bearer token is not accepted.'],
    // A JWT in form, so it is verified as one, and its signature fails.
    ["the server's own Twenty key", 'SANDBOX', 'The token is not valid.'],
  ])('refuses %s', async (_name, token, message) => {
    const sent = token === 'SANDBOX' ? bff.sandbox.apiKey : token;
    expect(await ask({ authorization: `Bearer ${sent}` })).toEqual(refused(message, 'Bearer realm="twenty-bff", error="invalid_token"'));
  });

  it('refuses a header that is not a bearer credential', async () => {
    expect(await ask({ authorization: `Basic ${Buffer.from(`x:${CLIENT_TOKEN}`).toString('base64')}` })).toEqual(
      refused('The Authorization header must be "Bearer <client token or JWT>".', 'Bearer realm="twenty-bff", error="invalid_request"'),
    );
  });

  it('accepts a JWT signed by a key of the JWKS, with the right issuer and audience', async () => {
    expect(await ask({ authorization: `Bearer ${await jwt({ iss: ISSUER, aud: AUDIENCE })}` })).toEqual({
      status: 200,
      challenge: null,
      body: { data: { people: { totalCount: 0 } } },
    });
  });

  it.each([
    ['another issuer', { iss: 'https://evil.example/', aud: AUDIENCE }, 'The token\'s "iss" claim is not accepted.'],
    ['another audience', { iss: ISSUER, aud: 'other-app' }, 'The token\'s "aud" claim is not accepted.'],
    ['no audience', { iss: ISSUER }, 'The token\'s "aud" claim is not accepted.'],
    ['an expired token', { iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) - 120 }, 'The token has expired.'],
  ])('refuses a JWT with %s', async (_name, claims, message) => {
    bff.resetRequests();
    expect(await ask({ authorization: `Bearer ${await jwt(claims)}` })).toEqual(refused(message, 'Bearer realm="twenty-bff", error="invalid_token"'));
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a JWT signed by a key outside the JWKS', async () => {
    expect(await ask({ authorization: `Bearer ${await jwt({ iss: ISSUER, aud: AUDIENCE }, stranger)}` })).toEqual(
      refused('The token is not valid.', 'Bearer realm="twenty-bff", error="invalid_token"'),
    );
  });

  it('serves GraphiQL and the health check without a credential', async () => {
    const page = await fetch(bff.url, { headers: { accept: 'text/html' } });
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html']);
    expect((await fetch(bff.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});

describe('caller authentication with BFF_ALLOW_ANONYMOUS=true beside client tokens', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, { auth: { allowAnonymous: true, clientTokens: [CLIENT_TOKEN], jwt: undefined }, workspaceSchema: { enabled: false } });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('serves a caller without a credential, but refuses a wrong one', async () => {
    expect(await bff.execute('{ ping }')).toEqual({ data: { ping: true } });
    expect((await bff.execute('{ ping }', undefined, { authorization: 'Bearer wrong-token-0123456789' })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await bff.execute('{ ping }', undefined, { authorization: `Bearer ${CLIENT_TOKEN}` })).toEqual({ data: { ping: true } });
  });
});
