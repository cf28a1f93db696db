import { afterAll } from 'vitest';

import { startSandbox } from '../startSandbox.js';
import type { RunningSandbox, SandboxOptions } from '../types.js';

/** One answer of the sandbox: status, headers, parsed JSON body (the raw text when not JSON). */
export interface HttpAnswer<TBody = unknown> {
  status: number;
  headers: Headers;
  body: TBody;
}

/** Starts sandboxes for one test file; each is closed in the file's afterAll. */
export function sandboxStarter(): (options?: SandboxOptions) => Promise<RunningSandbox> {
  const running: RunningSandbox[] = [];
  afterAll(async () => {
    await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
  });
  return async (options = {}) => {
    const sandbox = await startSandbox(options);
    running.push(sandbox);
    return sandbox;
  };
}

/** A fetch wrapper sending the sandbox's key and JSON bodies; `path` is relative to the sandbox URL. */
export function httpClient(sandbox: Pick<RunningSandbox, 'url' | 'apiKey'>) {
  const call = async <TBody = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<TBody>> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${sandbox.apiKey}` };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${sandbox.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: the text is the body.
    }
    return { status: response.status, headers: response.headers, body: parsed as TBody };
  };
  return {
    get: <TBody = unknown>(path: string) => call<TBody>('GET', path),
    post: <TBody = unknown>(path: string, body: unknown) => call<TBody>('POST', path, body),
    patch: <TBody = unknown>(path: string, body: unknown) => call<TBody>('PATCH', path, body),
    delete: <TBody = unknown>(path: string) => call<TBody>('DELETE', path),
  };
}

/** Twenty's error body. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  messages: string[];
}
