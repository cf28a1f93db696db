import { describe, expect, it } from 'vitest';

import { createStandardObjects } from '../standardObjects.js';
import { hasRecordFieldValue, mergeRecordValues, nameSimilarity, normalizeForDuplicates } from '../recordDuplicates.js';
import type { ObjectMetadata } from '../types.js';

const objectNamed = (nameSingular: string): ObjectMetadata => {
  const object = createStandardObjects().find((candidate) => candidate.nameSingular === nameSingular);
  if (object === undefined) {
    throw new Error(`no standard object ${nameSingular}`);
  }
  return object;
};

describe('normalizeForDuplicates', () => {
  it.each([
    ['  Société Générale, S.A. ', 'societe generale s a'],
    ['ACME—Corp', 'acme corp'],
  ])('normalises %j', (value, expected) => {
    expect(normalizeForDuplicates(value)).toBe(expected);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['Acme Corporation', 'Acme Corporaton', 0.9375],
    ['Acme', 'ACMÉ', 1],
    ['Acme Corp', '', 0],
  ])('scores %j and %j at %d', (left, right, expected) => {
    expect(nameSimilarity(left, right)).toBe(expected);
  });
});

describe('hasRecordFieldValue', () => {
  it.each([
    [null, false],
    ['  ', false],
    [0, true],
    [false, true],
    [[], false],
    [{ primaryEmail: '', additionalEmails: null }, false],
    [{ amountMicros: 1, currencyCode: '' }, true],
  ])('says %j holds a value: %s', (value, expected) => {
    expect(hasRecordFieldValue(value)).toBe(expected);
  });
});

describe('mergeRecordValues', () => {
  it('keeps the priority primary link and gathers the others as secondary links, first occurrence kept', () => {
    const merged = mergeRecordValues(
      objectNamed('company'),
      [
        { id: 'a', domainName: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null }, linkedinLink: { primaryLinkUrl: 'https://in/a', primaryLinkLabel: 'A', secondaryLinks: null } },
        { id: 'b', domainName: { primaryLinkUrl: 'https://b.test', primaryLinkLabel: 'B', secondaryLinks: [{ url: 'https://c.test', label: 'C' }] }, linkedinLink: { primaryLinkUrl: 'https://in/b', primaryLinkLabel: 'B', secondaryLinks: [{ url: 'https://in/a', label: 'dup' }] } },
      ],
      'a',
    );
    expect(merged).toEqual({
      // Only b has a domain: taken whole.
      domainName: { primaryLinkUrl: 'https://b.test', primaryLinkLabel: 'B', secondaryLinks: [{ url: 'https://c.test', label: 'C' }] },
      linkedinLink: { primaryLinkUrl: 'https://in/a', primaryLinkLabel: 'A', secondaryLinks: [{ url: 'https://in/b', label: 'B' }] },
    });
  });

  it('falls back to the first phone when the priority record has none, and never merges system fields', () => {
    const merged = mergeRecordValues(
      objectNamed('person'),
      [
        { id: 'a', position: 1, phones: { primaryPhoneNumber: '', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33', additionalPhones: null }, city: 'Paris', jobTitle: '' },
        { id: 'b', position: 2, phones: { primaryPhoneNumber: '612', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33', additionalPhones: [{ number: '700', countryCode: 'FR', callingCode: '+33' }] }, city: 'Lyon', jobTitle: 'CTO' },
        { id: 'c', position: 3, phones: { primaryPhoneNumber: '800', primaryPhoneCountryCode: 'DE', primaryPhoneCallingCode: '+49', additionalPhones: null }, city: '', jobTitle: '' },
      ],
      'a',
    );
    expect(merged).toEqual({
      phones: {
        primaryPhoneNumber: '612',
        primaryPhoneCountryCode: 'FR',
        primaryPhoneCallingCode: '+33',
        additionalPhones: [
          { number: '700', countryCode: 'FR', callingCode: '+33' },
          { number: '800', countryCode: 'DE', callingCode: '+49' },
        ],
      },
      city: 'Paris',
      jobTitle: 'CTO',
    });
  });
});
