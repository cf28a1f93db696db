import { describe, expect, it } from 'vitest';

import { deterministicUuid, isUuid } from '../ids.js';

describe('deterministicUuid', () => {
  it('returns the same version-5 UUID for the same parts', () => {
    const id = deterministicUuid('object', 'company');
    expect(id).toBe(deterministicUuid('object', 'company'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('distinguishes how the parts are split', () => {
    expect(deterministicUuid('ab', 'c')).not.toBe(deterministicUuid('a', 'bc'));
    expect(deterministicUuid('field', 'company', 'name')).not.toBe(deterministicUuid('field', 'company', 'names'));
  });
});

describe('isUuid', () => {
  it.each([
    ['20202020-b374-4779-a561-80086cb2e17f', true],
    ['3D4DBF65-69CB-4ECE-A461-27F6503CAD39', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['20202020b374-4779-a561-80086cb2e17f', false],
    ['20202020-b374-4779-a561-80086cb2e17', false],
    ['not-a-uuid', false],
    [42, false],
    [null, false],
  ])('classifies %j as %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
