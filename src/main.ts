import { ConfigError, loadConfig } from './config.js';
import { startBff } from './startBff.js';

// Entry point of `npm start`: configuration from the environment, then serve
// until SIGINT/SIGTERM.
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`twenty-bff: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const bff = await startBff(config, {
    logOperation: ({ operationName, upstreamRequests, durationMs }) =>
      console.info(`twenty-bff: ${operationName ?? '(anonymous)'} ${upstreamRequests} upstream request(s) ${durationMs} ms`),
  });
  if (bff.sandbox) {
    console.info(`twenty-bff: no TWENTY_API_URL set, so the built-in sandbox (a Twenty REST emulator with demo data) runs at ${bff.sandbox.url}/rest`);
  } else {
    console.info(`twenty-bff: upstream Twenty at ${config.twenty.apiUrl}/rest (${config.twenty.apiKey ? 'server API key' : 'callers\' Authorization headers passed through'})`);
  }
  console.info(`twenty-bff: GraphQL and GraphiQL at ${bff.url}`);
  if (config.twentyWebhookSecret !== undefined) {
    console.info(`twenty-bff: Twenty webhooks accepted at ${bff.url.replace(/\/graphql$/, '/webhooks/twenty')}`);
  }
  const stop = () => {
    console.info('twenty-bff: shutting down');
    bff.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('twenty-bff: failed to start', error);
  process.exit(1);
});
