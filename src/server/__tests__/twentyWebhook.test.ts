import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { DEFAULT_WEBHOOK_TOLERANCE_MS, verifyTwentyWebhook } from '../twentyWebhook.js';

const SECRET = 'a3f1c2d4e5b6978812ab34cd56ef7890a3f1c2d4e5b6978812ab34cd56ef7890';
const NOW = 1_767_600_000_000;
const PERSON_ID = '20202020-0000-4000-8000-000000000001';
const WORKSPACE_ID = '20202020-1c25-4d02-bf25-6aeccf7ea419';

// A payload as Twenty's CallWebhookJob sends it: the job data without
// `secret`, keys in transformEventBatchToWebhookEvents' order.
const payload = {
  targetUrl: 'https://bff.example/webhooks/twenty',
  eventName: 'person.updated',
  objectMetadata: { id: '20202020-e674-48e5-a542-72570eee7213', nameSingular: 'person' },
  workspaceId: WORKSPACE_ID,
  webhookId: '20202020-9d4e-4b1c-8a8a-0a1b2c3d4e5f',
  eventDate: '2026-01-05T08:00:00.000Z',
  record: { id: PERSON_ID, name: { firstName: 'Ada', lastName: "O'Brien" }, jobTitle: 'CTO', city: 'Paris', updatedAt: '2026-01-05T09:30:00.000Z' },
  updatedFields: ['jobTitle'],
};
const BODY = JSON.stringify(payload);

// The documented formula, computed here independently of the code under test:
// hex HMAC-SHA256 with the webhook's secret over "<timestamp>:<JSON body>".
function twentySignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('hex');
}

function signedHeaders(options: { timestamp?: number; secret?: string; body?: string } = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? NOW);
  return {
    'content-type': 'application/json',
    'x-twenty-webhook-timestamp': timestamp,
    'x-twenty-webhook-signature': twentySignature(options.secret ?? SECRET, timestamp, options.body ?? BODY),
    'x-twenty-webhook-nonce': '9b1c0a6e4f3d2c1b0a9f8e7d6c5b4a39',
  };
}

describe('verifyTwentyWebhook', () => {
  it('accepts a delivery signed as Twenty signs it and normalises the event', () => {
    expect(verifyTwentyWebhook({ headers: signedHeaders(), rawBody: BODY, secret: SECRET, now: NOW })).toEqual({
      ok: true,
      event: {
        eventName: 'person.updated',
        operation: 'updated',
        objectNameSingular: 'person',
        recordId: PERSON_ID,
        workspaceId: WORKSPACE_ID,
        updatedFields: ['jobTitle'],
        recordUpdatedAt: '2026-01-05T09:30:00.000Z',
      },
    });
  });

  it('reads the headers whatever their case, and a Buffer body', () => {
    const lower = signedHeaders();
    const headers = {
      'X-Twenty-Webhook-Timestamp': lower['x-twenty-webhook-timestamp'],
      'X-Twenty-Webhook-Signature': lower['x-twenty-webhook-signature'],
    };
    expect(verifyTwentyWebhook({ headers, rawBody: Buffer.from(BODY), secret: SECRET, now: NOW })).toMatchObject({ ok: true });
  });

  it('verifies the bytes received, so non-ASCII text signs as UTF-8', () => {
    const body = JSON.stringify({ ...payload, record: { id: PERSON_ID, city: 'Zürich 🏔' } });
    expect(verifyTwentyWebhook({ headers: signedHeaders({ body }), rawBody: Buffer.from(body, 'utf8'), secret: SECRET, now: NOW })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a delivery signed with another secret', () => {
    expect(verifyTwentyWebhook({ headers: signedHeaders({ secret: `${SECRET}x` }), rawBody: BODY, secret: SECRET, now: NOW })).toEqual({
      ok: false,
      status: 401,
      reason: 'The X-Twenty-Webhook-Signature does not match the body.',
    });
  });

  it.each([
    ['one value changed', BODY.replace('"CTO"', '"CEO"')],
    ['the same JSON re-serialised with spaces', JSON.stringify(payload, null, 1)],
    ['a trailing newline', `${BODY}\n`],
  ])('refuses a body altered by %s', (_what, altered) => {
    expect(verifyTwentyWebhook({ headers: signedHeaders(), rawBody: altered, secret: SECRET, now: NOW })).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a signature made for another timestamp than the one sent', () => {
    const headers = { ...signedHeaders(), 'x-twenty-webhook-timestamp': String(NOW + 1) };
    expect(verifyTwentyWebhook({ headers, rawBody: BODY, secret: SECRET, now: NOW })).toMatchObject({ ok: false, status: 401 });
  });

  it.each([
    ['older', NOW - DEFAULT_WEBHOOK_TOLERANCE_MS - 1],
    ['newer', NOW + DEFAULT_WEBHOOK_TOLERANCE_MS + 1],
  ])('refuses a timestamp %s than five minutes, even correctly signed', (_side, timestamp) => {
    expect(verifyTwentyWebhook({ headers: signedHeaders({ timestamp }), rawBody: BODY, secret: SECRET, now: NOW })).toEqual({
      ok: false,
      status: 401,
      reason: `The X-Twenty-Webhook-Timestamp is more than ${DEFAULT_WEBHOOK_TOLERANCE_MS} ms away from now.`,
    });
  });

  it('accepts a timestamp exactly at the tolerance, and applies a custom tolerance', () => {
    const timestamp = NOW - DEFAULT_WEBHOOK_TOLERANCE_MS;
    expect(verifyTwentyWebhook({ headers: signedHeaders({ timestamp }), rawBody: BODY, secret: SECRET, now: NOW })).toMatchObject({ ok: true });
    expect(verifyTwentyWebhook({ headers: signedHeaders({ timestamp: NOW - 1001 }), rawBody: BODY, secret: SECRET, now: NOW, toleranceMs: 1000 })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it.each([
    ['x-twenty-webhook-timestamp', 'The X-Twenty-Webhook-Timestamp header is missing.'],
    ['x-twenty-webhook-signature', 'The X-Twenty-Webhook-Signature header is missing.'],
  ])('refuses a delivery without %s', (header, reason) => {
    const headers: Record<string, string> = signedHeaders();
    delete headers[header];
    expect(verifyTwentyWebhook({ headers, rawBody: BODY, secret: SECRET, now: NOW })).toEqual({ ok: false, status: 401, reason });
  });

  it.each([
    ['x-twenty-webhook-timestamp', '2026-01-05T08:00:00Z', 'The X-Twenty-Webhook-Timestamp header is not a time in milliseconds.'],
    ['x-twenty-webhook-timestamp', '-1767600000000', 'The X-Twenty-Webhook-Timestamp header is not a time in milliseconds.'],
    ['x-twenty-webhook-signature', 'abc123', 'The X-Twenty-Webhook-Signature header is not a hex SHA-256 HMAC.'],
    ['x-twenty-webhook-signature', `sha256=${'0'.repeat(64)}`, 'The X-Twenty-Webhook-Signature header is not a hex SHA-256 HMAC.'],
    ['x-twenty-webhook-signature', 'z'.repeat(64), 'The X-Twenty-Webhook-Signature header is not a hex SHA-256 HMAC.'],
  ])('refuses a garbled %s (%s)', (header, value, reason) => {
    const headers = { ...signedHeaders(), [header]: value };
    expect(verifyTwentyWebhook({ headers, rawBody: BODY, secret: SECRET, now: NOW })).toEqual({ ok: false, status: 401, reason });
  });

  it.each([
    ['not JSON', 'person.created', 'The body is not JSON.'],
    ['without eventName', JSON.stringify({ record: { id: PERSON_ID } }), 'The body is not a Twenty webhook event: it has no eventName.'],
    ['a JSON array', JSON.stringify([payload]), 'The body is not a Twenty webhook event: it has no eventName.'],
    ['with an eventName of one part', JSON.stringify({ ...payload, eventName: 'person' }), 'The body is not a Twenty webhook event: eventName "person" is not "<object>.<operation>".'],
    [
      'with an eventName of three parts',
      JSON.stringify({ ...payload, eventName: 'person.created.now' }),
      'The body is not a Twenty webhook event: eventName "person.created.now" is not "<object>.<operation>".',
    ],
    ['with a record that is not an object', JSON.stringify({ ...payload, record: 'x' }), 'The body is not a Twenty webhook event: record is not an object.'],
  ])('answers 400 for a correctly signed body %s', (_what, body, reason) => {
    expect(verifyTwentyWebhook({ headers: signedHeaders({ body }), rawBody: body, secret: SECRET, now: NOW })).toEqual({ ok: false, status: 400, reason });
  });

  it('checks the signature before reading the body', () => {
    expect(verifyTwentyWebhook({ headers: signedHeaders(), rawBody: 'not JSON', secret: SECRET, now: NOW })).toMatchObject({ ok: false, status: 401 });
  });

  it('normalises a destroyed record and a metadata event', () => {
    const destroyed = JSON.stringify({ ...payload, eventName: 'company.destroyed', updatedFields: undefined, record: { id: PERSON_ID } });
    expect(verifyTwentyWebhook({ headers: signedHeaders({ body: destroyed }), rawBody: destroyed, secret: SECRET, now: NOW })).toEqual({
      ok: true,
      event: { eventName: 'company.destroyed', operation: 'destroyed', objectNameSingular: 'company', recordId: PERSON_ID, workspaceId: WORKSPACE_ID },
    });
    // CallWebhookJobsForMetadataJob's payload: no record, the metadata event instead.
    const metadata = JSON.stringify({
      targetUrl: payload.targetUrl,
      eventName: 'metadata.fieldMetadata.created',
      workspaceId: WORKSPACE_ID,
      webhookId: payload.webhookId,
      eventDate: payload.eventDate,
      event: { recordId: PERSON_ID },
    });
    expect(verifyTwentyWebhook({ headers: signedHeaders({ body: metadata }), rawBody: metadata, secret: SECRET, now: NOW })).toEqual({
      ok: true,
      event: {
        eventName: 'metadata.fieldMetadata.created',
        operation: 'created',
        objectNameSingular: 'fieldMetadata',
        recordId: PERSON_ID,
        workspaceId: WORKSPACE_ID,
        metadata: true,
      },
    });
  });
});
