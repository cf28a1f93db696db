import { afterEach, describe, expect, it } from 'vitest';

import { startSandbox } from '../../sandbox/index.js';
import type { RunningSandbox, SandboxOptions } from '../../sandbox/types.js';
import { createTwentyClient, isMissingGroupByRoute } from '../createTwentyClient.js';
import { createRouteSupport } from '../routeSupport.js';
import { TwentyApiError } from '../TwentyApiError.js';
import { scopeOf } from '../upstreamGateway.js';

const running: RunningSandbox[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

async function sandboxWith(options: SandboxOptions): Promise<RunningSandbox> {
  const sandbox = await startSandbox({
    demoData: false,
    records: { opportunities: [{ name: 'A', stage: 'NEW' }, { name: 'B', stage: 'NEW' }, { name: 'C', stage: 'MEETING' }] },
    ...options,
  });
  running.push(sandbox);
  return sandbox;
}

function clientFor(sandbox: RunningSandbox, routeSupport = createRouteSupport({ ttlMs: 60_000, maxWorkspaces: 10 })) {
  return {
    routeSupport,
    client: createTwentyClient({
      baseUrl: sandbox.url,
      authorization: `Bearer ${sandbox.apiKey}`,
      timeoutMs: 5_000,
      pageCap: 60,
      retry: { limit: 2, maxRetryAfterMs: 2_000, backoffMs: 10 },
      routeSupport,
    }),
  };
}

const PARAMS = () => new URLSearchParams({ group_by: '[{"stage":true}]', aggregate: '["totalCount"]', order_by: '[{"stage":"AscNullsLast"}]' });

describe('TwentyClient.groupBy', () => {
  it('answers the route’s groups and remembers that the workspace serves it', async () => {
    const sandbox = await sandboxWith({});
    const { client, routeSupport } = clientFor(sandbox);
    expect(await client.groupBy('opportunities', PARAMS())).toEqual({
      served: true,
      groups: [
        { groupByDimensionValues: ['MEETING'], totalCount: '1' },
        { groupByDimensionValues: ['NEW'], totalCount: '2' },
      ],
    });
    expect(routeSupport.known(scopeOf(sandbox.url, `Bearer ${sandbox.apiKey}`))).toEqual({ groupBy: true });
    expect(sandbox.requests.map(({ path, query }) => [path, query['group_by']])).toEqual([['/rest/opportunities/groupBy', '[{"stage":true}]']]);
  });

  it('says the route is absent on a release that reads it as an id, and asks no more', async () => {
    const sandbox = await sandboxWith({ groupByRoute: false });
    const { client, routeSupport } = clientFor(sandbox);
    expect(await client.groupBy('opportunities', PARAMS())).toEqual({ served: false, asked: true });
    expect(await client.groupBy('opportunities', PARAMS())).toEqual({ served: false, asked: false });
    expect(sandbox.requests.map(({ path, status }) => [path, status])).toEqual([['/rest/opportunities/groupBy', 400]]);
    expect(routeSupport.known(scopeOf(sandbox.url, `Bearer ${sandbox.apiKey}`))).toEqual({ groupBy: false });
  });

  it('passes on a refusal of the arguments, which says nothing of the route', async () => {
    const sandbox = await sandboxWith({});
    const { client, routeSupport } = clientFor(sandbox);
    const failure = await client.groupBy('opportunities', new URLSearchParams({ group_by: '[{"nope":true}]' })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwentyApiError);
    expect((failure as TwentyApiError).messages).toEqual(['Unidentified field in groupBy: nope']);
    expect(routeSupport.known(scopeOf(sandbox.url, `Bearer ${sandbox.apiKey}`))).toEqual({});
  });
});

describe('isMissingGroupByRoute', () => {
  const http = (status: number, messages: string[]) => new TwentyApiError({ kind: 'http', status, method: 'GET', path: '/rest/opportunities/groupBy', messages });

  it.each([
    [http(404, ['Cannot GET /rest/opportunities/groupBy']), true],
    [http(400, ["'groupBy' is not a valid UUID"]), true],
    [http(400, ['invalid input syntax for type uuid: "groupBy"']), true],
    [http(400, ["Query path '/rest/opportunities/groupBy' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies"]), true],
    [http(400, ['Unidentified field in groupBy: stage']), false],
    [http(400, ['Time zone should be specified for a group by date on Day, Week, Month, Quarter or Year']), false],
    [http(500, ['Internal server error']), false],
    [new TwentyApiError({ kind: 'timeout', method: 'GET', path: '/rest/opportunities/groupBy' }), false],
    [new Error('other'), false],
  ])('reads %s as %s', (error, expected) => {
    expect(isMissingGroupByRoute(error)).toBe(expected);
  });
});
