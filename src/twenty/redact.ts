/** The forms of a credential to remove from anything shown: the whole header value and its token. */
export function secretsOf(authorization: string): string[] {
  const token = authorization.replace(/^\S+\s+/, '').trim();
  // Very short values would redact ordinary words; real keys are long JWTs.
  return [authorization.trim(), token].filter((secret) => secret.length >= 8);
}

/** `text` with every occurrence of each secret replaced by `[redacted]`. */
export function redact(text: string, secrets: string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}
