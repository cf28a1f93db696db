import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FieldNode,
  type FragmentSpreadNode,
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLUnionType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type DocumentNode,
} from 'graphql';

import type { Context } from '../context.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { UserInputError } from '../errors/UserInputError.js';
import type { ArgumentChecks } from '../resolvers/argumentChecks.js';
import { assertFilterWithinLimitsOrThrow } from '../translate/compileFilter.js';

// Deeper input values make graphql-js's own (recursive) variable coercion
// overflow the stack (around a thousand levels). The deepest input this schema
// accepts, a filter at its 32 levels of and/or/not, is about 70 levels of
// objects and lists.
const MAX_VARIABLE_DEPTH = 128;

/**
 * Most values (objects, lists and scalars) all variables of an operation may
 * hold. Coercing them costs about a microsecond each, spent before any check
 * can refuse them; a createCompanies batch of 500 records holds about 10,000.
 */
export const MAX_VARIABLE_VALUES = 20_000;

/**
 * Runs every field's argument check over the whole operation before it
 * executes, so bad input anywhere — a nested connection's `first`, a later
 * mutation's data — is refused before the first upstream call, even where no
 * parent record would reach the field. The error carries the field's path.
 */
export function argumentChecksPlugin(checks: ArgumentChecks): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (operation) {
            assertArgumentsOrThrow({ schema, document, operation, variables: request.variables ?? {}, checks, context: contextValue });
          }
        },
      };
    },
  };
}

/** One operation whose arguments `assertArgumentsOrThrow` checks. */
export interface OperationArguments {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The request's variables, before coercion. */
  variables: Record<string, unknown>;
  checks: ArgumentChecks;
  context: Context;
}

/**
 * What argumentChecksPlugin does for one operation, for operations served
 * outside Apollo (subscriptions): the variables' size, then every field's
 * check. Throws the first refusal as a GraphQLError with the field's path;
 * variables that do not coerce are left to execution to report.
 */
export function assertArgumentsOrThrow({ schema, document, operation, variables, checks, context }: OperationArguments): void {
  assertVariablesWithinLimits(variables, operation);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    // Execution reports these itself, with graphql-js's own messages.
    return;
  }
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = rootTypeOf(schema, operation);
  if (root) {
    walk(root, operation.selectionSet, [], { schema, fragments, checks, variables: coerced.coerced, context, seen: new Set() });
  }
}

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  checks: ArgumentChecks;
  variables: Record<string, unknown>;
  context: Context;
  /**
   * Fragments already checked. A fragment's arguments are the same wherever
   * it is spread, so each is walked once per operation: walking every spread
   * would let nested fragments cost exponential time.
   */
  seen: Set<string>;
}

// A union's own selections are its members' inline fragments and spreads
// (search's `record`), so the walk goes on through them.
function walk(type: GraphQLObjectType | GraphQLUnionType, selectionSet: SelectionSetNode, path: string[], state: Walk): void {
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (isObjectType(type) && isIncluded(selection, state)) {
          visitField(type, selection, path, state);
        }
        break;
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition ? state.schema.getType(selection.typeCondition.name.value) : type;
        if ((isObjectType(condition) || isUnionType(condition)) && isIncluded(selection, state)) {
          walk(condition, selection.selectionSet, path, state);
        }
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = state.fragments.get(name);
        const condition = fragment ? state.schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && (isObjectType(condition) || isUnionType(condition)) && !state.seen.has(name) && isIncluded(selection, state)) {
          state.seen.add(name);
          walk(condition, fragment.selectionSet, path, state);
        }
        break;
      }
    }
  }
}

// What graphql-js's collectFields does: @skip(if: true) and @include(if:
// false) leave a selection out of the execution, so out of the checks.
function isIncluded(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, state: Walk): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, state.variables);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, state.variables);
  return skip?.['if'] !== true && include?.['if'] !== false;
}

function visitField(type: GraphQLObjectType | GraphQLUnionType, node: FieldNode, path: string[], state: Walk): void {
  const name = node.name.value;
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!definition) {
    return;
  }
  const responsePath = [...path, node.alias?.value ?? name];
  const check = state.checks.get(`${type.name}.${name}`);
  if (check) {
    try {
      check(getArgumentValues(definition, node, state.variables), state.context);
    } catch (error) {
      throw located(error, node, responsePath);
    }
  }
  const returned = getNamedType(definition.type);
  if (node.selectionSet && (isObjectType(returned) || isUnionType(returned))) {
    walk(returned, node.selectionSet, responsePath, state);
  }
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  return schema.getRootType(operation.operation);
}

// The check's own message and extensions, located at the field it concerns
// (its response path, without list indexes: nothing has run yet).
function located(error: unknown, node: FieldNode, path: string[]): unknown {
  if (!(error instanceof GraphQLError || error instanceof UserInputError)) {
    return error;
  }
  return new GraphQLError(error.message, { nodes: node, path, extensions: { ...error.extensions, http: { status: 400 } } });
}

// Only the variables the operation declares: graphql-js ignores the others.
// All of this runs on the raw values, before graphql-js coerces them.
function assertVariablesWithinLimits(variables: Record<string, unknown>, operation: OperationDefinitionNode): void {
  let values = 0;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = variables[name];
    const measured = measure(value, MAX_VARIABLE_VALUES - values);
    if (measured.depth > MAX_VARIABLE_DEPTH) {
      throw refused(`Variable "$${name}" is nested more than ${MAX_VARIABLE_DEPTH} levels deep.`, `$${name}`);
    }
    values += measured.values;
    if (values > MAX_VARIABLE_VALUES) {
      throw refused(`The variables hold more than ${MAX_VARIABLE_VALUES} values (objects, lists and scalars).`, `$${name}`);
    }
    // Every filter input type is named *Filter: its value goes into a compiled
    // filter, so the filter's size limit applies before coercing it. (Its
    // nesting is checked when it is compiled, at the argument's own path.)
    if (namedTypeOf(definition.type).endsWith('Filter')) {
      try {
        assertFilterWithinLimitsOrThrow(value, [`$${name}`], Number.POSITIVE_INFINITY);
      } catch (error) {
        throw error instanceof UserInputError ? refused(error.message, error.extensions.argumentPath) : error;
      }
    }
  }
}

function refused(message: string, argumentPath: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath, http: { status: 400 } } });
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

// Iterative, so that measuring a hostile value cannot overflow the stack
// itself; it stops past MAX_VARIABLE_DEPTH or past `budget` values.
function measure(value: unknown, budget: number): { depth: number; values: number } {
  let deepest = 0;
  let values = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0 && values <= budget) {
    const [current, depth] = pending.pop() as [unknown, number];
    values += 1;
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_VARIABLE_DEPTH) {
      break;
    }
    const children = Object.values(current);
    if (values + children.length > budget) {
      values += children.length;
      break;
    }
    for (const child of children) {
      pending.push([child, depth + 1]);
    }
  }
  return { depth: deepest, values };
}
