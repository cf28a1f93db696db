import type { RunningSandbox } from '../../src/sandbox/types.js';

/** One sandbox answer: status, headers and the parsed JSON body (raw text when it is not JSON). */
export interface RestAnswer<TBody = unknown> {
  status: number;
  headers: Headers;
  body: TBody;
  text: string;
}

/** Options of one request: a JSON body, extra headers, or no/another Authorization. */
export interface RestRequestOptions {
  body?: unknown;
  /** Sent verbatim, not JSON-encoded. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** `null` sends no Authorization header; a string replaces the sandbox's key. */
  apiKey?: string | null;
}

/** A tiny fetch wrapper for HTTP tests: `path` is relative to the sandbox URL, e.g. `/rest/people?limit=2`. */
export function restClient(sandbox: Pick<RunningSandbox, 'url' | 'apiKey'>) {
  const call = async <TBody = unknown>(method: string, path: string, options: RestRequestOptions = {}): Promise<RestAnswer<TBody>> => {
    const headers: Record<string, string> = { ...options.headers };
    const apiKey = options.apiKey === undefined ? sandbox.apiKey : options.apiKey;
    if (apiKey !== null) {
      headers['Authorization'] = `Bearer ${apiKey}`;
    }
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
    }
    if (body !== undefined && headers['Content-Type'] === undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${sandbox.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: tests read `text`.
    }
    return { status: response.status, headers: response.headers, body: parsed as TBody, text };
  };
  return {
    get: <TBody = unknown>(path: string, options?: RestRequestOptions) => call<TBody>('GET', path, options),
    post: <TBody = unknown>(path: string, body?: unknown, options?: RestRequestOptions) => call<TBody>('POST', path, { ...options, body }),
    patch: <TBody = unknown>(path: string, body?: unknown, options?: RestRequestOptions) => call<TBody>('PATCH', path, { ...options, body }),
    put: <TBody = unknown>(path: string, body?: unknown, options?: RestRequestOptions) => call<TBody>('PUT', path, { ...options, body }),
    delete: <TBody = unknown>(path: string, options?: RestRequestOptions) => call<TBody>('DELETE', path, options),
    call,
  };
}

/** `filter=` etc. encoded the way a careful client does. */
export function query(params: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, String(value)])).toString();
}

/** A record as the sandbox returns it. */
export type RecordBody = Record<string, unknown> & { id: string };

export interface PageInfoBody {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A find-many body: `{data:{<plural>:[…]}, totalCount, pageInfo}`. */
export interface ListBody {
  data: Record<string, RecordBody[]>;
  totalCount: number;
  pageInfo: PageInfoBody;
}

/** Twenty's error body. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  messages: string[];
}

/** `body.data[key]` of an answer, failing the test when it is missing. */
export function dataOf<T = RecordBody>(answer: RestAnswer, key: string): T {
  const data = (answer.body as { data?: Record<string, unknown> } | null)?.data;
  if (data === undefined || data === null || !(key in data)) {
    throw new Error(`expected data.${key} in ${answer.status} ${answer.text.slice(0, 500)}`);
  }
  return data[key] as T;
}

/** The records of a find-many answer under `data[plural]`. */
export function recordsOf(answer: RestAnswer, plural: string): RecordBody[] {
  return dataOf<RecordBody[]>(answer, plural);
}

/** The ids of a find-many answer, in order. */
export function idsOf(answer: RestAnswer, plural: string): string[] {
  return recordsOf(answer, plural).map((record) => record.id);
}

/** The `pageInfo` of a list answer. */
export function pageInfoOf(answer: RestAnswer): PageInfoBody {
  return (answer.body as ListBody).pageInfo;
}
