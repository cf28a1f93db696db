import type { UpstreamUsage } from '../../src/twenty/upstreamGateway.js';
import type { GraphQLResponse } from './startTestBff.js';

/** Asks `extensions.upstream` of an operation (see `UPSTREAM_COST_HEADER`). */
export const UPSTREAM_COST_HEADER = { 'x-upstream-cost': '1' };

/** POSTs an operation to a twenty-bff at `url` and returns the whole response (data and errors). */
export async function postOperation<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

/** The `extensions.upstream` of a response (sent with UPSTREAM_COST_HEADER, or when a stale entry was served); throws when absent. */
export function upstreamUsageOf(result: GraphQLResponse<unknown>): UpstreamUsage {
  const usage = result.extensions?.['upstream'] as UpstreamUsage | undefined;
  if (usage === undefined) {
    throw new Error(`expected extensions.upstream in ${JSON.stringify(result)}`);
  }
  return usage;
}
