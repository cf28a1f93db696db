import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { ApolloServerPlugin } from '@apollo/server';

const require = createRequire(import.meta.url);

// Apollo's default landing page loads its IDE from a CDN, which a machine
// without internet cannot reach. These UMD bundles are inlined instead: React 18
// (19 has no UMD build) and GraphiQL 4 (5 ships ESM + Monaco only).
const ASSETS = [
  ['react', 'umd/react.production.min.js'],
  ['react-dom', 'umd/react-dom.production.min.js'],
  ['graphiql', 'graphiql.min.js'],
  ['graphiql', 'graphiql.min.css'],
] as const;

function readAsset(packageName: string, file: string): string {
  // The files are not in the packages' `exports`, so resolve the package root.
  const root = dirname(require.resolve(`${packageName}/package.json`));
  return readFileSync(join(root, file), 'utf8');
}

/**
 * The GraphiQL page, fully self-contained, opening one tab per operation of
 * `tabs` (the first is shown); headers typed in GraphiQL are kept between reloads.
 */
export function renderGraphiqlPage(tabs: readonly string[]): string {
  const [react, reactDom, graphiql, css] = ASSETS.map(([name, file]) => readAsset(name, file));
  // `</script>` inside inlined code or the query would end the tag early.
  const safe = (text: string) => text.replaceAll('</script', '<\\/script');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>twenty-bff · GraphiQL</title>
<link rel="icon" href="data:,">
<style>${css}</style>
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>${safe(react ?? '')}</script>
<script>${safe(reactDom ?? '')}</script>
<script>${safe(graphiql ?? '')}</script>
<script>
  const send = GraphiQL.createFetcher({ url: location.origin + location.pathname });
  // Right after a tab switch GraphiQL can still send the previous tab's
  // operation name; one the document does not define is dropped, so the
  // tab's own (single) operation runs instead of "Unknown operation".
  const defines = (query, name) => new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(query);
  const fetcher = (params, options) =>
    send(params.operationName && !defines(params.query, params.operationName) ? { ...params, operationName: null } : params, options);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: ${safe(JSON.stringify(tabs.map((query) => ({ query }))))}, shouldPersistHeaders: true }),
  );
</script>
</body>
</html>`;
}

/**
 * An Apollo plugin serving GraphiQL, with no CDN, when a browser opens the
 * GraphQL endpoint, with `tabs` open. The page is built once, at server start.
 */
export function graphiqlLandingPagePlugin(tabs: readonly string[]): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const html = renderGraphiqlPage(tabs);
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
