import type { IncomingMessage, ServerResponse } from 'node:http';

// Reading and answering plain HTTP messages, for the GraphQL endpoint and the
// webhook endpoint alike.

// Past the limit a body is read on without being kept, up to this many more
// bytes, so that the 413 reaches the client: closing a connection with unread
// data resets it, and the client sees a network error instead.
const DISCARDED_BYTES_MAX = 1024 * 1024;

/**
 * The request's body, or undefined when it is over `maxBytes` (decided at
 * once for a declared Content-Length far over it) or the client goes away
 * before its end.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes + DISCARDED_BYTES_MAX) {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: Buffer | undefined) => {
      request.off('data', onData).off('end', onEnd).off('close', onClose);
      request.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes + DISCARDED_BYTES_MAX) {
        stop(undefined);
      } else if (size <= maxBytes) {
        chunks.push(chunk);
      } else {
        chunks.length = 0;
      }
    };
    const onEnd = () => stop(size > maxBytes ? undefined : Buffer.concat(chunks));
    const onClose = () => stop(undefined);
    request.on('data', onData).once('end', onEnd).once('close', onClose);
  });
}

/** Answers `status` with `body` as JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
