import type { ObjectFieldSpecs } from './fieldSpecs.js';
import { type ArgumentPath, badUserInput, printArgumentPath } from './userInputError.js';

/** Twenty's sort directions, with explicit null placement (contract §4.1). */
export type OrderByDirection = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';

/**
 * One `<Type>OrderBy` list item: exactly one field set, to a direction, or for
 * a composite to an object setting exactly one sub-field.
 */
export type OrderByInput = {
  readonly [field: string]:
    | OrderByDirection
    | { readonly [subField: string]: OrderByDirection | null | undefined }
    | null
    | undefined;
};

/** One sort key: `['createdAt']` or a composite's `['name', 'lastName']`. */
export interface OrderByItem {
  path: readonly string[];
  direction: OrderByDirection;
}

/**
 * A compiled sort: Twenty's `order_by` value (undefined for Twenty's default,
 * id ascending) and its keys, which also decide the keys of every cursor.
 */
export interface CompiledOrderBy {
  text: string | undefined;
  items: readonly OrderByItem[];
}

const DIRECTIONS: readonly OrderByDirection[] = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'];

const REVERSED: Readonly<Record<OrderByDirection, OrderByDirection>> = {
  AscNullsFirst: 'DescNullsLast',
  AscNullsLast: 'DescNullsFirst',
  DescNullsFirst: 'AscNullsLast',
  DescNullsLast: 'AscNullsFirst',
};

/**
 * Compiles `orderBy` into Twenty's `order_by`, e.g.
 * `createdAt[DescNullsLast],name.lastName[AscNullsFirst]`. Throws
 * BAD_USER_INPUT for an item that does not set exactly one field (one
 * sub-field for composites), a field not in `fields` or of kind
 * multiSelect, a whole composite, or a key ordered twice.
 */
export function compileOrderBy(
  input: ReadonlyArray<OrderByInput> | undefined,
  fields: ObjectFieldSpecs,
  argumentPath: ArgumentPath,
): CompiledOrderBy {
  const items = (input ?? []).map((item, index) => toItem(item, fields, [...argumentPath, index]));
  items.forEach((item, index) => {
    const key = item.path.join('.');
    if (items.findIndex((other) => other.path.join('.') === key) !== index) {
      const at = [...argumentPath, index];
      throw badUserInput(`"${printArgumentPath(at)}" orders by ${key} a second time.`, at);
    }
  });
  return toCompiled(items);
}

/**
 * The exact opposite order: every direction flipped, plus `id[DescNullsLast]`
 * when `id` was only Twenty's implicit tie-breaker, so reading it forward
 * yields the original rows backwards.
 */
export function reverseOrderBy(items: readonly OrderByItem[]): CompiledOrderBy {
  const reversed = items.map((item) => ({ path: item.path, direction: REVERSED[item.direction] }));
  // Twenty appends `id` AscNullsFirst unless id is ordered (contract §4.1);
  // that implicit key must be reversed too, so it is made explicit.
  return toCompiled(isIdOrdered(items) ? reversed : [...reversed, { path: ['id'], direction: 'DescNullsLast' }]);
}

function isIdOrdered(items: readonly OrderByItem[]): boolean {
  return items.some((item) => item.path.length === 1 && item.path[0] === 'id');
}

function toCompiled(items: OrderByItem[]): CompiledOrderBy {
  return {
    text: items.length === 0 ? undefined : items.map((item) => `${item.path.join('.')}[${item.direction}]`).join(','),
    items,
  };
}

function toItem(input: OrderByInput, fields: ObjectFieldSpecs, at: ArgumentPath): OrderByItem {
  const [field, value] = onlyEntry(input, at, 'field');
  const here = [...at, field];
  const spec = Object.hasOwn(fields, field) ? fields[field] : undefined;
  // A MULTI_SELECT value is a list of options, which has no order a reader
  // would expect, so it is never orderable (nor such a sub-field), even if
  // listed in `fields`.
  if (spec === undefined || spec.kind === 'multiSelect') {
    throw badUserInput(`Unknown orderBy field "${field}" at "${printArgumentPath(here)}".`, here);
  }
  if (spec.kind !== 'composite') {
    return { path: [field], direction: directionAt(value, here) };
  }
  // Twenty refuses to order by a whole composite field (contract §4.1).
  if (typeof value !== 'object' || value === null) {
    throw badUserInput(`"${printArgumentPath(here)}" is a composite field: order by one of its sub-fields.`, here);
  }
  const [subField, direction] = onlyEntry(value, at, 'sub-field');
  const subHere = [...here, subField];
  if (!Object.hasOwn(spec.subFields, subField) || spec.subFields[subField] === 'multiSelect') {
    throw badUserInput(`Unknown orderBy sub-field "${subField}" of "${field}" at "${printArgumentPath(subHere)}".`, subHere);
  }
  return { path: [field, subField], direction: directionAt(direction, subHere) };
}

function onlyEntry(input: object, at: ArgumentPath, what: string): [string, unknown] {
  const entries = Object.entries(input).filter(([, value]) => value !== undefined && value !== null);
  const [only] = entries;
  if (entries.length !== 1 || only === undefined) {
    throw badUserInput(
      `Each orderBy item sets exactly one ${what}; "${printArgumentPath(at)}" sets ${entries.length === 0 ? 'none' : entries.map(([key]) => key).join(', ')}.`,
      at,
    );
  }
  return only;
}

function directionAt(value: unknown, at: ArgumentPath): OrderByDirection {
  const direction = DIRECTIONS.find((candidate) => candidate === value);
  if (direction === undefined) {
    throw badUserInput(
      `Expected one of ${DIRECTIONS.join(', ')} at "${printArgumentPath(at)}", found ${JSON.stringify(value)}.`,
      at,
    );
  }
  return direction;
}
