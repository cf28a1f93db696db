import { describe, expect, it } from 'vitest';

import { curlExample, parseFault, parseRateLimit, parseSandboxCommandLine } from '../cli.js';

describe('parseSandboxCommandLine', () => {
  it('defaults to port 3000 and nothing else', () => {
    expect(parseSandboxCommandLine([])).toEqual({ help: false, options: { port: 3000 } });
  });

  it('reads every flag', () => {
    const parsed = parseSandboxCommandLine([
      '--port=0',
      '--host',
      '0.0.0.0',
      '--api-key',
      'local-key',
      '--seed',
      '7',
      '--no-demo-data',
      '--max-limit',
      '60',
      '--max-batch',
      '60',
      '--max-affected',
      '500',
      '--latency',
      '25',
      '--jitter',
      '10',
      '--rate-limit',
      'default',
      '--fault',
      '500@0.1',
      '--fault',
      'timeout',
      '--data',
      '/tmp/workspace.json',
      '--metadata-envelope',
      'new',
      '--ignore-limit',
      '--no-group-by',
    ]);
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 0,
        host: '0.0.0.0',
        apiKey: 'local-key',
        seed: 7,
        demoData: false,
        maxLimit: 60,
        maxBatchSize: 60,
        maxAffectedRecords: 500,
        latencyMs: 25,
        jitterMs: 10,
        rateLimit: { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 },
        faults: [{ kind: 'status', status: 500, probability: 0.1 }, { kind: 'timeout' }],
        dataFile: '/tmp/workspace.json',
        metadataEnvelope: 'new',
        ignoreLimit: true,
        groupByRoute: false,
      },
    });
  });

  it('reads webhooks with one secret for all of them', () => {
    expect(
      parseSandboxCommandLine(['--webhook-url', 'http://127.0.0.1:4000/webhooks/twenty', '--webhook-url', 'https://hooks.example/t', '--webhook-secret', 's3cret']),
    ).toEqual({
      help: false,
      options: {
        port: 3000,
        webhooks: [
          { targetUrl: 'http://127.0.0.1:4000/webhooks/twenty', secret: 's3cret' },
          { targetUrl: 'https://hooks.example/t', secret: 's3cret' },
        ],
      },
    });
  });

  it('pairs webhook secrets with URLs in order, and leaves a webhook without a secret unsigned', () => {
    expect(parseSandboxCommandLine(['--webhook-url', 'http://a.example/', '--webhook-secret', 'one', '--webhook-url', 'http://b.example/', '--webhook-secret', 'two'])).toEqual({
      help: false,
      options: {
        port: 3000,
        webhooks: [
          { targetUrl: 'http://a.example/', secret: 'one' },
          { targetUrl: 'http://b.example/', secret: 'two' },
        ],
      },
    });
    expect(parseSandboxCommandLine(['--webhook-url', 'http://a.example/'])).toEqual({
      help: false,
      options: { port: 3000, webhooks: [{ targetUrl: 'http://a.example/', secret: '' }] },
    });
  });

  it('asks for help with --help or -h', () => {
    expect(parseSandboxCommandLine(['--help'])).toEqual({ help: true });
    expect(parseSandboxCommandLine(['-h', '--port', '1'])).toEqual({ help: true });
  });

  it.each([
    [['--port', 'eighty'], "--port must be an integer from 0 to 65535, got 'eighty'"],
    [['--port', '70000'], "--port must be an integer from 0 to 65535, got '70000'"],
    [['--max-limit', '0'], "--max-limit must be an integer from 1 to 1000000, got '0'"],
    [['--max-affected', '0'], "--max-affected must be an integer from 1 to 1000000, got '0'"],
    [['--metadata-envelope', 'v2'], "--metadata-envelope must be 'legacy' or 'new', got 'v2'"],
    [['--api-key', ''], '--api-key must not be empty'],
    [['--webhook-url', 'ftp://a.example/'], "--webhook-url must be an http(s) URL, got 'ftp://a.example/'"],
    [['--webhook-url', 'localhost:4000'], "--webhook-url must be an http(s) URL, got 'localhost:4000'"],
    [['--webhook-secret', 'x'], '--webhook-secret needs a --webhook-url'],
    [
      ['--webhook-url', 'http://a.example/', '--webhook-url', 'http://b.example/', '--webhook-url', 'http://c.example/', '--webhook-secret', 'x', '--webhook-secret', 'y'],
      '--webhook-secret must be given once, or once per --webhook-url (3), got 2',
    ],
  ])('refuses %j', (args, message) => {
    expect(() => parseSandboxCommandLine(args)).toThrow(message);
  });

  it('refuses an unknown flag', () => {
    expect(() => parseSandboxCommandLine(['--colour'])).toThrow("Unknown option '--colour'");
  });
});

describe('parseRateLimit', () => {
  it.each([
    ['100/1000,100/60000', { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 }],
    ['10/1s, 50/1m', { shortLimit: 10, shortTtlMs: 1_000, longLimit: 50, longTtlMs: 60_000 }],
    ['50/1m', { shortLimit: 50, shortTtlMs: 60_000, longLimit: 50, longTtlMs: 60_000 }],
    ['3/0.5s', { shortLimit: 3, shortTtlMs: 500, longLimit: 3, longTtlMs: 500 }],
    ['1000/1h', { shortLimit: 1000, shortTtlMs: 3_600_000, longLimit: 1000, longTtlMs: 3_600_000 }],
  ])('reads %s', (text, expected) => {
    expect(parseRateLimit(text)).toEqual(expected);
  });

  it.each(['fast', '0/1s', '10/0', '10/1d', '1/1s,2/2s,3/3s'])('refuses %s', (text) => {
    expect(() => parseRateLimit(text)).toThrow('--rate-limit expects');
  });
});

describe('parseFault', () => {
  it.each([
    ['500', { kind: 'status', status: 500 }],
    ['429@0.25', { kind: 'status', status: 429, probability: 0.25 }],
    ['timeout@1', { kind: 'timeout', probability: 1 }],
    ['reset', { kind: 'reset' }],
    ['malformed@0', { kind: 'malformedJson', probability: 0 }],
    [
      '{"kind":"status","status":503,"when":"after","times":2,"match":{"method":"POST"}}',
      { kind: 'status', status: 503, when: 'after', times: 2, match: { method: 'POST' } },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseFault(text)).toEqual(expected);
  });

  it.each([
    ['explode', '--fault kind must be a status, timeout, reset or malformed'],
    ['500@2', '--fault probability must be from 0 to 1'],
    ['500@', '--fault expects'],
    ['{"kind":', '--fault JSON is invalid'],
    ['[1]', '--fault expects'],
  ])('refuses %s', (text, message) => {
    expect(() => parseFault(text)).toThrow(message);
  });
});

describe('curlExample', () => {
  it('prints the README curl with the filter percent-encoded', () => {
    expect(curlExample('http://127.0.0.1:3000', 'KEY')).toBe(
      `curl -H "Authorization: Bearer KEY" 'http://127.0.0.1:3000/rest/people?limit=2&filter=city%5Beq%5D%3A%22Paris%22'`,
    );
  });
});
