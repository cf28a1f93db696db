/**
 * A credential compiled for `redact`: every 8-character window of its
 * letters and digits, lower-cased. Empty when the credential is too short to
 * tell apart from ordinary words.
 */
export interface Secrets {
  readonly windows: ReadonlySet<string>;
}

// The shortest copy of a credential that is removed. Shorter windows would
// start matching ordinary words; 8 base64 characters are 48 bits of the key.
const WINDOW = 8;
const REDACTED = '[redacted]';

/**
 * Compiles the credential of an `Authorization` value (`Bearer <key>`, or a
 * bare key) for `redact`: its token, in any letter case and without
 * separators, and every copy of 8 or more of its characters.
 */
export function secretsOf(authorization: string): Secrets {
  const token = authorization.trim().replace(/^\S+\s+/, '');
  const normalised = normalise(token).text;
  const windows = new Set<string>();
  for (let start = 0; start + WINDOW <= normalised.length; start += 1) {
    windows.add(normalised.slice(start, start + WINDOW));
  }
  return { windows };
}

/**
 * `text` with every copy of the credential replaced by `[redacted]`: exact or
 * in another letter case, with separators (`-`, `_`, `.`, spaces, …) added or
 * removed, percent- or `\u`-escaped, and any run of 8 or more of its
 * characters (a truncated copy). Linear in the length of `text`.
 */
export function redact(text: string, secrets: Secrets): string {
  if (secrets.windows.size === 0 || text.length < WINDOW) {
    return text;
  }
  const { text: normalised, starts, ends } = normalise(text);
  // Spans of `text` to remove, as [start, end) pairs, merged as they are found
  // (windows are met in increasing order, so only the last span can grow).
  const spans: Array<[number, number]> = [];
  for (let start = 0; start + WINDOW <= normalised.length; start += 1) {
    if (!secrets.windows.has(normalised.slice(start, start + WINDOW))) {
      continue;
    }
    const from = starts[start] ?? 0;
    const to = ends[start + WINDOW - 1] ?? text.length;
    const last = spans[spans.length - 1];
    if (last !== undefined && from <= last[1]) {
      last[1] = Math.max(last[1], to);
    } else {
      spans.push([from, to]);
    }
  }
  if (spans.length === 0) {
    return text;
  }
  let result = '';
  let cursor = 0;
  for (const [from, to] of spans) {
    result += text.slice(cursor, from) + REDACTED;
    cursor = to;
  }
  return result + text.slice(cursor);
}

// The ASCII letters and digits of `text`, lower-cased, after decoding `%XX`
// and `\uXXXX` escapes, with where each came from in `text`: a copy of the
// key stays recognisable however it was separated, cased or encoded.
function normalise(text: string): { text: string; starts: number[]; ends: number[] } {
  let normalised = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < text.length; ) {
    let code = text.charCodeAt(index);
    let length = 1;
    if (code === 0x25 /* % */ && isHex(text, index + 1, 2)) {
      code = Number.parseInt(text.slice(index + 1, index + 3), 16);
      length = 3;
    } else if (code === 0x5c /* \ */ && (text[index + 1] === 'u' || text[index + 1] === 'U') && isHex(text, index + 2, 4)) {
      code = Number.parseInt(text.slice(index + 2, index + 6), 16);
      length = 6;
    }
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) {
      normalised += String.fromCharCode(lower);
      starts.push(index);
      ends.push(index + length);
    }
    index += length;
  }
  return { text: normalised, starts, ends };
}

function isHex(text: string, from: number, count: number): boolean {
  if (from + count > text.length) {
    return false;
  }
  for (let index = from; index < from + count; index += 1) {
    const code = text.charCodeAt(index);
    const hex = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
    if (!hex) {
      return false;
    }
  }
  return true;
}
