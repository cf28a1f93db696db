import { GraphQLError } from 'graphql';

/** Runs `run`, which must throw a GraphQLError, and returns its message and extensions for exact assertions. */
export function thrownError(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { message: error.message, extensions: { ...error.extensions } };
    }
    throw error;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}
