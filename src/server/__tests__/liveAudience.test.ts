import { describe, expect, it } from 'vitest';

import { DEMO_API_KEY, DEMO_WORKSPACE_ID } from '../../sandbox/index.js';
import { signSandboxToken } from '../../sandbox/sandboxAuth.js';
import { type CredentialCheck, createLiveAudiences, workspaceIdOfKey } from '../liveAudience.js';

const WORKSPACE_B = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
const KEY_B = signSandboxToken({ sub: WORKSPACE_B, type: 'API_KEY', workspaceId: WORKSPACE_B, jti: 'key-b' });
const OTHER_KEY_B = signSandboxToken({ sub: WORKSPACE_B, type: 'API_KEY', workspaceId: WORKSPACE_B.toUpperCase(), jti: 'key-b2' });

describe('workspaceIdOfKey', () => {
  it.each([
    ['a Twenty API key', `Bearer ${DEMO_API_KEY}`, DEMO_WORKSPACE_ID],
    ['the id in lower case', `Bearer ${OTHER_KEY_B}`, WORKSPACE_B],
    ['a proxy key', 'Bearer maton-0123456789abcdef', undefined],
    ['a JWT naming no workspace', `Bearer ${signSandboxToken({ sub: 'someone' })}`, undefined],
    ['a JWT whose workspaceId is not a UUID', `Bearer ${signSandboxToken({ workspaceId: 'x' })}`, undefined],
    ['a token whose payload is not JSON', 'Bearer a.b.c', undefined],
    ['no bearer token', 'Basic abc', undefined],
  ])('reads %s', (_name, authorization, expected) => {
    expect(workspaceIdOfKey(authorization)).toBe(expected);
  });
});

describe('createLiveAudiences', () => {
  const make = (serverKey: boolean, answers: CredentialCheck[] = ['accepted']) => {
    const checked: string[] = [];
    const audiences = createLiveAudiences({
      baseUrl: 'https://crm.example',
      headers: {},
      serverKey,
      acceptedForMs: 60_000,
      async check(authorization) {
        checked.push(authorization);
        return answers.shift() ?? 'accepted';
      },
    });
    return { audiences, checked };
  };

  it('puts a webhook, writers and subscribers of one workspace in one audience, and other workspaces apart', async () => {
    const { audiences } = make(false);
    const a = audiences.ofWorkspace(DEMO_WORKSPACE_ID);
    expect(audiences.ofWriter(`Bearer ${DEMO_API_KEY}`)).toBe(a);
    expect(await audiences.ofSubscriber(`Bearer ${DEMO_API_KEY}`)).toBe(a);
    // Two keys of workspace B share its audience.
    expect([audiences.ofWriter(`Bearer ${KEY_B}`), await audiences.ofSubscriber(`Bearer ${OTHER_KEY_B}`)]).toEqual([
      audiences.ofWorkspace(WORKSPACE_B),
      audiences.ofWorkspace(WORKSPACE_B),
    ]);
    expect(audiences.ofWorkspace(WORKSPACE_B)).not.toBe(a);
  });

  it('keeps a workspace of another Twenty apart', () => {
    const { audiences } = make(false);
    const elsewhere = createLiveAudiences({ baseUrl: 'https://other.example', headers: {}, serverKey: false, acceptedForMs: 1, check: async () => 'accepted' });
    expect(elsewhere.ofWorkspace(DEMO_WORKSPACE_ID)).not.toBe(audiences.ofWorkspace(DEMO_WORKSPACE_ID));
  });

  it('gives a key naming no workspace an audience of its own, which no webhook reaches, without asking Twenty', async () => {
    const { audiences, checked } = make(false);
    const proxyKey = 'Bearer maton-0123456789abcdef';
    expect(await audiences.ofSubscriber(proxyKey)).toBe(audiences.ofWriter(proxyKey));
    expect(audiences.ofWriter(proxyKey)).not.toBe(audiences.ofWriter('Bearer maton-other-key-0000000'));
    expect(checked).toEqual([]);
  });

  it("checks a caller's own key with Twenty once, and refuses one Twenty refuses or cannot check", async () => {
    const { audiences, checked } = make(false, ['accepted', 'refused', 'unavailable']);
    await audiences.ofSubscriber(`Bearer ${DEMO_API_KEY}`);
    await audiences.ofSubscriber(`Bearer ${DEMO_API_KEY}`);
    await expect(audiences.ofSubscriber(`Bearer ${KEY_B}`)).rejects.toMatchObject({
      message: 'Twenty refused this API key: no record changes can be subscribed to with it.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(audiences.ofSubscriber(`Bearer ${KEY_B}`)).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_ERROR' } });
    expect(checked).toEqual([`Bearer ${DEMO_API_KEY}`, `Bearer ${KEY_B}`, `Bearer ${KEY_B}`]);
  });

  it("trusts the server's own key without asking Twenty", async () => {
    const { audiences, checked } = make(true, ['refused']);
    expect(await audiences.ofSubscriber(`Bearer ${DEMO_API_KEY}`)).toBe(audiences.ofWorkspace(DEMO_WORKSPACE_ID));
    expect(checked).toEqual([]);
  });
});
