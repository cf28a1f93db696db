/** The union every record type joins (schema/subscriptions.graphql declares it without members). */
export const CHANGED_RECORD_UNION = 'ChangedRecord';

/**
 * The members of the `ChangedRecord` union, as an `extend union`: every
 * record type of the schema (`typeNames`, in the order given). Empty when there
 * is none: a union needs one member, and such a schema has no records anyway.
 */
export function changedRecordSdl(typeNames: readonly string[]): string {
  return typeNames.length === 0 ? '' : `extend union ${CHANGED_RECORD_UNION} = ${typeNames.join(' | ')}\n`;
}
