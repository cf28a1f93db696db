import { printSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';

import { loadConfig } from '../src/config.js';
import { createTwentyClient } from '../src/twenty/createTwentyClient.js';
import { loadBaseTypeDefs, workspaceSdlOf } from '../src/schema/loadTypeDefs.js';

// `npm run schema -- --print`: the SDL of a workspace, for client codegen
// against your own data model. Reads the configured Twenty
// (TWENTY_API_URL + TWENTY_API_KEY, or `--key <key>` for one credential),
// or, with no Twenty configured, the sandbox's demo workspace.
const args = process.argv.slice(2);
if (!args.includes('--print')) {
  console.error('Usage: npm run schema -- --print [--key <Twenty API key>]   (prints the SDL of the workspace on stdout)');
  process.exit(2);
}
const config = loadConfig();
const keyIndex = args.indexOf('--key');
const key = keyIndex >= 0 ? args[keyIndex + 1] : config.twenty.apiKey;
let close = async () => {};
let baseUrl = config.twenty.apiUrl;
let apiKey = key;
if (!baseUrl) {
  const { startSandbox } = await import('../src/sandbox/index.js');
  const sandbox = await startSandbox({ seed: config.sandboxSeed });
  baseUrl = sandbox.url;
  apiKey = sandbox.apiKey;
  close = () => sandbox.close();
}
if (!apiKey) {
  console.error('No Twenty API key: set TWENTY_API_KEY or pass --key <key>.');
  process.exit(2);
}
try {
  const client = createTwentyClient({
    baseUrl,
    authorization: `Bearer ${apiKey}`,
    headers: config.twenty.headers,
    timeoutMs: config.twenty.timeoutMs,
    pageCap: config.twenty.pageCap,
    retry: { limit: config.twenty.retryLimit, maxRetryAfterMs: config.twenty.maxRetryAfterMs },
    maxResponseBytes: config.twenty.maxResponseBytes,
  });
  const base = loadBaseTypeDefs();
  const { sdl, warnings } = workspaceSdlOf(await client.listObjects(), base);
  warnings.forEach((warning) => console.error(`warning: ${warning}`));
  console.log(printSchema(makeExecutableSchema({ typeDefs: [...base, sdl] })));
} catch (error) {
  console.error(`Could not read the workspace's data model: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await close();
}
