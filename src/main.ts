import { ConfigError, loadConfig } from './config.js';
import { type CallerPolicy, isLoopback } from './server/callerPolicy.js';
import { startBff } from './startBff.js';

// Entry point of `npm start`: configuration from the environment, then serve
// until SIGTERM/SIGINT, which stop gracefully (requests in flight are
// answered) and exit 0. Run `node --import tsx src/main.ts` directly as a
// container's command (or `exec` it from a shell script) so the signal
// reaches this process.
async function main() {
  let config;
  let bff;
  try {
    config = loadConfig();
    bff = await startBff(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`twenty-bff: ${error.message}`);
      process.exit(2);
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (config && (code === 'EADDRINUSE' || code === 'EACCES')) {
      console.error(
        code === 'EADDRINUSE'
          ? `twenty-bff: PORT ${config.port} is in use on ${config.host}: stop what listens there, or set PORT to another port.`
          : `twenty-bff: not allowed to listen on PORT ${config.port} at ${config.host}: choose a PORT above 1023.`,
      );
      process.exit(1);
    }
    throw error;
  }
  const logger = bff.logger;
  if (bff.sandbox) {
    logger.info(`no TWENTY_API_URL set, so the built-in sandbox (a Twenty REST emulator with demo data) runs at ${bff.sandbox.url}/rest`);
  } else {
    logger.info(`upstream Twenty at ${config.twenty.apiUrl}/rest (${config.twenty.apiKey ? 'server API key' : 'callers\' Authorization headers passed through'})`);
  }
  logger.info(`${describeCallers(bff.policy, config.host)}`);
  logger.info(`GraphQL and GraphiQL at ${bff.url}`);
  if (config.twentyWebhookSecret !== undefined) {
    logger.info(`Twenty webhooks accepted at ${bff.url.replace(/\/graphql$/, '/webhooks/twenty')}`);
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info(`${signal} again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: no new connections; waiting up to ${config.shutdownGraceMs} ms for requests in flight`);
    bff.close().then(
      ({ cut }) => {
        logger.info(cut === 0 ? 'stopped' : `stopped; ${cut} request(s) unfinished after BFF_SHUTDOWN_GRACE_MS were cut`);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'failed to stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function describeCallers(policy: CallerPolicy, host: string): string {
  const cors = policy.corsOrigins === '*' ? 'any origin' : policy.corsOrigins.length === 0 ? 'no browser origin' : policy.corsOrigins.join(', ');
  switch (policy.mode) {
    case 'passthrough':
      return `each caller sends its own Twenty API key; CORS: ${cors}`;
    case 'sandbox':
    case 'serverKey': {
      const ways = [
        ...(policy.clientTokens.length > 0 ? [`${policy.clientTokens.length} client token(s)`] : []),
        ...(policy.jwt ? [`JWTs from ${policy.jwt.issuer}`] : []),
        ...(policy.anonymous
          ? [policy.mode === 'sandbox' && isLoopback(host) ? `anonymous callers (sandbox mode, listening on ${host} only)` : 'anonymous callers (BFF_ALLOW_ANONYMOUS=true)']
          : []),
      ];
      return `callers accepted: ${ways.join(', ')}; CORS: ${cors}`;
    }
  }
}

main().catch((error: unknown) => {
  console.error('twenty-bff: failed to start', error);
  process.exit(1);
});
