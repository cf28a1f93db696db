/**
 * The aggregate and groupBy SDL of one object, generated from its fields
 * beside the rest of its SDL (buildWorkspaceSdl.ts): `<plural>Aggregate`
 * with Twenty's aggregate fields (`totalCount`, `countEmpty<Field>`,
 * `sum<Field>AmountMicros`…), and `<plural>GroupBy` with one input field per
 * groupable field and a typed key per group. The shared types (date buckets,
 * the report) are hand-written in schema/aggregates.graphql.
 */
import { type AggregateDefinition, availableAggregations, isGroupableField, RECORDS_PER_GROUP_LIMIT } from '../model/groupBy.js';
import { GROUP_LIMITS } from '../translate/compileGroupBy.js';

/** What the generation reads of a field (a subset of buildWorkspaceSdl's FieldMeta). */
export interface AggregateFieldMeta {
  name: string;
  type: string;
  isSystem?: boolean;
}

/** What the object's generator knows besides the fields: the names it gives. */
export interface AggregateSdlContext<F extends AggregateFieldMeta> {
  /** The object's GraphQL type, e.g. `Opportunity`. */
  typeName: string;
  /** Its REST plural and list field, e.g. `opportunities`. */
  plural: string;
  /** The fields its GraphQL type exposes (active, with GraphQL names). */
  fields: readonly F[];
  enumNameOf(field: F): string;
  /** A MANY_TO_ONE relation's join column, or undefined for any other field. */
  joinColumnOf(field: F): string | undefined;
  /** The GraphQL type of a MANY_TO_ONE relation's target when that object is exposed. */
  targetTypeOf(field: F): string | undefined;
}

/** GraphQL output type of each composite field type (schema/common.graphql), for the registry to read back. */
export const COMPOSITE_OUTPUT_TYPES: Readonly<Record<string, string>> = {
  FULL_NAME: 'FullName',
  EMAILS: 'Emails',
  PHONES: 'Phones',
  LINKS: 'Links',
  CURRENCY: 'Currency',
  ADDRESS: 'Address',
  ACTOR: 'Actor',
  RICH_TEXT_V2: 'RichText',
};

/** Records a group carries in `records` (Twenty's RECORDS_PER_GROUP_LIMIT). */
export const RECORDS_PER_GROUP = RECORDS_PER_GROUP_LIMIT;

/** The suffix of the currency figures in units (`sumAmountAmount`), beside Twenty's micros. */
export const AMOUNT_SUFFIX = 'Amount';
const MICROS_SUFFIX = 'AmountMicros';

// Field types grouped by value (a key of their own type) or by date bucket.
const VALUE_KEY_TYPES: Readonly<Record<string, string>> = {
  BOOLEAN: 'Boolean',
  TEXT: 'String',
  NUMBER: 'Float',
  NUMERIC: 'Float',
  UUID: 'UUID',
};
const ENUM_KEY_TYPES = new Set(['SELECT', 'RATING']);
const DATE_TYPES = new Set(['DATE', 'DATE_TIME']);
// Fields no aggregate reads (Twenty's skip relations; the others are not in the type).
const NOT_AGGREGATED = new Set(['RELATION', 'MORPH_RELATION', 'TS_VECTOR']);
// Twenty also counts these, but every record has an id (its counts are
// totalCount's) and a position: left out of the schema as noise.
const NOT_AGGREGATED_FIELDS = new Set(['id', 'position']);

/** The type and Query field names an object's aggregate SDL takes. */
export function aggregateNamesOf(typeName: string, plural: string): { types: string[]; queries: string[] } {
  return {
    types: [`${typeName}Aggregate`, `${typeName}Group`, `${typeName}GroupKey`, `${typeName}GroupByInput`, `${typeName}GroupByResult`],
    queries: [`${plural}Aggregate`, `${plural}GroupBy`],
  };
}

/**
 * The aggregate fields of an object's `<Type>Aggregate`, by GraphQL name:
 * Twenty's (from src/model/groupBy.ts), plus the figures of each currency in
 * units (`sumAmountAmount` beside `sumAmountAmountMicros`).
 */
export function aggregateFieldsOf(fields: readonly AggregateFieldMeta[]): Map<string, { definition: AggregateDefinition; twentyName: string; inUnits: boolean }> {
  const result = new Map<string, { definition: AggregateDefinition; twentyName: string; inUnits: boolean }>();
  const aggregated = fields.filter((field) => !NOT_AGGREGATED.has(field.type) && !NOT_AGGREGATED_FIELDS.has(field.name));
  for (const [name, definition] of availableAggregations(aggregated)) {
    result.set(name, { definition, twentyName: name, inUnits: false });
    if (name.endsWith(MICROS_SUFFIX) && definition.numericSubField === 'amountMicros') {
      const inUnits = `${name.slice(0, -MICROS_SUFFIX.length)}${AMOUNT_SUFFIX}`;
      if (!result.has(inUnits)) {
        result.set(inUnits, { definition, twentyName: name, inUnits: true });
      }
    }
  }
  return result;
}

/**
 * Returns the aggregate SDL of one object: the `<Type>Aggregate` type and
 * its Query field, and, when some field can be grouped by, the groupBy
 * types and Query field. A field whose aggregate name another field already
 * took is left out with a warning.
 */
export function aggregateSdl<F extends AggregateFieldMeta>(context: AggregateSdlContext<F>, warnings: string[]): string {
  const { typeName, plural } = context;
  const aggregateLines = [`${doc('Number of records.', '  ')}  totalCount: Int!`];
  for (const [name, { definition, inUnits }] of aggregateFieldsOf(context.fields)) {
    if (name === 'totalCount') {
      continue;
    }
    if (inUnits) {
      aggregateLines.push(`${doc(`${describeOperation(definition)} ${definition.field}, in units of its currency (amountMicros / 1,000,000).`, '  ')}  ${name}: Float`);
      continue;
    }
    aggregateLines.push(`  ${name}: ${outputTypeOf(definition)}`);
  }
  const blocks = [
    `${doc(
      `Aggregates of ${typeName} records, named as Twenty names them: \`countEmpty<Field>\`, \`countNotEmpty<Field>\`, \`countUniqueValues<Field>\`, \`percentageEmpty<Field>\` and \`percentageNotEmpty<Field>\` for every field (a composite is empty when all its parts are), \`min\`/\`max\` of dates, \`countTrue\`/\`countFalse\` of booleans, \`min\`/\`max\`/\`avg\`/\`sum\` of numbers and of currencies (\`…AmountMicros\`, and \`…Amount\` in units). Currencies are summed whatever their code: filter on the code to keep them apart. Over no record, totalCount is 0 and the others are null.`,
      '',
    )}type ${typeName}Aggregate {\n${aggregateLines.join('\n')}\n}`,
  ];
  const group = groupBySdl(context, warnings);
  if (group.length > 0) {
    blocks.push(...group);
  }
  const queryLines = [
    `${doc(`Aggregates of the ${typeName} records matching \`filter\` (all of them without one), in one upstream request where Twenty has its groupBy route.`, '  ')}  ${plural}Aggregate(filter: ${typeName}Filter): ${typeName}Aggregate`,
  ];
  if (group.length > 0) {
    queryLines.push(
      `${doc(
        `${typeName} records matching \`filter\`, in groups: one per combination of the values \`groupBy\` lists (each entry names one field), with their aggregates and first records. Groups come in Twenty's order, by their values ascending (a select's options by value), empty values last; at most \`limit\` (at most ${GROUP_LIMITS.max}). Groups with no record are not listed. \`orderByForRecords\` sorts each group's \`records\`.`,
        '  ',
      )}  ${plural}GroupBy(groupBy: [${typeName}GroupByInput!]!, filter: ${typeName}Filter, orderByForRecords: [${typeName}OrderBy!], limit: Int = ${GROUP_LIMITS.default}): ${typeName}GroupByResult`,
    );
  }
  blocks.push(`extend type Query {\n${queryLines.join('\n')}\n}`);
  return `${blocks.join('\n\n')}\n`;
}

/** A groupable field of the object: the GroupByInput field and key field it gives. */
export interface GroupableField<F> {
  field: F;
  /** The name in GroupByInput and the key: the field's, or its join column's. */
  name: string;
  input: 'Boolean' | 'GroupByDateInput';
  keyType: string;
  /** MANY_TO_ONE: the relation field the key also gets, and its target type. */
  relation?: { name: string; targetType: string };
}

/** The fields a group can be keyed by, in field order. */
export function groupableFieldsOf<F extends AggregateFieldMeta>(context: AggregateSdlContext<F>): GroupableField<F>[] {
  const groupable: GroupableField<F>[] = [];
  for (const field of context.fields) {
    if (!isGroupableField(field)) {
      continue;
    }
    if (field.type === 'RELATION') {
      const joinColumn = context.joinColumnOf(field);
      if (joinColumn !== undefined) {
        const targetType = context.targetTypeOf(field);
        groupable.push({ field, name: joinColumn, input: 'Boolean', keyType: 'UUID', ...(targetType === undefined ? {} : { relation: { name: field.name, targetType } }) });
      }
      continue;
    }
    const keyType = ENUM_KEY_TYPES.has(field.type) ? context.enumNameOf(field) : DATE_TYPES.has(field.type) ? 'String' : VALUE_KEY_TYPES[field.type];
    if (keyType !== undefined && field.name !== 'id') {
      groupable.push({ field, name: field.name, input: DATE_TYPES.has(field.type) ? 'GroupByDateInput' : 'Boolean', keyType });
    }
  }
  return groupable;
}

function groupBySdl<F extends AggregateFieldMeta>(context: AggregateSdlContext<F>, warnings: string[]): string[] {
  const { typeName } = context;
  const taken = new Set<string>();
  const inputLines: string[] = [];
  const keyLines: string[] = [];
  const relationLines: string[] = [];
  for (const groupable of groupableFieldsOf(context)) {
    if (taken.has(groupable.name)) {
      warnings.push(`${typeName}GroupKey.${groupable.name}: two fields give this name; the second is not a group key.`);
      continue;
    }
    taken.add(groupable.name);
    const isDate = groupable.input === 'GroupByDateInput';
    inputLines.push(`  ${groupable.name}: ${groupable.input}`);
    keyLines.push(`${isDate ? doc('The date bucket: its first day (`2025-02-03`), a day or month name, `Q1`…, or the exact date-time with NONE.', '  ') : ''}  ${groupable.name}: ${groupable.keyType}`);
    if (groupable.relation !== undefined && !taken.has(groupable.relation.name)) {
      taken.add(groupable.relation.name);
      relationLines.push(`  ${groupable.relation.name}: ${groupable.relation.targetType} @relation(joinColumn: "${groupable.name}")`);
    }
  }
  if (inputLines.length === 0) {
    return [];
  }
  return [
    `${doc(`One field to group ${typeName} records by: set exactly one (dates with their bucket).`, '')}input ${typeName}GroupByInput {\n${inputLines.join('\n')}\n}`,
    `${doc(`The values a group of ${typeName} records shares, under the fields grouped by; the others are null.`, '')}type ${typeName}GroupKey {\n${keyLines.join('\n')}\n}`,
    ...(relationLines.length > 0 ? [`extend type ${typeName}GroupKey {\n${relationLines.join('\n')}\n}`] : []),
    `${doc(`One group of ${typeName} records.`, '')}type ${typeName}Group {\n${doc("Twenty's `groupByDimensionValues`: the group's value for each `groupBy` entry, in order, as text; null for an empty value.", '  ')}  groupByDimensionValues: [String]!\n${doc('The same values, typed, under the fields grouped by.', '  ')}  key: ${typeName}GroupKey!\n  aggregate: ${typeName}Aggregate!\n${doc(`The group's first records (Twenty's records sample: at most ${RECORDS_PER_GROUP}), in \`orderByForRecords\` order then by id.`, '  ')}  records: [${typeName}!]!\n}`,
    `type ${typeName}GroupByResult {\n  groups: [${typeName}Group!]!\n${doc('True when more groups than `limit` exist.', '  ')}  hasMore: Boolean!\n  report: AggregateReport!\n}`,
  ];
}

function outputTypeOf(definition: AggregateDefinition): string {
  switch (definition.operation) {
    case 'COUNT':
      return 'Int!';
    case 'COUNT_EMPTY':
    case 'COUNT_NOT_EMPTY':
    case 'COUNT_UNIQUE_VALUES':
    case 'COUNT_TRUE':
    case 'COUNT_FALSE':
      return 'Int';
    case 'PERCENTAGE_EMPTY':
    case 'PERCENTAGE_NOT_EMPTY':
      return 'Float';
    default:
      return definition.valueType === 'timestamptz' || definition.valueType === 'date' ? 'DateTime' : 'Float';
  }
}

function describeOperation(definition: AggregateDefinition): string {
  switch (definition.operation) {
    case 'MIN':
      return 'Smallest';
    case 'MAX':
      return 'Largest';
    case 'AVG':
      return 'Average';
    default:
      return 'Sum of';
  }
}

function doc(text: string, indent: string): string {
  return `${indent}"""\n${indent}${text.replaceAll('"""', '\\"""')}\n${indent}"""\n`;
}
