import { describe, expect, it } from 'vitest';

import { redact, secretsOf } from '../redact.js';
import { leaksToken, PROBE_TOKEN, REDACTION_PROBES } from './redactionProbes.js';

const secrets = secretsOf(`Bearer ${PROBE_TOKEN}`);

describe('redact', () => {
  it('has at least 44 probes, each a leak before redaction', () => {
    expect(REDACTION_PROBES.length).toBeGreaterThanOrEqual(44);
    expect(REDACTION_PROBES.filter(([, probe]) => !leaksToken(probe)).map(([name]) => name)).toEqual([]);
  });

  it.each(REDACTION_PROBES)('removes the key %s and keeps the words around it', (_name, probe) => {
    const text = `Invalid token <${probe}> given`;
    const redacted = redact(text, secrets);
    expect(leaksToken(redacted)).toBe(false);
    expect(redacted).toMatch(/^Invalid token <.*\[redacted\].*> given$/s);
  });

  it('replaces an exact copy and nothing else', () => {
    expect(redact(`Token ${PROBE_TOKEN} is not valid for workspace 20202020-1c25-4d02-bf25-6aeccf7ea419`, secrets)).toBe(
      'Token [redacted] is not valid for workspace 20202020-1c25-4d02-bf25-6aeccf7ea419',
    );
  });

  it('replaces separated and encoded copies with their separators', () => {
    expect(redact(`a ${encodeURIComponent(PROBE_TOKEN).toLowerCase()} b`, secrets)).toBe('a [redacted] b');
    expect(redact(`a ${[...PROBE_TOKEN.slice(0, 12)].join('-')} b`, secrets)).toBe('a [redacted] b');
  });

  it.each([
    'Record not found',
    'A duplicate entry was detected: another company already has domainName "https://acme.example"',
    "invalid input value for enum workspace_abc.opportunity_stage_enum: \"INVALID_ENUM_VALUE\"",
    'Query path /rest/companies/eyJ invalid',
  ])('leaves text without the key unchanged: %s', (text) => {
    expect(redact(text, secrets)).toBe(text);
  });

  it('leaves a run of 7 characters of the key, too short to tell from ordinary text', () => {
    const text = `prefix ${PROBE_TOKEN.slice(20, 27)} suffix`;
    expect(redact(text, secrets)).toBe(text);
  });

  it('redacts nothing for a key shorter than 8 letters and digits', () => {
    expect(redact('the key abc-123 was refused', secretsOf('Bearer abc-123'))).toBe('the key abc-123 was refused');
  });

  it('reads a bare key without a scheme', () => {
    expect(redact(`got ${PROBE_TOKEN.toUpperCase()}`, secretsOf(PROBE_TOKEN))).toBe('got [redacted]');
  });

  it('finds a truncated copy at the end of a long text', () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(40_000)}${PROBE_TOKEN.slice(-10)}`;
    const redacted = redact(text, secrets);
    expect(redacted.endsWith(' [redacted]')).toBe(true);
    expect(redacted.length).toBe(text.length - 10 + '[redacted]'.length);
  });
});
