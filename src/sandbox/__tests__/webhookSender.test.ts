import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { matchesOperation, toTwentyWebhookPayload, twentyWebhookHeaders } from '../webhookSender.js';

describe('matchesOperation', () => {
  it.each([
    [['person.created'], 'person.created', true],
    [['*.created'], 'person.created', true],
    [['person.*'], 'person.deleted', true],
    [['*.*'], 'note.restored', true],
    [['person.created'], 'person.updated', false],
    [['company.*', '*.deleted'], 'person.updated', false],
    [[], 'person.created', false],
  ])('matches %j against %s: %s', (operations, eventName, expected) => {
    expect(matchesOperation(operations, eventName)).toBe(expected);
  });
});

describe('toTwentyWebhookPayload', () => {
  const context = { webhookId: 'w-1', targetUrl: 'http://127.0.0.1:4000/webhooks/twenty', workspaceId: 'ws-1', eventDate: new Date('2026-01-05T08:00:00Z') };

  it("orders the keys as Twenty's job data, with updatedFields only when the event has them", () => {
    const updated = toTwentyWebhookPayload({ action: 'updated', object: { id: 'o-1', nameSingular: 'person' }, record: { id: 'p-1' }, updatedFields: ['city'] }, context);
    expect(JSON.stringify(updated)).toBe(
      '{"targetUrl":"http://127.0.0.1:4000/webhooks/twenty","eventName":"person.updated","objectMetadata":{"id":"o-1","nameSingular":"person"},' +
        '"workspaceId":"ws-1","webhookId":"w-1","eventDate":"2026-01-05T08:00:00.000Z","record":{"id":"p-1"},"updatedFields":["city"]}',
    );
    const created = toTwentyWebhookPayload({ action: 'created', object: { id: 'o-1', nameSingular: 'person' }, record: { id: 'p-1' } }, context);
    expect(Object.keys(created)).toEqual(['targetUrl', 'eventName', 'objectMetadata', 'workspaceId', 'webhookId', 'eventDate', 'record']);
  });
});

describe('twentyWebhookHeaders', () => {
  it('signs "<timestamp>:<body>" with the secret, hex HMAC-SHA256', () => {
    const body = '{"eventName":"person.created"}';
    expect(twentyWebhookHeaders(body, 'secret', '1767600000000', 'n'.repeat(32))).toEqual({
      'Content-Type': 'application/json',
      'X-Twenty-Webhook-Timestamp': '1767600000000',
      'X-Twenty-Webhook-Signature': createHmac('sha256', 'secret').update(`1767600000000:${body}`).digest('hex'),
      'X-Twenty-Webhook-Nonce': 'n'.repeat(32),
    });
  });

  it('sends no signature headers without a secret, as Twenty does', () => {
    expect(twentyWebhookHeaders('{}', '', '1', 'n')).toEqual({ 'Content-Type': 'application/json' });
  });
});
