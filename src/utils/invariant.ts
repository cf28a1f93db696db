/** Throws when `condition` is false: for states that can only come from a bug in twenty-bff. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violation: ${message}`);
  }
}
