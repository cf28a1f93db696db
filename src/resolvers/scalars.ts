import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { isUuid } from '../utils/isUuid.js';

// Inputs are checked strictly (bad input never reaches Twenty); outputs are
// passed through, so a value Twenty sends in a shape we did not foresee never
// breaks a whole query.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** UUID scalar: accepts only 8-4-4-4-12 hexadecimal strings as input. */
export const UUIDScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  serialize: (value) => String(value),
  parseValue: (value) => parseUuid(value),
  parseLiteral: (node) => parseUuid(node.kind === Kind.STRING ? node.value : printable(node)),
});

/** DateTime scalar: accepts ISO-8601 dates and date-times that parse to a real instant. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : printable(node)),
});

/** JSON scalar: any JSON value, in and out. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literalToJson(node, variables),
});

function parseUuid(value: unknown): string {
  if (!isUuid(value)) {
    throw new GraphQLError(`UUID cannot represent ${JSON.stringify(value)}: expected a UUID such as "0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001".`);
  }
  return value.toLowerCase();
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}: expected an ISO-8601 date-time such as "2026-01-05T09:00:00.000Z".`);
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
