/** Resolves after `ms` milliseconds; at once (without a timer) when `ms` is zero or less. */
export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
