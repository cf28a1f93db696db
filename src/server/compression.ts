import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

/** The encodings twenty-bff answers with, best first. */
export type ContentEncoding = 'br' | 'gzip';

/**
 * The encoding to answer a request with, from its `Accept-Encoding` (brotli,
 * then gzip; none when the client accepts neither or refuses them with q=0).
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) {
      continue;
    }
    const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    accepted.set(name, quality === undefined ? 1 : Number(quality));
  }
  const wildcard = accepted.get('*');
  const allows = (name: ContentEncoding) => (accepted.get(name) ?? wildcard ?? 0) > 0;
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : undefined;
}

/** `body` compressed with `encoding`, off the event loop (zlib's thread pool). */
export function compress(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  // Brotli's quality 5 compresses JSON close to its best at a fraction of 11's cost.
  return encoding === 'br' ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipAsync(body);
}
