/**
 * Postgres `numeric` arithmetic as Twenty's aggregates produce it: exact
 * decimal sums, and divisions at the scale Postgres picks, printed as
 * Postgres prints them (`"1500000000000.0000"`, `"0.33333333333333333333"`).
 * Twenty answers numeric aggregates (currency micros, percentages) as these
 * strings; computing them the same way gives the same figures.
 */

/** An exact decimal: `digits / 10^scale`, with Postgres's display scale. */
export interface PgNumeric {
  digits: bigint;
  scale: number;
}

// select_div_scale in Postgres's numeric.c: at least 16 significant digits.
const MIN_SIGNIFICANT_DIGITS = 16;
const MAX_DISPLAY_SCALE = 1000;
// Postgres stores numerics in base-10000 digits, which its scale rule counts.
const BASE_DIGITS = 4;

/** Zero at scale 0. */
export const PG_ZERO: PgNumeric = { digits: 0n, scale: 0 };

/**
 * Reads a JSON number or numeric string (`1000000`, `"12.50"`, `1e21`) as a
 * numeric with the scale its text shows; undefined for anything else
 * (null, NaN, a non-numeric string).
 */
export function toPgNumeric(value: unknown): PgNumeric | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return undefined;
    }
    text = Number.isInteger(value) && Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) {
    return undefined;
  }
  const [, sign = '', whole = '', fraction = '', exponentText] = match;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let digits = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: sign === '-' ? -digits : digits, scale };
}

/** `a + b` at the larger of the two scales, as Postgres adds numerics. */
export function addPgNumeric(a: PgNumeric, b: PgNumeric): PgNumeric {
  const scale = Math.max(a.scale, b.scale);
  return { digits: rescale(a, scale) + rescale(b, scale), scale };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function comparePgNumeric(a: PgNumeric, b: PgNumeric): number {
  const scale = Math.max(a.scale, b.scale);
  const left = rescale(a, scale);
  const right = rescale(b, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `a / b` as Postgres's numeric division computes it: rounded (half away
 * from zero) at the scale `select_div_scale` picks. Undefined when `b` is 0.
 */
export function dividePgNumeric(a: PgNumeric, b: PgNumeric): PgNumeric | undefined {
  if (b.digits === 0n) {
    return undefined;
  }
  const scale = divisionScale(a, b);
  // a/b = (A / 10^sa) / (B / 10^sb); at `scale` digits: A·10^(sb+scale) / (B·10^sa).
  const numerator = a.digits * 10n ** BigInt(b.scale + scale);
  const denominator = b.digits * 10n ** BigInt(a.scale);
  const negative = numerator < 0n !== denominator < 0n;
  const absoluteNumerator = numerator < 0n ? -numerator : numerator;
  const absoluteDenominator = denominator < 0n ? -denominator : denominator;
  let quotient = absoluteNumerator / absoluteDenominator;
  if ((absoluteNumerator % absoluteDenominator) * 2n >= absoluteDenominator) {
    quotient += 1n;
  }
  return { digits: negative ? -quotient : quotient, scale };
}

/** The text Postgres prints for a numeric: exactly `scale` digits after the point. */
export function formatPgNumeric(value: PgNumeric): string {
  const negative = value.digits < 0n;
  const absolute = (negative ? -value.digits : value.digits).toString().padStart(value.scale + 1, '0');
  const whole = absolute.slice(0, absolute.length - value.scale);
  const fraction = absolute.slice(absolute.length - value.scale);
  const text = value.scale === 0 ? whole : `${whole}.${fraction}`;
  return negative && value.digits !== 0n ? `-${text}` : text;
}

function rescale(value: PgNumeric, scale: number): bigint {
  return value.digits * 10n ** BigInt(scale - value.scale);
}

// select_div_scale: the quotient's weight is estimated from each operand's
// first base-10000 digit and its weight, and the scale keeps 16 significant
// digits (never less than either operand's scale).
function divisionScale(a: PgNumeric, b: PgNumeric): number {
  const left = leadingDigit(a);
  const right = leadingDigit(b);
  let quotientWeight = left.weight - right.weight;
  if (left.digit <= right.digit) {
    quotientWeight -= 1;
  }
  const scale = Math.max(MIN_SIGNIFICANT_DIGITS - quotientWeight * BASE_DIGITS, a.scale, b.scale, 0);
  return Math.min(scale, MAX_DISPLAY_SCALE);
}

// The first non-zero base-10000 digit of |value| and its weight (the power
// of 10000 it stands for); 0 and 0 for zero, as Postgres has it.
function leadingDigit(value: PgNumeric): { digit: number; weight: number } {
  const absolute = (value.digits < 0n ? -value.digits : value.digits).toString().padStart(value.scale + 1, '0');
  const whole = absolute.slice(0, absolute.length - value.scale);
  const fraction = absolute.slice(absolute.length - value.scale);
  const wholeGroups = Math.ceil(whole.length / BASE_DIGITS);
  const padded = whole.padStart(wholeGroups * BASE_DIGITS, '0') + fraction.padEnd(Math.ceil(fraction.length / BASE_DIGITS) * BASE_DIGITS, '0');
  for (let index = 0; index * BASE_DIGITS < padded.length; index += 1) {
    const digit = Number(padded.slice(index * BASE_DIGITS, (index + 1) * BASE_DIGITS));
    if (digit !== 0) {
      return { digit, weight: wholeGroups - 1 - index };
    }
  }
  return { digit: 0, weight: 0 };
}
