/**
 * The relation filters of the generated SDL (src/schema/buildWorkspaceSdl.ts
 * calls these): a many-to-one relation filters by the related record's fields
 * (`people(filter: { company: { name: { eq: "Acme" } } })`), a one-to-many
 * relation by whether `some` or `none` of its records match
 * (`companies(filter: { people: { some: { city: { eq: "Paris" } } } })`).
 */

/** The suffix of the `<Type>RelationFilter` input of every object. */
export const RELATION_FILTER_SUFFIX = 'RelationFilter';

// Names a relation filter field cannot take in a `<Type>Filter`.
const LOGICAL = new Set(['and', 'or', 'not']);

/** The type names the relation filters of object type `type` take. */
export function relationFilterTypeNames(type: string): string[] {
  return [`${type}${RELATION_FILTER_SUFFIX}`];
}

/** The `<Type>Filter` lines of a many-to-one relation `field` to `targetType` (none for a name the filter reserves). */
export function manyToOneFilterLines(field: string, targetType: string): string[] {
  if (LOGICAL.has(field)) {
    return [];
  }
  return [
    `  """\n  Records whose \`${field}\` is set and meets these conditions (one relation deep: no relation filter inside).\n  """\n  ${field}: ${targetType}Filter`,
  ];
}

/** The `<Type>Filter` lines of a one-to-many relation `field` to `targetType`. */
export function oneToManyFilterLines(field: string, targetType: string): string[] {
  if (LOGICAL.has(field)) {
    return [];
  }
  return [`  """\n  Records by their \`${field}\`: \`some\` of them, or \`none\`, meet the conditions.\n  """\n  ${field}: ${targetType}${RELATION_FILTER_SUFFIX}`];
}

/** The `<Type>RelationFilter` input of object type `type`. */
export function relationFilterInputSdl(type: string): string {
  return `"""
A one-to-many relation's condition on its ${type} records (one relation deep: no relation filter inside).
"""
input ${type}${RELATION_FILTER_SUFFIX} {
  """
  At least one related record meets these conditions (\`{}\`: there is at least one).
  """
  some: ${type}Filter
  """
  No related record meets these conditions (\`{}\`: there is none).
  """
  none: ${type}Filter
}`;
}
