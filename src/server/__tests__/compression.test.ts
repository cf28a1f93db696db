import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { chooseEncoding, compress } from '../compression.js';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('answers %j with %j', (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});

describe('compress', () => {
  it('round-trips with both encodings', async () => {
    const body = Buffer.from(JSON.stringify({ data: { companies: Array.from({ length: 50 }, (_, index) => ({ name: `Company ${index}` })) } }));
    expect(brotliDecompressSync(await compress(body, 'br')).equals(body)).toBe(true);
    expect(gunzipSync(await compress(body, 'gzip')).equals(body)).toBe(true);
    expect((await compress(body, 'br')).length).toBeLessThan(body.length / 4);
  });
});
