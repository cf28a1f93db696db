import type { Context } from '../context.js';
import { compileConnectionOnce, type ConnectionArgs, type ConnectionTarget } from '../translate/compileConnection.js';

/** Checks one field's arguments without any upstream call; throws a coded GraphQLError or UserInputError. */
export type ArgumentCheck = (args: Record<string, unknown>, context: Context) => void;

/** Checks by schema coordinate, e.g. `Company.people` or `Mutation.createCompany`. */
export type ArgumentChecks = ReadonlyMap<string, ArgumentCheck>;

/** The check of a connection field: its filter, orderBy and page arguments compile. */
export function connectionCheck(target: ConnectionTarget): ArgumentCheck {
  return (args, context) => {
    compileConnectionOnce(context.compilations, target, args as ConnectionArgs, context.paging);
  };
}
