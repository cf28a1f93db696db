import { beforeAll, describe, expect, it } from 'vitest';

import { DEMO_API_KEY, DEMO_WORKSPACE_ID } from '../../src/sandbox/index.js';
import { DEMO_API_KEY_ID, signSandboxToken } from '../../src/sandbox/sandboxAuth.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { sandboxes, smallWorkspace } from './fixtures.js';
import { restClient } from './restClient.js';

const start = sandboxes();

function decodeSegment(segment: string | undefined): unknown {
  return JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'));
}

const unauthenticated = (message: string) => ({ statusCode: 401, error: 'UNAUTHENTICATED', messages: [message] });

describe('startSandbox', () => {
  describe('authentication', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
    });

    it('hands out the demo key: an HS256 API-key JWT with fixed ids and no exp', () => {
      expect(sandbox.apiKey).toBe(DEMO_API_KEY);
      const [header, payload, signature] = DEMO_API_KEY.split('.');
      expect(decodeSegment(header)).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(decodeSegment(payload)).toEqual({
        sub: DEMO_WORKSPACE_ID,
        type: 'API_KEY',
        workspaceId: DEMO_WORKSPACE_ID,
        iat: 1_767_600_000,
        jti: DEMO_API_KEY_ID,
      });
      expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('accepts the demo key on core and metadata routes', async () => {
      expect((await rest.get('/rest/people?limit=1')).status).toBe(200);
      expect((await rest.get('/rest/metadata/objects?limit=1')).status).toBe(200);
    });

    it('answers 403 FORBIDDEN_EXCEPTION without a token', async () => {
      const missing = await rest.get('/rest/people', { apiKey: null });
      const notBearer = await rest.get('/rest/people', { apiKey: null, headers: { Authorization: `Basic ${DEMO_API_KEY}` } });
      const expected = { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] };
      expect([missing.status, missing.body]).toEqual([403, expected]);
      expect([notBearer.status, notBearer.body]).toEqual([403, expected]);
    });

    it('answers 401 No payload for a token that is not a JWT', async () => {
      const answer = await rest.post('/rest/people', {}, { apiKey: 'invalid-token' });
      expect([answer.status, answer.body]).toEqual([401, unauthenticated('No payload')]);
    });

    it('answers 401 Token invalid. for a JWT signed with another secret', async () => {
      const [header, payload] = DEMO_API_KEY.split('.');
      const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
      const answer = await rest.get('/rest/people', { apiKey: forged });
      expect([answer.status, answer.body]).toEqual([401, unauthenticated('Token invalid.')]);
    });

    it('answers 401 Token invalid. for a well-signed key the sandbox does not accept', async () => {
      const other = signSandboxToken({ sub: DEMO_WORKSPACE_ID, type: 'API_KEY', workspaceId: DEMO_WORKSPACE_ID, jti: 'another-key' });
      const answer = await rest.get('/rest/people', { apiKey: other });
      expect([answer.status, answer.body]).toEqual([401, unauthenticated('Token invalid.')]);
    });

    it('answers 401 Token has expired. for an expired key', async () => {
      const expired = signSandboxToken({ ...decodeSegment(DEMO_API_KEY.split('.')[1]) as object, exp: 1_767_600_060 });
      const answer = await rest.get('/rest/people', { apiKey: expired });
      expect([answer.status, answer.body]).toEqual([401, unauthenticated('Token has expired.')]);
    });

    it('checks auth before the route, and logs refused requests with their status', async () => {
      sandbox.requests.length = 0;
      const answer = await rest.get('/rest/dinosaurs/not-an-id', { apiKey: null });
      expect(answer.status).toBe(403);
      expect(sandbox.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
        { method: 'GET', path: '/rest/dinosaurs/not-an-id', status: 403 },
      ]);
    });
  });

  describe('authentication with options.apiKey', () => {
    it('accepts exactly the given key and refuses the demo key', async () => {
      const sandbox = await start({ ...smallWorkspace(), apiKey: 'my-local-key' });
      const rest = restClient(sandbox);
      expect(sandbox.apiKey).toBe('my-local-key');
      expect((await rest.get('/rest/people?limit=1')).status).toBe(200);
      const demo = await rest.get('/rest/people', { apiKey: DEMO_API_KEY });
      const near = await rest.get('/rest/people', { apiKey: 'my-local-key2' });
      expect([demo.status, demo.body]).toEqual([401, unauthenticated('Token invalid.')]);
      expect([near.status, near.body]).toEqual([401, unauthenticated('No payload')]);
    });

    it('gives the same demo key on every start', async () => {
      const first = await start(smallWorkspace());
      const second = await start({ demoData: false });
      expect(first.apiKey).toBe(second.apiKey);
    });
  });
});
