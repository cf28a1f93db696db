import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { parseIsoDateTime } from '../utils/isoDateTime.js';
import { isUuid } from '../utils/isUuid.js';

// Inputs are checked strictly (bad input never reaches Twenty); outputs are
// passed through, so a value Twenty sends in a shape we did not foresee never
// breaks a whole query.

/** UUID scalar: accepts only 8-4-4-4-12 hexadecimal strings as input. */
export const UUIDScalar = withSdlDescription(new GraphQLScalarType<string, string>({
  name: 'UUID',
  serialize: (value) => String(value),
  parseValue: (value) => parseUuid(value),
  parseLiteral: (node) => parseUuid(node.kind === Kind.STRING ? node.value : printable(node)),
}));

/**
 * DateTime scalar: accepts a strict ISO-8601 date `YYYY-MM-DD` or date-time
 * `YYYY-MM-DDTHH:mm:ss[.SSS]` with `Z`, `±HH:mm`, `±HHmm` or no zone (read as
 * UTC, as Twenty does) on a real calendar day, and passes it on unchanged.
 */
export const DateTimeScalar = withSdlDescription(new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : printable(node)),
}));

/** JSON scalar: any JSON value, in and out. */
export const JSONScalar = withSdlDescription(new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literalToJson(node, variables),
}));

function parseUuid(value: unknown): string {
  if (!isUuid(value)) {
    throw new GraphQLError(`UUID cannot represent ${JSON.stringify(value)}: expected a UUID such as "0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001".`);
  }
  return value.toLowerCase();
}

function parseDateTime(value: unknown): string {
  // Date.parse rolls impossible days over (Feb 30 → Mar 2): Twenty would
  // store another day, or refuse the filter only after an upstream call.
  if (typeof value !== 'string' || parseIsoDateTime(value) === undefined) {
    throw new GraphQLError(
      `DateTime cannot represent ${JSON.stringify(value)}: expected an ISO-8601 date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:mm:ss[.SSS]" with "Z", an offset such as "+02:00" or no zone (UTC), on a real calendar day, such as "2026-01-05T09:00:00.000Z".`,
    );
  }
  return value;
}

function printable(node: ValueNode): unknown {
  return 'value' in node ? node.value : node.kind;
}

function literalToJson(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => literalToJson(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      return node.value;
  }
}

// graphql-tools copies every own property of a scalar resolver onto the SDL's
// scalar, so an undefined `description` would erase the SDL's description and
// GraphiQL and client codegen would show none. The SDL is the one place a
// scalar is described: the resolver only brings its behaviour.
function withSdlDescription<TInternal, TExternal>(scalar: GraphQLScalarType<TInternal, TExternal>): GraphQLScalarType<TInternal, TExternal> {
  for (const key of ['description', 'specifiedByURL', 'astNode'] as const) {
    if (scalar[key] === undefined || scalar[key] === null) {
      delete (scalar as Partial<Record<typeof key, unknown>>)[key];
    }
  }
  return scalar;
}
