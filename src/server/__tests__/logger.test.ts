import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { createLogger } from '../logger.js';

function memory() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      done();
    },
  });
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines named twenty-bff at the configured level and above', () => {
    const { stream, lines } = memory();
    const logger = createLogger({ log: { level: 'warn', format: undefined } }, stream);
    logger.info('hidden');
    logger.warn({ upstreamRequests: 2 }, 'shown');
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>).map(({ time: _time, ...rest }) => rest)).toEqual([
      { level: 40, name: 'twenty-bff', upstreamRequests: 2, msg: 'shown' },
    ]);
  });

  it('logs nothing when silent', () => {
    const { stream, lines } = memory();
    createLogger({ log: { level: 'silent', format: 'json' } }, stream).error('nothing');
    expect(lines).toEqual([]);
  });
});
