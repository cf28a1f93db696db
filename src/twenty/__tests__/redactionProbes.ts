import { DEMO_API_KEY } from '../../sandbox/index.js';

/** The credential the probes copy: the sandbox's demo key, a real HS256 JWT. */
export const PROBE_TOKEN = DEMO_API_KEY;

const token = PROBE_TOKEN;
const [header = '', payload = '', signature = ''] = token.split('.');
const every = (text: string, size: number, separator: string) => (text.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(separator);
const percentAll = (text: string) => [...text].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const unicodeAll = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const alternate = (text: string) => [...text].map((char, index) => (index % 2 === 0 ? char.toLowerCase() : char.toUpperCase())).join('');
const middle = Math.floor(token.length / 2);

/**
 * Copies of PROBE_TOKEN an upstream error body could echo, by name: exact,
 * re-cased, with separators added or removed, escaped, and truncated to
 * runs of 8 or more characters.
 */
export const REDACTION_PROBES: ReadonlyArray<[string, string]> = [
  ['exact', token],
  ['as a Bearer header', `Bearer ${token}`],
  ['as an Authorization line', `authorization: Bearer ${token}`],
  ['lower-cased', token.toLowerCase()],
  ['upper-cased', token.toUpperCase()],
  ['in alternating case', alternate(token)],
  ['without dots', token.replaceAll('.', '')],
  ['without dashes', token.replaceAll('-', '')],
  ['without underscores', token.replaceAll('_', '')],
  ['without any separator', token.replace(/[^A-Za-z0-9]/g, '')],
  ['lower-cased without separators', token.replace(/[^A-Za-z0-9]/g, '').toLowerCase()],
  ['dashed every 4 characters', every(token, 4, '-')],
  ['spaced every 8 characters', every(token, 8, ' ')],
  ['underscored between every character', [...token].join('_')],
  ['dotted every 5 characters', every(token, 5, '.')],
  ['with line breaks every 16 characters', every(token, 16, '\n')],
  ['with tabs every 10 characters', every(token, 10, '\t')],
  ['with zero-width spaces', every(token, 3, '\u200b')],
  ['with spaced dots', token.replaceAll('.', ' . ')],
  ['URL-encoded', encodeURIComponent(token)],
  ['percent-encoded, every character, lower-case hex', percentAll(token)],
  ['percent-encoded, every character, upper-case hex', percentAll(token).toUpperCase()],
  ['as \\u escapes', unicodeAll(token)],
  ['in a query string', `https://api.example/rest/people?token=${encodeURIComponent(token)}&x=1`],
  ['in JSON', JSON.stringify({ token })],
  ['in quotes', `"${token}"`],
  ['in standard base64 letters', token.replaceAll('-', '+').replaceAll('_', '/')],
  ['with padding', `${token}==`],
  ['glued to words', `abc${token}xyz`],
  ['twice', `${token} and again ${token}`],
  ['the header segment', header],
  ['the payload segment', payload],
  ['the signature segment', signature],
  ['the signature lower-cased', signature.toLowerCase()],
  ['the first 8 characters', token.slice(0, 8)],
  ['the last 8 letters and digits', token.replace(/[^A-Za-z0-9]/g, '').slice(-8)],
  ['8 characters from the middle', token.slice(middle, middle + 8)],
  ['the first 20 characters', token.slice(0, 20)],
  ['the second half', token.slice(middle)],
  ['the last 9 characters upper-cased', token.slice(-9).toUpperCase()],
  ['12 characters, lower-cased and dashed', every(token.slice(30, 42).toLowerCase(), 3, '-')],
  ['the payload truncated to 10', payload.slice(0, 10)],
  ['the signature without its last character', signature.slice(0, -1)],
  ['the first half, percent-encoded', percentAll(token.slice(0, middle))],
  ['a truncated copy spaced every character', [...token.slice(5, 17)].join(' ')],
  ['the middle half in \\U escapes', unicodeAll(token.slice(middle - 10, middle + 10)).replaceAll('\\u', '\\U')],
];

/**
 * True when `text` still holds 8 consecutive letters or digits of the token
 * once `%XX`/`\uXXXX` escapes are decoded, case and everything else dropped.
 */
export function leaksToken(text: string): boolean {
  const flat = (value: string) =>
    value
      .replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\\u([0-9a-f]{4})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const tokenText = flat(token);
  const windows = new Set(Array.from({ length: tokenText.length - 7 }, (_, start) => tokenText.slice(start, start + 8)));
  const flattened = flat(text);
  for (let start = 0; start + 8 <= flattened.length; start += 1) {
    if (windows.has(flattened.slice(start, start + 8))) {
      return true;
    }
  }
  return false;
}
