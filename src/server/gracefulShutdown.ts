import type { Server, ServerResponse } from 'node:http';

/** What a graceful shutdown did. */
export interface ShutdownReport {
  /** Requests still unanswered when the grace period ran out, whose connections were cut. */
  cut: number;
}

/**
 * Tracks `server`'s requests in flight and returns its graceful shutdown:
 * stop accepting connections, let requests in flight finish within
 * `graceMs`, close keep-alive connections as they fall idle (answers sent
 * meanwhile say `Connection: close`), then cut whatever is left. Call it
 * before the server listens.
 */
export function createGracefulShutdown(server: Server): (graceMs: number) => Promise<ShutdownReport> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  let onIdle: (() => void) | undefined;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    if (closing) {
      // A request that arrived on a kept-alive connection after the close.
      response.shouldKeepAlive = false;
    }
    response.once('close', () => {
      inFlight.delete(response);
      if (closing) {
        server.closeIdleConnections();
        if (inFlight.size === 0) {
          onIdle?.();
        }
      }
    });
  });
  return async (graceMs) => {
    closing = true;
    for (const response of inFlight) {
      if (!response.headersSent) {
        response.shouldKeepAlive = false;
      }
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const finished = await new Promise<boolean>((resolve) => {
      if (inFlight.size === 0) {
        resolve(true);
        return;
      }
      onIdle = () => resolve(true);
      timer = setTimeout(() => resolve(false), graceMs);
    });
    clearTimeout(timer);
    const cut = finished ? 0 : inFlight.size;
    server.closeAllConnections();
    await closed;
    return { cut };
  };
}
