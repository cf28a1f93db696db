import { createHash } from 'node:crypto';

/**
 * Returns a UUID derived from a SHA-1 of `parts` (joined with a separator no
 * part is expected to contain), with the version-5 and RFC 4122 variant bits
 * set. The same parts always give the same id; it never throws.
 */
export function deterministicUuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  const bytes = hash.subarray(0, 16);
  // Set version 5 and the RFC 4122 variant so strict validators accept the id too.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
