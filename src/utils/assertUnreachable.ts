/**
 * Marks the end of an exhaustive `switch`: the compiler rejects the call when
 * a case is missing, and at run time it throws for a value the types ruled out.
 */
export function assertUnreachable(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
