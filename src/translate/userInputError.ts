import { UserInputError } from '../errors/UserInputError.js';

/** Where a value sits inside the arguments: argument name first, list positions as numbers. */
export type ArgumentPath = ReadonlyArray<string | number>;

/**
 * Prints a path the way clients read it in `extensions.argumentPath`:
 * dotted names and `[i]` for list positions, e.g. `filter.or[1].name.lastName.eq`.
 */
export function printArgumentPath(path: ArgumentPath): string {
  let printed = '';
  for (const segment of path) {
    printed += typeof segment === 'number' ? `[${segment}]` : printed === '' ? segment : `.${segment}`;
  }
  return printed;
}

/**
 * Builds the error for a mistake in the client's arguments: a UserInputError
 * (code BAD_USER_INPUT) with the printed `argumentPath` of the offending value.
 */
export function badUserInput(message: string, path: ArgumentPath): UserInputError {
  return new UserInputError(message, printArgumentPath(path));
}
