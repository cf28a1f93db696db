import type { AddressInfo } from 'node:net';

import type { Config } from './config.js';
import type { UpstreamTarget } from './context.js';
import { startSandbox } from './sandbox/index.js';
import type { RunningSandbox } from './sandbox/types.js';
import { createServer, type ServerOptions } from './server.js';
import { createCallerAuthenticator } from './server/authenticateCaller.js';
import { type CallerPolicy, resolveCallerPolicy, type UpstreamMode } from './server/callerPolicy.js';
import { createHttpServer, GRAPHQL_PATH } from './server/createHttpServer.js';
import { createGracefulShutdown, type ShutdownReport } from './server/gracefulShutdown.js';

/** A listening twenty-bff. */
export interface RunningBff {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The in-process sandbox, when no Twenty was configured. */
  sandbox: RunningSandbox | undefined;
  /** Who may call, decided at start (for the start log). */
  policy: CallerPolicy;
  /**
   * Stops accepting connections, lets requests in flight finish within
   * `config.shutdownGraceMs`, then stops Apollo and the sandbox.
   */
  close(): Promise<ShutdownReport>;
}

/**
 * Starts twenty-bff over HTTP. With no `TWENTY_API_URL` (and no explicit
 * `upstream`) it first starts the sandbox in-process, seeded, and uses its
 * key. Throws ConfigError when the caller policy is unsafe or inconsistent
 * (see `resolveCallerPolicy`), and the listen error (EADDRINUSE…) after
 * releasing what it started.
 */
export async function startBff(config: Config, options: ServerOptions & { upstream?: UpstreamTarget } = {}): Promise<RunningBff> {
  const policy = resolveCallerPolicy(upstreamModeOf(config, options.upstream), config.auth, config.corsOrigins, config.host);
  let sandbox: RunningSandbox | undefined;
  let upstream = options.upstream;
  if (!upstream) {
    if (config.twenty.apiUrl) {
      upstream = { baseUrl: config.twenty.apiUrl, apiKey: config.twenty.apiKey };
    } else {
      sandbox = await startSandbox({ seed: config.sandboxSeed });
      upstream = { baseUrl: sandbox.url, apiKey: sandbox.apiKey };
    }
  }
  const bff = createServer(config, upstream, options);
  await bff.apollo.start();
  const http = createHttpServer(bff, {
    corsOrigins: policy.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    maxOperationChars: config.maxOperationChars,
    authenticate: createCallerAuthenticator(policy),
  });
  const shutdown = createGracefulShutdown(http);
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await bff.apollo.stop();
    await sandbox?.close();
    throw error;
  }
  const { port } = http.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`,
    sandbox,
    policy,
    async close() {
      const report = await shutdown(config.shutdownGraceMs);
      await bff.apollo.stop();
      await sandbox?.close();
      return report;
    },
  };
}

function upstreamModeOf(config: Config, upstream: UpstreamTarget | undefined): UpstreamMode {
  if (!upstream && !config.twenty.apiUrl) {
    return 'sandbox';
  }
  return (upstream ? upstream.apiKey : config.twenty.apiKey) ? 'serverKey' : 'passthrough';
}
