import { describe, expect, it } from 'vitest';

import { isTwentyErrorBody } from '../envelopes.js';
import { orderByKeys } from '../recordCursor.js';

describe('isTwentyErrorBody', () => {
  it.each([
    [{ statusCode: 400, error: 'BadRequestException', messages: ['Invalid filter'] }, true],
    [{ statusCode: 404, message: 'Cannot GET /rest/x', error: 'Not Found' }, true],
    [{ message: ['limit must be a number'] }, true],
    [{ error: { message: 'Connection not found' } }, true],
    [{ error: 'RATE_LIMITED' }, true],
    [{ found: false }, false],
    [{ error: { code: 7 } }, false],
    [[], false],
    ['<html></html>', false],
    [null, false],
  ])('reads %j as a Twenty error: %s', (body, expected) => {
    expect(isTwentyErrorBody(body)).toBe(expected);
  });
});

describe('orderByKeys', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['name[AscNullsFirst]', ['name']],
    ['amount.amountMicros[DescNullsLast],name.lastName[AscNullsLast],amount.currencyCode,id[AscNullsFirst]', ['amount', 'name', 'id']],
  ])('reads the top-level keys of %j', (orderBy, expected) => {
    expect(orderByKeys(orderBy)).toEqual(expected);
  });
});
