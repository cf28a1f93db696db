import { ErrorCode } from './ErrorCode.js';

/**
 * A mistake in the client's arguments, as plain data (no graphql import, so
 * `translate/` can throw it): the message and the printed path of the value at
 * fault. graphql-js copies an error's `extensions` onto the GraphQL error it
 * reports, so clients receive code BAD_USER_INPUT and `argumentPath`.
 */
export class UserInputError extends Error {
  override readonly name = 'UserInputError';
  readonly extensions: { readonly code: typeof ErrorCode.BAD_USER_INPUT; readonly argumentPath: string };

  constructor(message: string, argumentPath: string) {
    super(message);
    this.extensions = { code: ErrorCode.BAD_USER_INPUT, argumentPath };
  }
}
