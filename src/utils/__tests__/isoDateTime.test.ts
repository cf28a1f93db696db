import { describe, expect, it } from 'vitest';

import { parseIsoDateTime } from '../isoDateTime.js';

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z'],
    ['2026-01-05T09:00:00Z', '2026-01-05T09:00:00.000Z'],
    ['2026-01-05T09:00:00.1Z', '2026-01-05T09:00:00.100Z'],
    ['2026-01-05T09:00:00.12Z', '2026-01-05T09:00:00.120Z'],
    ['2026-01-05T09:00:00+02:00', '2026-01-05T07:00:00.000Z'],
    ['2026-01-05T09:00:00.5-0530', '2026-01-05T14:30:00.500Z'],
    ['2026-01-05T09:00:00+15:59', '2026-01-04T17:01:00.000Z'],
    ['2026-01-05T09:00:00', '2026-01-05T09:00:00.000Z'],
    ['2026-01-05T09:00:00.250', '2026-01-05T09:00:00.250Z'],
    ['2026-01-05', '2026-01-05T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29T23:59:59.999Z', '2000-02-29T23:59:59.999Z'],
    ['2026-12-31T00:00:00Z', '2026-12-31T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0099-06-30', '0099-06-30T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('reads %s as the instant %s', (text, instant) => {
    expect(parseIsoDateTime(text)).toBe(Date.parse(instant));
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['February 29th of a common year', '2026-02-29T00:00:00Z'],
    ['February 29th of a century that is not a leap year', '1900-02-29'],
    ['the 31st of a 30-day month', '2026-04-31'],
    ['day 0', '2026-01-00'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['year 0000', '0000-01-01'],
    ['a five-digit year', '10000-01-01'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['minute 60', '2026-01-01T10:60:00Z'],
    ['second 60', '2026-01-01T10:00:60Z'],
    ['no seconds', '2026-01-05T09:00'],
    ['no seconds with a zone', '2026-01-05T09:00Z'],
    ['more than 3 fraction digits', '2026-01-05T09:00:00.1234Z'],
    ['an empty fraction', '2026-01-05T09:00:00.Z'],
    ['an offset of 16 hours', '2026-01-05T09:00:00+16:00'],
    ['an offset with minute 60', '2026-01-05T09:00:00+01:60'],
    ['an offset in hours alone', '2026-01-05T09:00:00+02'],
    ['a zone after a date alone', '2026-01-05Z'],
    ['a space instead of T', '2026-01-05 09:00:00Z'],
    ['a lower-case t', '2026-01-05t09:00:00Z'],
    ['a lower-case z', '2026-01-05T09:00:00z'],
    ['one-digit fields', '2026-1-5'],
    ['a month name', 'Jan 5, 2026'],
    ['another separator', '2026/01/05'],
    ['surrounding spaces', ' 2026-01-05 '],
    ['a trailing line break', '2026-01-05\n'],
    ['non-ASCII digits', '٢٠٢٦-01-05'],
    ['an empty string', ''],
  ])('refuses %s: %j', (_name, text) => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });
});
