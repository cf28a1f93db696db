/** The token of an `Authorization: Bearer <token>` header, or undefined for any other value. */
export function bearerToken(value: string | undefined): string | undefined {
  return value?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}
