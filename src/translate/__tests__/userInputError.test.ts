import { describe, expect, it } from 'vitest';

import { UserInputError } from '../../errors/UserInputError.js';
import { badUserInput, printArgumentPath } from '../userInputError.js';

describe('printArgumentPath', () => {
  it.each([
    [['filter', 'or', 1, 'name', 'lastName', 'eq'], 'filter.or[1].name.lastName.eq'],
    [['orderBy', 0], 'orderBy[0]'],
    [['first'], 'first'],
    [['filter', 'city', 'in', 2], 'filter.city.in[2]'],
    [[], ''],
  ])('prints %j as %s', (path, printed) => {
    expect(printArgumentPath(path)).toBe(printed);
  });
});

describe('badUserInput', () => {
  it('builds a UserInputError with code BAD_USER_INPUT and the printed path', () => {
    const error = badUserInput('Nope.', ['filter', 'and', 0, 'city']);
    expect(error).toBeInstanceOf(UserInputError);
    expect(error.message).toBe('Nope.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentPath: 'filter.and[0].city' });
  });
});
