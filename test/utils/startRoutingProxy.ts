import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { RunningSandbox } from '../../src/sandbox/types.js';

/**
 * A stand-in for one Twenty host serving two workspaces: routes each request
 * by its Authorization header (`authorizationOfB`) to workspace B's sandbox, or else A's (which
 * answers a wrong key with Twenty's 401).
 */
export async function startRoutingProxy(a: RunningSandbox, b: RunningSandbox, authorizationOfB: string): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const target = incoming.headers.authorization === authorizationOfB ? b : a;
      const headers = Object.fromEntries(
        Object.entries(incoming.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0])),
      );
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(`${target.url}${incoming.url ?? '/'}`, { method: incoming.method ?? 'GET', headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          outgoing.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          outgoing.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          outgoing.writeHead(502);
          outgoing.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
