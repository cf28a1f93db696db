import type { RequestLogEntry } from '../../src/sandbox/types.js';

/** The sandbox's log as `METHOD path?sorted query status`, the shape write tests compare. */
export function requestLines(requests: readonly RequestLogEntry[]): string[] {
  return requests.map(({ method, path, query, status }) => {
    const search = Object.entries(query)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : value}`)
      .join('&');
    return `${method} ${path}${search ? `?${search}` : ''} ${status}`;
  });
}

/** The metadata read that select and custom values cost once per operation. */
export const METADATA_READ = 'GET /rest/metadata/objects?limit=60 200';
