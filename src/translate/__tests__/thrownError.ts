import { UserInputError } from '../../errors/UserInputError.js';

/** Runs `run`, which must throw a UserInputError, and returns its message and extensions for exact assertions. */
export function thrownError(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (error instanceof UserInputError) {
      return { message: error.message, extensions: { ...error.extensions } };
    }
    throw error;
  }
  throw new Error('expected a UserInputError, nothing was thrown');
}
