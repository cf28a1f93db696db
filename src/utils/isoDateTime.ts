// A date `YYYY-MM-DD`, or a date-time `YYYY-MM-DDTHH:mm:ss[.SSS]` with an
// optional zone `Z`, `±HH:mm` or `±HHmm`: each form is one Twenty's date
// parser accepts (its date-fns formats, which the sandbox's parseTwentyDate
// mirrors). Ranges are checked in code, not by the pattern.
const ISO_DATE_TIME =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d{1,3}))?(?:Z|(?<sign>[+-])(?<offsetHours>\d{2}):?(?<offsetMinutes>\d{2}))?)?$/;

// Postgres refuses a zone offset of 16 hours or more ("time zone displacement out of range").
const MAX_OFFSET_HOURS = 15;

/**
 * Returns the instant (epoch milliseconds) of a strict ISO-8601 date
 * `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:mm:ss[.SSS](Z|±HH:mm|±HHmm)`, or
 * undefined for anything else, such as an impossible calendar day, hour 24,
 * no seconds, more than 3 fraction digits or year 0000. A date alone is
 * midnight UTC, and a date-time without a zone is read as UTC, as Twenty does.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const groups = ISO_DATE_TIME.exec(text)?.groups;
  if (groups === undefined) {
    return undefined;
  }
  const number = (digits: string | undefined): number => Number(digits ?? '0');
  const [year, month, day] = [number(groups['year']), number(groups['month']), number(groups['day'])];
  const [hour, minute, second] = [number(groups['hour']), number(groups['minute']), number(groups['second'])];
  const [offsetHours, offsetMinutes] = [number(groups['offsetHours']), number(groups['offsetMinutes'])];
  const validDay = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!validDay || hour > 23 || minute > 59 || second > 59 || offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59) {
    return undefined;
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  // `.1` is 100 ms, as Postgres reads it. No zone means UTC: Twenty accepts
  // `yyyy-MM-dd'T'HH:mm:ss` and Postgres reads it in its session zone, UTC.
  const milliseconds = number((groups['fraction'] ?? '').padEnd(3, '0'));
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  return date.setUTCHours(hour, minute, second, milliseconds) - (groups['sign'] === '-' ? -offset : offset);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
