import { describe, expect, it } from 'vitest';

import { addPgNumeric, comparePgNumeric, dividePgNumeric, formatPgNumeric, toPgNumeric } from '../pgNumeric.js';

const numeric = (value: number | string) => {
  const parsed = toPgNumeric(value);
  if (parsed === undefined) {
    throw new Error(`not numeric: ${value}`);
  }
  return parsed;
};

describe('toPgNumeric', () => {
  it.each([
    [1000000, { digits: 1000000n, scale: 0 }],
    ['12.50', { digits: 1250n, scale: 2 }],
    [-0.5, { digits: -5n, scale: 1 }],
    [1e21, { digits: 10n ** 21n, scale: 0 }],
    ['2.5e3', { digits: 2500n, scale: 0 }],
    ['.5', { digits: 5n, scale: 1 }],
  ])('reads %j', (value, expected) => {
    expect(toPgNumeric(value)).toEqual(expected);
  });

  it.each([[null], [undefined], ['abc'], [''], [Number.NaN], [Number.POSITIVE_INFINITY], [{}], ['.']])('refuses %j', (value) => {
    expect(toPgNumeric(value)).toBeUndefined();
  });
});

describe('dividePgNumeric', () => {
  // Figures Postgres prints for these divisions (select_div_scale keeps 16
  // significant digits): what Twenty's avg and percentage aggregates answer.
  it.each([
    [1, 3, '0.33333333333333333333'],
    [2, 3, '0.66666666666666666667'],
    [1, 2, '0.50000000000000000000'],
    [0, 3, '0.00000000000000000000'],
    [3, 3, '1.00000000000000000000'],
    [10, 4, '2.5000000000000000'],
    [3000000000000, 2, '1500000000000.0000'],
    [4917100000000, 19, '258794736842.10526316'],
    ['-7', 2, '-3.5000000000000000'],
    ['12.50', 4, '3.1250000000000000'],
  ])('divides %j by %j as Postgres does', (a, b, expected) => {
    const quotient = dividePgNumeric(numeric(a), numeric(b));
    expect(quotient && formatPgNumeric(quotient)).toBe(expected);
  });

  it('answers undefined for a division by zero', () => {
    expect(dividePgNumeric(numeric(1), numeric(0))).toBeUndefined();
  });
});

describe('addPgNumeric', () => {
  it('adds at the larger scale', () => {
    expect(formatPgNumeric(addPgNumeric(numeric('12.50'), numeric(1)))).toBe('13.50');
    expect(formatPgNumeric(addPgNumeric(numeric(9007199254740993n.toString()), numeric(1)))).toBe('9007199254740994');
  });
});

describe('comparePgNumeric', () => {
  it('compares across scales', () => {
    expect(comparePgNumeric(numeric('1.50'), numeric('1.5'))).toBe(0);
    expect(comparePgNumeric(numeric('-2'), numeric('1.5'))).toBe(-1);
    expect(comparePgNumeric(numeric('10'), numeric('9.99'))).toBe(1);
  });
});
