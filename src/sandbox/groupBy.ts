/**
 * Twenty's `GET /rest/{objects}/groupBy` in the sandbox (contract §1.1,
 * §2.1): the `group_by`, `aggregate` and `order_by` arguments checked as
 * Twenty's group-by parsers check them (validate-and-transform-group-by-fields,
 * GraphqlQueryOrderGroupByParser), with its 400 texts, and resolved into the
 * shared computation of src/model/groupBy.ts.
 */
import {
  type AggregateDefinition,
  availableAggregations,
  DATE_GRANULARITIES,
  type DateGranularity,
  type DimensionValueType,
  GRANULARITIES_WITH_TIME_ZONE,
  type GroupDimension,
  type GroupOrderItem,
  isGroupableField,
  isKnownTimeZone,
  type OrderDirection,
  WEEK_START_DAYS,
  type WeekStartDay,
} from '../model/groupBy.js';
import { compositeSubFields, recordKeyOf } from './standardObjects.js';
import { badRequest, type FieldMetadata, type ObjectMetadata, type SandboxRecord } from './types.js';

/** What the sandbox needs besides the object: the other objects, and their live records by id. */
export interface GroupByScope {
  objectById(id: string): ObjectMetadata | undefined;
  liveRecord(object: ObjectMetadata, id: string): SandboxRecord | undefined;
}

/** The groups' dimensions, aggregates and order, checked against the object. */
export interface GroupByPlan {
  dimensions: GroupDimension[];
  aggregates: Map<string, AggregateDefinition>;
  orderBy: GroupOrderItem[];
}

/** One dimension and what it groups by, for `order_by` to find it. */
interface Dimension {
  dimension: GroupDimension;
  field: FieldMetadata;
  nestedField?: FieldMetadata;
  subField?: string;
}

const DIRECTIONS: ReadonlySet<string> = new Set(['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast']);

/** The example every `group_by` refusal of the REST parser quotes (parse-group-by-rest-request.util.ts). */
export const GROUP_BY_PARAM_ERROR = `Invalid group_by query parameter - should be a valid array of objects - ex: [{"firstField": true}, {"secondField": {"subField": true}}, {"dateField": {"granularity": 'DAY'}}]`;

/**
 * Checks `groupBy` (parsed `group_by`), the aggregate names and `orderBy`
 * (parsed `order_by`, or undefined) against `object`'s active fields and
 * returns the plan; throws Twenty's 400 for what it refuses. Unknown
 * aggregate names are left out of the answer.
 */
export function resolveGroupByOrThrow(
  object: ObjectMetadata,
  groupBy: unknown,
  aggregateNames: readonly string[],
  orderBy: unknown,
  scope: GroupByScope,
): GroupByPlan {
  const dimensions = dimensionsOrThrow(object, groupBy, scope);
  const available = availableAggregations(activeFields(object));
  const aggregates = new Map<string, AggregateDefinition>();
  for (const name of aggregateNames) {
    const definition = available.get(name);
    if (definition !== undefined) {
      aggregates.set(name, definition);
    }
  }
  return { dimensions: dimensions.map(({ dimension }) => dimension), aggregates, orderBy: orderOrThrow(object, orderBy, dimensions, available) };
}

function activeFields(object: ObjectMetadata): FieldMetadata[] {
  return object.fields.filter((field) => field.isActive);
}

function dimensionsOrThrow(object: ObjectMetadata, groupBy: unknown, scope: GroupByScope): Dimension[] {
  if (!Array.isArray(groupBy)) {
    throw badRequest(GROUP_BY_PARAM_ERROR);
  }
  const dimensions: Dimension[] = [];
  for (const entry of groupBy) {
    if (!isPlainObject(entry)) {
      throw badRequest(GROUP_BY_PARAM_ERROR);
    }
    singleKeyOrThrow(entry, 'You cannot provide multiple fields in one GroupByInput, split them into multiple GroupByInput');
    for (const [name, definition] of Object.entries(entry)) {
      dimensions.push(dimensionOrThrow(object, name, definition, scope));
    }
  }
  return dimensions;
}

function dimensionOrThrow(object: ObjectMetadata, name: string, definition: unknown, scope: GroupByScope): Dimension {
  const fields = activeFields(object);
  const byName = fields.find((field) => field.name === name);
  const byJoinColumn = byName === undefined ? fields.find((field) => field.type === 'RELATION' && recordKeyOf(field) === name) : undefined;
  const field = byName ?? byJoinColumn;
  if (field === undefined) {
    throw badRequest(`Unidentified field in groupBy: ${name}`);
  }
  if (!isGroupableField(field) || (field.type === 'RELATION' && recordKeyOf(field) === null)) {
    throw badRequest(`Field "${name}" is not supported in groupBy`);
  }
  if (field.type === 'RELATION') {
    // `companyId: true` groups by the joined company's id (Twenty normalises it to `company: {id: true}`).
    if (byJoinColumn !== undefined && definition === true) {
      return relationDimensionOrThrow(field, { id: true }, scope);
    }
    if (isPlainObject(definition) && !isDateDefinition(definition)) {
      return relationDimensionOrThrow(field, definition, scope);
    }
  }
  const read = (record: Readonly<Record<string, unknown>>) => record[name];
  if ((field.type === 'DATE' || field.type === 'DATE_TIME') && isDateDefinition(definition)) {
    return { field, dimension: dateDimensionOrThrow(field, read, definition) };
  }
  if (isPlainObject(definition) && 'unnest' in definition) {
    return { field, dimension: { read, valueType: valueTypeOf(field.type), unnest: true } };
  }
  if (definition === true) {
    return { field, dimension: { read, valueType: valueTypeOf(field.type) } };
  }
  if (isPlainObject(definition)) {
    const subField = subFieldOrThrow(field, name, definition);
    const kind = compositeSubFields(field.type)?.[subField] ?? 'TEXT';
    return {
      field,
      subField,
      dimension: { read: (record) => subValue(record[name], subField), valueType: valueTypeOf(kind) },
    };
  }
  throw badRequest(`Invalid groupBy definition for field "${name}"`);
}

function relationDimensionOrThrow(field: FieldMetadata, definition: Record<string, unknown>, scope: GroupByScope): Dimension {
  const target = field.relation === null ? undefined : scope.objectById(field.relation.targetObjectMetadata.id);
  const joinColumn = recordKeyOf(field);
  if (target === undefined || joinColumn === null) {
    throw badRequest(`Field "${field.name}" is not supported in groupBy`);
  }
  singleKeyOrThrow(definition, 'You cannot provide multiple nested fields in one relation GroupByInput, split them into multiple GroupByInput');
  const [nestedName = '', nestedDefinition] = Object.entries(definition)[0] ?? [];
  const nestedField = activeFields(target).find((candidate) => candidate.name === nestedName);
  if (nestedField === undefined) {
    throw badRequest(`Nested field "${nestedName}" not found in target object "${target.nameSingular}"`);
  }
  if (nestedName !== 'id' && !isGroupableField(nestedField)) {
    throw badRequest(`Nested field "${nestedName}" is not supported in groupBy`);
  }
  if (nestedField.type === 'RELATION') {
    throw badRequest(`Cannot group by a relation field of the relation field: "${nestedName}" is a relation field of "${target.nameSingular}"`);
  }
  // A LEFT JOIN on the live target row: no row (or a soft-deleted one) reads as null.
  const joined = (record: Readonly<Record<string, unknown>>) => {
    const id = record[joinColumn];
    return typeof id === 'string' ? scope.liveRecord(target, id) : undefined;
  };
  const read = (record: Readonly<Record<string, unknown>>) => joined(record)?.[nestedName];
  if ((nestedField.type === 'DATE' || nestedField.type === 'DATE_TIME') && isDateDefinition(nestedDefinition)) {
    return { field, nestedField, dimension: dateDimensionOrThrow(nestedField, read, nestedDefinition) };
  }
  if (compositeSubFields(nestedField.type) !== undefined) {
    if (!isPlainObject(nestedDefinition)) {
      throw badRequest(`Composite field "${nestedName}" requires a subfield to be specified`);
    }
    const subField = subFieldOrThrow(nestedField, nestedName, nestedDefinition);
    const kind = compositeSubFields(nestedField.type)?.[subField] ?? 'TEXT';
    return { field, nestedField, subField, dimension: { read: (record) => subValue(read(record), subField), valueType: valueTypeOf(kind) } };
  }
  if (nestedDefinition !== true) {
    throw badRequest(`Invalid groupBy definition for field "${field.name}"`);
  }
  return { field, nestedField, dimension: { read, valueType: nestedName === 'id' ? 'uuid' : valueTypeOf(nestedField.type) } };
}

function dateDimensionOrThrow(
  field: FieldMetadata,
  read: GroupDimension['read'],
  definition: { granularity: DateGranularity; timeZone?: unknown; weekStartDay?: unknown },
): GroupDimension {
  const dimension: GroupDimension = { read, valueType: field.type === 'DATE' ? 'date' : 'timestamptz', granularity: definition.granularity };
  const needsZone = GRANULARITIES_WITH_TIME_ZONE.has(definition.granularity) && field.type === 'DATE_TIME';
  const timeZone = typeof definition.timeZone === 'string' && definition.timeZone !== '' ? definition.timeZone : undefined;
  if (needsZone && timeZone === undefined) {
    throw badRequest('Time zone should be specified for a group by date on Day, Week, Month, Quarter or Year');
  }
  if (needsZone && timeZone !== undefined) {
    if (!isKnownTimeZone(timeZone)) {
      throw badRequest(`Invalid timezone: ${timeZone}`);
    }
    dimension.timeZone = timeZone;
  }
  if (WEEK_START_DAYS.includes(definition.weekStartDay as WeekStartDay)) {
    dimension.weekStartDay = definition.weekStartDay as WeekStartDay;
  }
  return dimension;
}

function subFieldOrThrow(field: FieldMetadata, name: string, definition: Record<string, unknown>): string {
  const subFields = compositeSubFields(field.type);
  if (subFields === undefined) {
    throw badRequest(`Field "${name}" does not support nested subfields in groupBy`);
  }
  singleKeyOrThrow(definition, 'You cannot provide multiple subfields in one GroupByInput, split them into multiple GroupByInput');
  const [subField = ''] = Object.keys(definition);
  const kind = subFields[subField];
  if (kind === undefined || kind === 'RAW_JSON') {
    throw badRequest(`Composite subfield "${subField}" is not supported in groupBy for "${name}"`);
  }
  if (definition[subField] !== true) {
    throw badRequest(`Composite subfield "${subField}" must be set to true in groupBy for "${name}"`);
  }
  return subField;
}

// GraphqlQueryOrderGroupByParser: aggregates, or the fields grouped by.
function orderOrThrow(object: ObjectMetadata, orderBy: unknown, dimensions: readonly Dimension[], available: ReadonlyMap<string, AggregateDefinition>): GroupOrderItem[] {
  if (orderBy === undefined) {
    return [];
  }
  if (!Array.isArray(orderBy)) {
    throw badRequest(ORDER_BY_PARAM_ERROR);
  }
  const items: GroupOrderItem[] = [];
  for (const entry of orderBy) {
    if (!isPlainObject(entry)) {
      throw badRequest(`Unknown orderBy value: ${String(entry)}`);
    }
    if (entry['aggregate'] !== undefined && entry['aggregate'] !== null) {
      const aggregate = isPlainObject(entry['aggregate']) ? entry['aggregate'] : {};
      singleKeyOrThrow(aggregate, 'Please provide aggregate criteria one by one in orderBy array');
      const [name = '', direction] = Object.entries(aggregate)[0] ?? [];
      const definition = available.get(name);
      if (definition === undefined) {
        throw badRequest(`Unknown aggregate field: ${name}`);
      }
      items.push({ aggregate: definition, direction: directionOrThrow(direction) });
      continue;
    }
    singleKeyOrThrow(entry, 'Please provide orderBy field criteria one by one in orderBy array');
    const [name = '', value] = Object.entries(entry)[0] ?? [];
    const field = activeFields(object).find((candidate) => candidate.name === name);
    if (field === undefined) {
      throw badRequest(`Cannot orderBy unknown field: ${name}.`);
    }
    const notGrouped = badRequest(`Cannot order by a field that is not an aggregate nor in groupBy criteria: ${name}.`);
    if (typeof value === 'string' && DIRECTIONS.has(value)) {
      const index = dimensions.findIndex((dimension) => dimension.field.id === field.id);
      if (index < 0) {
        throw notGrouped;
      }
      items.push({ dimension: index, direction: value as OrderDirection });
      continue;
    }
    if (!isPlainObject(value)) {
      throw badRequest(`Unknown orderBy value: ${String(value)}`);
    }
    if ((field.type === 'DATE' || field.type === 'DATE_TIME') && typeof value['orderBy'] === 'string' && DIRECTIONS.has(value['orderBy'])) {
      const index = dimensions.findIndex((dimension) => dimension.field.id === field.id && dimension.dimension.granularity === value['granularity']);
      if (index < 0) {
        throw notGrouped;
      }
      items.push({ dimension: index, direction: value['orderBy'] as OrderDirection });
      continue;
    }
    singleKeyOrThrow(value, 'Subfields must be provided one by one in orderBy array.');
    const [inner = '', direction] = Object.entries(value)[0] ?? [];
    const index = dimensions.findIndex(
      (dimension) => dimension.field.id === field.id && (field.type === 'RELATION' ? dimension.nestedField?.name === inner : dimension.subField === inner),
    );
    if (index < 0) {
      throw field.type === 'RELATION' ? notGrouped : badRequest(`Cannot order by a field that is not in groupBy or that is not an aggregate field: ${inner}`);
    }
    items.push({ dimension: index, direction: directionOrThrow(direction) });
  }
  return items;
}

/** The example of `order_by` refusals on the groupBy route (parse-order-by-with-group-by-rest-request.util.ts). */
export const ORDER_BY_PARAM_ERROR = `Invalid order_by query parameter - should be a valid array of objects - ex: [{"firstField": "AscNullsFirst"}, {"secondField": {"subField": "DescNullsLast"}}, {"aggregate": {"aggregateField": "DescNullsLast"}}, {dateField: {"orderBy": "AscNullsFirst", "granularity": "DAY"}}]`;

function directionOrThrow(value: unknown): OrderDirection {
  if (typeof value !== 'string' || !DIRECTIONS.has(value)) {
    throw badRequest(`Unknown orderBy value: ${String(value)}`);
  }
  return value as OrderDirection;
}

function singleKeyOrThrow(value: Record<string, unknown>, message: string): void {
  if (Object.keys(value).length > 1) {
    throw badRequest(message);
  }
}

function isDateDefinition(value: unknown): value is { granularity: DateGranularity; timeZone?: unknown; weekStartDay?: unknown } {
  return isPlainObject(value) && DATE_GRANULARITIES.includes(value['granularity'] as DateGranularity);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function subValue(value: unknown, subField: string): unknown {
  return isPlainObject(value) ? value[subField] : null;
}

// The Postgres type of a field's column (fieldMetadataTypeToColumnType), as a group's value.
function valueTypeOf(type: string): DimensionValueType {
  switch (type) {
    case 'NUMBER':
    case 'POSITION':
      return 'float';
    case 'NUMERIC':
      return 'numeric';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATE_TIME':
      return 'timestamptz';
    case 'DATE':
      return 'date';
    case 'UUID':
    case 'RELATION':
      return 'uuid';
    case 'MULTI_SELECT':
    case 'ARRAY':
    case 'RAW_JSON':
      return 'json';
    default:
      return 'text';
  }
}
