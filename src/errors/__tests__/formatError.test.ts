import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { TwentyApiError, type TwentyApiErrorDetails } from '../../twenty/TwentyApiError.js';
import { createFormatError, formatError, toGraphQLError, type UnexpectedErrorReport } from '../formatError.js';
import { UserInputError } from '../UserInputError.js';

const read = { method: 'GET', path: '/rest/companies' } as const;
const write = { method: 'POST', path: '/rest/companies' } as const;

describe('toGraphQLError', () => {
  it.each<[string, TwentyApiErrorDetails, string, Record<string, unknown>]>([
    [
      '400',
      { ...read, kind: 'http', status: 400, upstreamError: 'BadRequestException', messages: ['Invalid cursor: x'] },
      'Twenty rejected the request: Invalid cursor: x',
      { code: 'BAD_USER_INPUT', upstream: { status: 400, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '422 without messages',
      { ...write, kind: 'http', status: 422, upstreamError: 'UnprocessableEntityException' },
      'Twenty rejected the request: UnprocessableEntityException',
      { code: 'BAD_USER_INPUT', upstream: { status: 422, method: 'POST', path: '/rest/companies' } },
    ],
    [
      '401',
      { ...read, kind: 'http', status: 401, upstreamError: 'UNAUTHENTICATED', messages: ['Token invalid.'] },
      'Twenty did not accept the credentials: Token invalid.',
      { code: 'UNAUTHENTICATED', upstream: { status: 401, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '402',
      { ...read, kind: 'http', status: 402, messages: ['Quota exceeded'] },
      'Twenty refused access: Quota exceeded',
      { code: 'FORBIDDEN', upstream: { status: 402, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '403',
      { ...read, kind: 'http', status: 403, upstreamError: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] },
      'Twenty refused access: Missing authentication token',
      { code: 'FORBIDDEN', upstream: { status: 403, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '404',
      { kind: 'http', status: 404, method: 'PATCH', path: '/rest/companies/0b5c', messages: ['Record not found'] },
      'Not found in Twenty: Record not found',
      { code: 'NOT_FOUND', upstream: { status: 404, method: 'PATCH', path: '/rest/companies/0b5c' } },
    ],
    [
      '429 with Retry-After',
      { ...read, kind: 'http', status: 429, retryAfterSeconds: 30, messages: ['Rate limit exceeded'] },
      "Twenty's rate limit was reached; retry after 30 seconds",
      { code: 'RATE_LIMITED', upstream: { status: 429, method: 'GET', path: '/rest/companies' }, retryAfterSeconds: 30 },
    ],
    [
      '429 without Retry-After',
      { ...read, kind: 'http', status: 429, messages: ['Limit reached (100 tokens per 60000 ms)'] },
      "Twenty's rate limit was reached; retry later",
      { code: 'RATE_LIMITED', upstream: { status: 429, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '500 on a read',
      { ...read, kind: 'http', status: 500, messages: ['relation "x" does not exist'] },
      'Twenty answered GET /rest/companies with HTTP 500',
      { code: 'UPSTREAM_ERROR', upstream: { status: 500, method: 'GET', path: '/rest/companies' } },
    ],
    [
      '502 on a write',
      { ...write, kind: 'http', status: 502, writeOutcome: 'UNKNOWN' },
      'Twenty answered POST /rest/companies with HTTP 502; the write may have happened; check before retrying',
      { code: 'UPSTREAM_ERROR', upstream: { status: 502, method: 'POST', path: '/rest/companies' }, writeOutcome: 'UNKNOWN', mayHaveApplied: true },
    ],
    [
      '409',
      { ...write, kind: 'http', status: 409, messages: ['Conflict'] },
      'Twenty answered POST /rest/companies with HTTP 409',
      { code: 'UPSTREAM_ERROR', upstream: { status: 409, method: 'POST', path: '/rest/companies' } },
    ],
    [
      'a read timeout',
      { ...read, kind: 'timeout', detail: 'ETIMEDOUT' },
      'Twenty did not answer GET /rest/companies in time',
      { code: 'UPSTREAM_TIMEOUT', upstream: { status: null, method: 'GET', path: '/rest/companies' } },
    ],
    [
      'a write timeout',
      { ...write, kind: 'timeout', writeOutcome: 'UNKNOWN' },
      'Twenty did not answer POST /rest/companies in time; the write may have happened; check before retrying',
      { code: 'UPSTREAM_TIMEOUT', upstream: { status: null, method: 'POST', path: '/rest/companies' }, writeOutcome: 'UNKNOWN', mayHaveApplied: true },
    ],
    [
      'a network error',
      { ...read, kind: 'network', detail: 'ECONNRESET' },
      'Could not reach Twenty for GET /rest/companies',
      { code: 'UPSTREAM_ERROR', upstream: { status: null, method: 'GET', path: '/rest/companies' } },
    ],
    [
      'a refused connection on a write',
      { ...write, kind: 'network', detail: 'ECONNREFUSED', writeOutcome: 'NOT_APPLIED' },
      'Could not reach Twenty for POST /rest/companies',
      { code: 'UPSTREAM_ERROR', upstream: { status: null, method: 'POST', path: '/rest/companies' }, writeOutcome: 'NOT_APPLIED' },
    ],
    [
      'a malformed answer to a write',
      { ...write, kind: 'malformed', status: 201, detail: 'the body is not JSON', writeOutcome: 'APPLIED' },
      'The answer to POST /rest/companies (HTTP 201, the body is not JSON) is not a Twenty REST API answer: check TWENTY_API_URL and any proxy in front of Twenty; the write was applied',
      { code: 'UPSTREAM_ERROR', upstream: { status: 201, method: 'POST', path: '/rest/companies' }, writeOutcome: 'APPLIED' },
    ],
    [
      'an HTML error page instead of a Twenty error',
      { method: 'GET', path: '/rest/companies', kind: 'malformed', status: 404, detail: 'an HTML page' },
      'The answer to GET /rest/companies (HTTP 404, an HTML page) is not a Twenty REST API answer: check TWENTY_API_URL and any proxy in front of Twenty',
      { code: 'UPSTREAM_ERROR', upstream: { status: 404, method: 'GET', path: '/rest/companies' } },
    ],
    [
      'an answer past the size limit',
      { method: 'GET', path: '/rest/people', kind: 'tooLarge', status: 200, detail: 'more than 1024 bytes' },
      'The answer to GET /rest/people was dropped: it is larger than TWENTY_MAX_RESPONSE_BYTES (more than 1024 bytes)',
      { code: 'UPSTREAM_ERROR', upstream: { status: 200, method: 'GET', path: '/rest/people' } },
    ],
  ])('maps %s', (_name, details, message, extensions) => {
    const error = toGraphQLError(new TwentyApiError(details));
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual(extensions);
  });
});

describe('formatError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('maps a TwentyApiError and keeps locations and path', () => {
    const original = new TwentyApiError({ ...read, kind: 'http', status: 401, messages: ['Token has expired.'] });
    const wrapped = new GraphQLError(original.message, { path: ['companies'], originalError: original });
    const formatted: GraphQLFormattedError = {
      message: original.message,
      locations: [{ line: 1, column: 3 }],
      path: ['companies'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] },
    };
    expect(formatError(formatted, wrapped)).toEqual({
      message: 'Twenty did not accept the credentials: Token has expired.',
      locations: [{ line: 1, column: 3 }],
      path: ['companies'],
      extensions: { code: 'UNAUTHENTICATED', upstream: { status: 401, method: 'GET', path: '/rest/companies' } },
    });
  });

  it('passes a GraphQLError with a code through unchanged', () => {
    const error = new GraphQLError('first must be at most 500', { extensions: { code: 'BAD_USER_INPUT' } });
    const formatted: GraphQLFormattedError = { message: error.message, extensions: { code: 'BAD_USER_INPUT', argumentPath: 'first' } };
    expect(formatError(formatted, error)).toBe(formatted);
  });

  it('keeps the code and argumentPath of a UserInputError a resolver threw', () => {
    // graphql-js wraps what a resolver throws, taking its `extensions`.
    const original = new UserInputError('Expected a list at "filter.id.in", found "x".', 'filter.id.in');
    const wrapped = new GraphQLError(original.message, { path: ['people'], originalError: original });
    const formatted: GraphQLFormattedError = { message: wrapped.message, path: ['people'], extensions: { ...wrapped.extensions } };
    expect(formatError(formatted, wrapped)).toEqual({
      message: 'Expected a list at "filter.id.in", found "x".',
      path: ['people'],
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'filter.id.in' },
    });
  });

  it('logs and masks an unknown error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const secretHolder = Object.assign(new Error('Invariant violation: boom'), { options: { headers: { authorization: 'Bearer secret-key-123' } } });
    const wrapped = new GraphQLError(secretHolder.message, { path: ['people'], originalError: secretHolder });
    const formatted: GraphQLFormattedError = {
      message: secretHolder.message,
      path: ['people'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    expect(formatError(formatted, wrapped)).toEqual({
      message: 'Internal server error',
      path: ['people'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.mock.calls)).toContain('Invariant violation: boom');
    expect(JSON.stringify(log.mock.calls)).not.toContain('secret-key-123');
  });

  it('gives an unknown error to the report of createFormatError: name, message, stack and path only', () => {
    const reports: UnexpectedErrorReport[] = [];
    const secretHolder = Object.assign(new TypeError('boom'), { options: { headers: { authorization: 'Bearer secret-key-123' } } });
    const wrapped = new GraphQLError(secretHolder.message, { path: ['people', 0], originalError: secretHolder });
    createFormatError((report) => reports.push(report))({ message: 'boom', path: ['people', 0] }, wrapped);
    expect(reports).toEqual([{ name: 'TypeError', message: 'boom', stack: secretHolder.stack, path: ['people', 0] }]);
    expect(JSON.stringify(reports)).not.toContain('secret-key-123');
  });

  it('masks a GraphQLError without a code', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new GraphQLError('Cannot return null for non-nullable field Company.name.');
    expect(formatError({ message: error.message }, error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('maps what resolvers throw when Apollo Server runs it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = new ApolloServer({
      typeDefs: /* GraphQL */ `
        type Query {
          upstream: String
          coded: String
          bug: String
        }
      `,
      resolvers: {
        Query: {
          upstream: () => {
            throw new TwentyApiError({ kind: 'timeout', method: 'PATCH', path: '/rest/people/1', writeOutcome: 'UNKNOWN' });
          },
          coded: () => {
            throw new GraphQLError('Give exactly one of "id" and "nameSingular".', { extensions: { code: 'BAD_USER_INPUT' } });
          },
          bug: () => {
            throw new TypeError("Cannot read properties of undefined (reading 'id')");
          },
        },
      },
      formatError,
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ upstream coded bug }' });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      expect(errors).toEqual([
        {
          message: 'Twenty did not answer PATCH /rest/people/1 in time; the write may have happened; check before retrying',
          locations: [{ line: 1, column: 3 }],
          path: ['upstream'],
          extensions: {
            code: 'UPSTREAM_TIMEOUT',
            upstream: { status: null, method: 'PATCH', path: '/rest/people/1' },
            writeOutcome: 'UNKNOWN',
            mayHaveApplied: true,
          },
        },
        {
          message: 'Give exactly one of "id" and "nameSingular".',
          locations: [{ line: 1, column: 12 }],
          path: ['coded'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 18 }],
          path: ['bug'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      const invalid = await server.executeOperation({ query: '{ nope }' });
      const validation = invalid.body.kind === 'single' ? invalid.body.singleResult.errors : undefined;
      expect(validation?.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await server.stop();
    }
  });
});
