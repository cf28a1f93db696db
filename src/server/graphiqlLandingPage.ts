import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { ApolloServerPlugin } from '@apollo/server';

const require = createRequire(import.meta.url);

// Apollo's default landing page loads its IDE from a CDN, which a machine
// without internet cannot reach. These UMD bundles are served by twenty-bff
// instead: React 18 (19 has no UMD build) and GraphiQL 4 (5 ships ESM + Monaco only).
const ASSETS = [
  ['react', 'umd/react.production.min.js'],
  ['react-dom', 'umd/react-dom.production.min.js'],
  ['graphiql', 'graphiql.min.js'],
  ['graphiql', 'graphiql.min.css'],
] as const;

function readAsset(packageName: string, file: string): Buffer {
  // The files are not in the packages' `exports`, so resolve the package root.
  const root = dirname(require.resolve(`${packageName}/package.json`));
  return readFileSync(join(root, file));
}

/** Where GraphiQL's scripts and stylesheet are served, each under a name that holds its hash. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

/** One static file of the GraphiQL page. */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

/** The GraphiQL page and the files it loads, built once. */
export interface GraphiqlPage {
  html: string;
  /** By path (`/graphiql-assets/react.<hash>.js`); a path names one content forever. */
  assets: ReadonlyMap<string, StaticAsset>;
}

/**
 * Builds the GraphiQL page, opening one tab per operation of `tabs` (the
 * first is shown); headers typed in GraphiQL are kept between reloads. The
 * libraries are served by twenty-bff itself under content-hashed names (no
 * CDN), so a browser caches them for good and the page stays small.
 */
export function buildGraphiqlPage(tabs: readonly string[]): GraphiqlPage {
  const assets = new Map<string, StaticAsset>();
  const [react, reactDom, graphiql, css] = ASSETS.map(([packageName, file]) => {
    const body = readAsset(packageName, file);
    const extension = file.endsWith('.css') ? 'css' : 'js';
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const path = `${GRAPHIQL_ASSETS_PATH}${packageName}.${hash}.${extension}`;
    assets.set(path, { body, contentType: extension === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' });
    return path;
  });
  // `</script>` inside the tabs' text would end the tag early.
  const safe = (text: string) => text.replaceAll('</script', '<\\/script');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>twenty-bff · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${css}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${react}"></script>
<script src="${reactDom}"></script>
<script src="${graphiql}"></script>
<script>
  const send = GraphiQL.createFetcher({ url: location.origin + location.pathname });
  // Right after a tab switch GraphiQL can still send the previous tab's
  // operation name; one the document does not define is dropped, so the
  // tab's own (single) operation runs instead of "Unknown operation".
  const defines = (query, name) => new RegExp('\\\\b(query|mutation|subscription)\\\\s+' + name + '\\\\b').test(query);
  const fetcher = (params, options) =>
    send(params.operationName && !defines(params.query, params.operationName) ? { ...params, operationName: null } : params, options);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: ${safe(JSON.stringify(tabs.map((query) => ({ query }))))}, shouldPersistHeaders: true }),
  );
</script>
</body>
</html>`;
  return { html, assets };
}

/**
 * An Apollo plugin serving `page` when a browser opens the GraphQL endpoint
 * (its assets are served by the HTTP layer).
 */
export function graphiqlLandingPagePlugin(page: GraphiqlPage): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: page.html };
        },
      };
    },
  };
}
