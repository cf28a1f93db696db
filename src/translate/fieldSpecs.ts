/**
 * The value kind of a scalar field, which decides the operators a filter may
 * use on it and how its values are written into Twenty's filter string.
 * `multiSelect` (MULTI_SELECT) holds a list of option values: it is filtered
 * by `containsAny` and `is` only, and cannot be ordered by.
 */
export type ScalarKind = 'text' | 'number' | 'boolean' | 'dateTime' | 'uuid' | 'select' | 'multiSelect';

/**
 * How one filterable or orderable field is translated: a scalar of some kind,
 * or a composite (FULL_NAME, LINKS, …) addressed through its sub-fields.
 */
export type FieldSpec = { kind: ScalarKind } | { kind: 'composite'; subFields: Readonly<Record<string, ScalarKind>> };

/** The translatable fields of one object, keyed by GraphQL (= Twenty) field name. */
export type ObjectFieldSpecs = Readonly<Record<string, FieldSpec>>;

/**
 * A relation a filter can look through: `manyToOne` (`person.company`, the
 * record this one's `joinColumn` names) or `oneToMany` (`company.people`, the
 * `target` records whose `joinColumn` holds this record's id).
 */
export interface RelationFilterSpec {
  kind: 'relation';
  cardinality: 'manyToOne' | 'oneToMany';
  /** On this object for manyToOne (`companyId` of person.company), on the target for oneToMany (`companyId` of company.people). */
  joinColumn: string;
  /** The related object: its REST plural and its own filter fields. */
  target: { plural: string; filterFields: ObjectFilterSpecs };
}

/** How one field of a `<Type>Filter` is translated: a value field, or a relation. */
export type FilterFieldSpec = FieldSpec | RelationFilterSpec;

/** The filter fields of one object, keyed by GraphQL (= Twenty) field name. */
export type ObjectFilterSpecs = Readonly<Record<string, FilterFieldSpec>>;
