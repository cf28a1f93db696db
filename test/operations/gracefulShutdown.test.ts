import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { startMainProcess as startMain } from '../utils/startMainProcess.js';

describe('graceful shutdown of the server process', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    // Every upstream answer takes a while, so requests are in flight when the signal comes.
    sandbox = await startSandbox({ demoData: false, latencyMs: 1_500 });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('answers every request in flight after SIGTERM, the write included, refuses new connections, and exits 0', async () => {
    const child = startMain({
      TWENTY_API_URL: sandbox.url,
      TWENTY_API_KEY: sandbox.apiKey,
      BFF_ALLOW_ANONYMOUS: 'true',
      PORT: '0',
      BFF_SHUTDOWN_GRACE_MS: '60000',
    });
    try {
      const url = await child.url();
      const post = (query: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
          async (response) => [response.status, await response.json()] as const,
        );
      const answers = Promise.all([
        post('{ people(first: 1) { totalCount } }'),
        // Not companies: whether the write below is applied before this read is not ours to decide.
        post('{ staff: people(first: 2) { totalCount } }'),
        post('mutation { createCompany(data: { name: "Written during shutdown" }) { name } }'),
      ]);
      while (sandbox.requests.length < 3) {
        await new Promise((resolveWait) => setTimeout(resolveWait, 20));
      }
      child.process.kill('SIGTERM');
      await child.line(/SIGTERM: no new connections/);
      await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();
      expect(await answers).toEqual([
        [200, { data: { people: { totalCount: 0 } } }],
        [200, { data: { staff: { totalCount: 0 } } }],
        [200, { data: { createCompany: { name: 'Written during shutdown' } } }],
      ]);
      expect(await child.exited).toEqual({ code: 0, signal: null });
      expect(child.output).toContain('twenty-bff: stopped');
    } finally {
      child.process.kill('SIGKILL');
    }
  }, 60_000);

  it('says which port is in use instead of printing a stack trace', async () => {
    const first = startMain({ TWENTY_API_URL: sandbox.url, TWENTY_API_KEY: sandbox.apiKey, BFF_ALLOW_ANONYMOUS: 'true', PORT: '0' });
    try {
      const port = new URL(await first.url()).port;
      const second = startMain({ TWENTY_API_URL: sandbox.url, TWENTY_API_KEY: sandbox.apiKey, BFF_ALLOW_ANONYMOUS: 'true', PORT: port });
      expect(await second.exited).toEqual({ code: 1, signal: null });
      expect(second.output).toEqual([`twenty-bff: PORT ${port} is in use on 127.0.0.1: stop what listens there, or set PORT to another port.`]);
    } finally {
      first.process.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses to start with a server key and no way to authenticate callers', async () => {
    const child = startMain({ TWENTY_API_URL: sandbox.url, TWENTY_API_KEY: sandbox.apiKey, PORT: '0' });
    expect(await child.exited).toEqual({ code: 2, signal: null });
    expect(child.output).toEqual([
      'twenty-bff: TWENTY_API_KEY is set, so every caller would act with that key: set BFF_CLIENT_TOKENS or BFF_JWT_JWKS_URL (with BFF_JWT_ISSUER and BFF_JWT_AUDIENCE) to authenticate callers, or BFF_ALLOW_ANONYMOUS=true to serve anyone who can reach 127.0.0.1.',
    ]);
  }, 60_000);
});
