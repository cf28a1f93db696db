import { describe, expect, it } from 'vitest';

import {
  parseCorePath,
  parseDepth,
  parseFields,
  parseLimit,
  parseOrderBy,
  parseSoftDelete,
  parseUpsert,
  readFilterParam,
} from '../requestParsers.js';
import { SandboxHttpError } from '../types.js';

const ID = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';

function errorOf(run: () => unknown): { statusCode: number; messages: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof SandboxHttpError) {
      return { statusCode: error.statusCode, messages: error.messages };
    }
    throw error;
  }
  throw new Error('expected a SandboxHttpError');
}

const PATH_HINT = 'Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies';

describe('parseCorePath', () => {
  it('reads objects, ids, batches and suffix routes', () => {
    expect(parseCorePath('GET', '/rest/people')).toEqual({ object: 'people' });
    expect(parseCorePath('GET', `/rest/people/${ID}`)).toEqual({ object: 'people', id: ID });
    expect(parseCorePath('POST', '/rest/batch/people')).toEqual({ object: 'people', batch: true });
    expect(parseCorePath('POST', '/rest/people/duplicates')).toEqual({ object: 'people', suffix: 'duplicates' });
  });

  it('reads the G3 restore suffix for PATCH only', () => {
    expect(parseCorePath('PATCH', `/rest/people/${ID}/restore`)).toEqual({ object: 'people', id: ID, restore: true });
    expect(parseCorePath('PATCH', '/rest/people/restore')).toEqual({ object: 'people', id: undefined, restore: true });
    expect(errorOf(() => parseCorePath('DELETE', '/rest/people/restore'))).toEqual({
      statusCode: 400,
      messages: ["'restore' is not a valid UUID"],
    });
    expect(errorOf(() => parseCorePath('DELETE', `/rest/people/${ID}/restore`)).messages).toEqual([
      `Query path '/rest/people/${ID}/restore' invalid. ${PATH_HINT}`,
    ]);
  });

  it('refuses empty and too long paths and malformed ids with Twenty’s texts', () => {
    expect(errorOf(() => parseCorePath('GET', '/rest')).messages).toEqual([`Query path '/rest' invalid. ${PATH_HINT}`]);
    expect(errorOf(() => parseCorePath('GET', '/rest/a/b/c')).messages).toEqual([`Query path '/rest/a/b/c' invalid. ${PATH_HINT}`]);
    expect(errorOf(() => parseCorePath('GET', '/rest/people/malformed-uuid')).messages).toEqual([
      "'malformed-uuid' is not a valid UUID",
    ]);
  });
});

describe('readFilterParam', () => {
  it('keeps only a single string, empty included', () => {
    expect(readFilterParam('a[eq]:1')).toBe('a[eq]:1');
    expect(readFilterParam('')).toBe('');
    expect(readFilterParam(['a[eq]:1', 'b[eq]:2'])).toBeUndefined();
    expect(readFilterParam(undefined)).toBeUndefined();
  });
});

describe('parseLimit', () => {
  it('defaults to 60, clamps silently and accepts 0 and fractions', () => {
    expect(parseLimit(undefined, 200)).toBe(60);
    expect(parseLimit('', 200)).toBe(60);
    expect(parseLimit('10', 200)).toBe(10);
    expect(parseLimit('0', 200)).toBe(0);
    expect(parseLimit('500', 200)).toBe(200);
    expect(parseLimit('1.5', 200)).toBe(1.5);
    expect(parseLimit(undefined, 20)).toBe(20);
  });

  it('refuses what is not a non-negative number', () => {
    expect(errorOf(() => parseLimit('aaa', 200)).messages).toEqual(["limit 'aaa' is invalid. Should be an integer"]);
    expect(errorOf(() => parseLimit('-1', 200)).messages).toEqual(["limit '-1' is invalid. Should be an integer"]);
  });
});

describe('parseDepth', () => {
  it('defaults to 0 and allows only 0 and 1', () => {
    expect(parseDepth(undefined)).toBe(0);
    expect(parseDepth('0')).toBe(0);
    expect(parseDepth('1')).toBe(1);
    expect(errorOf(() => parseDepth('2')).messages).toEqual(["'depth=2' parameter invalid. Allowed values are 0, 1"]);
    expect(errorOf(() => parseDepth('invalid')).messages).toEqual(["'depth=invalid' parameter invalid. Allowed values are 0, 1"]);
  });
});

describe('parseOrderBy', () => {
  it('reads directions, the AscNullsFirst default and dotted paths', () => {
    expect(parseOrderBy('position[DescNullsLast],amount.amountMicros[AscNullsLast],city')).toEqual([
      { path: ['position'], direction: 'DescNullsLast' },
      { path: ['amount', 'amountMicros'], direction: 'AscNullsLast' },
      { path: ['city'], direction: 'AscNullsFirst' },
    ]);
  });

  it('ignores anything but one string', () => {
    expect(parseOrderBy(undefined)).toEqual([]);
    expect(parseOrderBy(['a', 'b'])).toEqual([]);
  });

  it('refuses an unknown direction', () => {
    expect(errorOf(() => parseOrderBy('position[Sideways]')).messages).toEqual([
      "'order_by' direction 'Sideways' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3",
    ]);
  });
});

describe('parseFields', () => {
  it('trims, de-duplicates and accepts repeated keys', () => {
    expect(parseFields(undefined)).toBeUndefined();
    expect(parseFields(' id , name,id')).toEqual(['id', 'name']);
    expect(parseFields(['id', 'city,name'])).toEqual(['id', 'city', 'name']);
  });

  it('refuses an empty list', () => {
    expect(errorOf(() => parseFields(' , ')).messages).toEqual([
      "'fields' parameter is empty. Expected a comma-separated list of field names, e.g. fields=id,name",
    ]);
  });
});

describe('parseSoftDelete', () => {
  it('is true only for the exact string true', () => {
    expect(parseSoftDelete('true')).toBe(true);
    expect(parseSoftDelete('TRUE')).toBe(false);
    expect(parseSoftDelete('false')).toBe(false);
    expect(parseSoftDelete(undefined)).toBe(false);
  });
});

describe('parseUpsert', () => {
  it('is true only for the exact string true', () => {
    expect(parseUpsert('true')).toBe(true);
    expect(parseUpsert('1')).toBe(false);
  });
});
