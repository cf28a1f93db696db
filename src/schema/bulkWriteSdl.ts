import type { ObjectMeta } from './buildWorkspaceSdl.js';

/**
 * The SDL of the screens' writes beyond one record, per object, named as
 * Twenty's own GraphQL API names them (contract §7): bulk writes by filter
 * (`updatePeople`, `deletePeople`, `restorePeople`, `destroyPeople`), the
 * board move (`moveOpportunity`), duplicates (`personDuplicates`) and merge
 * (`mergePeople`). Called by buildWorkspaceSdl for each exposed object.
 */

// Twenty's standard criteria (its standard object builders), for a Twenty
// whose metadata does not carry `duplicateCriteria`.
const STANDARD_DUPLICATE_CRITERIA: Readonly<Record<string, readonly (readonly string[])[]>> = {
  company: [['name'], ['domainNamePrimaryLinkUrl']],
  person: [['nameFirstName', 'nameLastName'], ['linkedinLinkPrimaryLinkUrl'], ['emailsPrimaryEmail']],
};

/** Whether the object's writes are in the schema (the rule of buildWorkspaceSdl). */
function isWritable(object: ObjectMeta): boolean {
  return object.isCustom === true || object.isSystem !== true;
}

/**
 * The object's duplicate criteria from its metadata (`duplicateCriteria`),
 * or Twenty's standard ones for people and companies when the metadata does
 * not say; none for any other object.
 */
export function duplicateCriteriaOf(object: ObjectMeta): ReadonlyArray<readonly string[]> {
  const criteria: unknown = (object as { duplicateCriteria?: unknown }).duplicateCriteria;
  if (criteria === undefined) {
    return object.isCustom === true ? [] : (STANDARD_DUPLICATE_CRITERIA[object.nameSingular] ?? []);
  }
  return Array.isArray(criteria) ? criteria.filter((group): group is string[] => Array.isArray(group) && group.length > 0 && group.every((column) => typeof column === 'string')) : [];
}

/** Whether the object has Twenty's `position` (a POSITION field): its records can be moved on a board. */
function isMovable(object: ObjectMeta): boolean {
  return (object.fields ?? []).some((field) => field.name === 'position' && field.type === 'POSITION' && field.isActive !== false);
}

/** The Mutation fields bulkWriteSdl adds for `object`, so buildWorkspaceSdl can check them for clashes. */
export function bulkWriteMutationNames(object: ObjectMeta): string[] {
  if (!isWritable(object)) {
    return [];
  }
  const type = typeNameOf(object.nameSingular);
  const plural = typeNameOf(object.namePlural);
  return [
    ...['update', 'delete', 'restore', 'destroy'].map((verb) => `${verb}${plural}`),
    ...(isMovable(object) ? [`move${type}`] : []),
    ...(duplicateCriteriaOf(object).length > 0 ? [`merge${plural}`] : []),
  ];
}

/** The Query fields bulkWriteSdl adds for `object`. */
export function bulkWriteQueryNames(object: ObjectMeta): string[] {
  return duplicateCriteriaOf(object).length > 0 ? [`${object.nameSingular}Duplicates`] : [];
}

/**
 * The SDL blocks of `object`'s bulk writes, move, duplicates and merge (those
 * bulkWriteMutationNames and bulkWriteQueryNames name), as `extend type`
 * blocks; none for an object whose writes the schema leaves out.
 */
export function bulkWriteSdl(object: ObjectMeta): string[] {
  const type = typeNameOf(object.nameSingular);
  const plural = typeNameOf(object.namePlural);
  const labelPlural = object.labelPlural || plural;
  const mutations = bulkWriteMutationNames(object);
  const queries = bulkWriteQueryNames(object);
  const blocks: string[] = [];
  if (mutations.length > 0) {
    const filterNote = `\`filter\` must set a condition; it may match at most BFF_MAX_BULK_RECORDS records.`;
    const lines = [
      `${doc(`Changes the fields given in \`data\` on every ${labelPlural} record the filter matches. ${filterNote}`)}  update${plural}(filter: ${type}Filter!, data: Update${type}Input!): BulkWriteResult`,
      `${doc(`Moves every ${labelPlural} record the filter matches to the trash (soft delete); \`restore${plural}\` brings them back. ${filterNote}`)}  delete${plural}(filter: ${type}Filter!): BulkWriteResult`,
      `${doc(`Brings back from the trash every ${labelPlural} record there that the filter matches. ${filterNote}`)}  restore${plural}(filter: ${type}Filter!): BulkWriteResult`,
      `${doc(`Deletes permanently every ${labelPlural} record the filter matches, in the trash or not. ${filterNote}`)}  destroy${plural}(filter: ${type}Filter!): BulkWriteResult`,
    ];
    if (mutations.includes(`move${type}`)) {
      lines.push(
        `${doc(
          `Places a ${type} right after the record \`after\` and right before the record \`before\` in position order (a board column, a sorted list): give both neighbours, or one (\`after\` alone: the next place after it; \`before\` alone: the place before it). Writes the new \`position\` of the record, and when its neighbours share one position, of at most ${MOVE_MAX_RENUMBERED} records after it. BAD_USER_INPUT when the neighbours are not in that order, NOT_FOUND when one is missing.`,
        )}  move${type}(id: UUID!, after: UUID, before: UUID): ${type}`,
      );
    }
    if (mutations.includes(`merge${plural}`)) {
      lines.push(
        `${doc(
          `Merges 2 to 9 ${labelPlural} records into the one at \`conflictPriorityIndex\` of \`ids\`, as Twenty merges them: where records disagree that one's values win, empty ones are filled from the others, e-mails, phones and links are gathered; every relation to the others moves to it; the others are deleted permanently. With \`dryRun\`, returns the merged record (under a new id) and writes nothing.`,
        )}  merge${plural}(ids: [UUID!]!, conflictPriorityIndex: Int!, dryRun: Boolean): ${type}`,
      );
    }
    blocks.push(`extend type Mutation {\n${lines.join('\n')}\n}`);
  }
  if (queries.length > 0) {
    blocks.push(
      `extend type Query {\n${doc(
        `The ${labelPlural} records that duplicate each record of \`ids\` (stored records; an id not found has no entry) or each record of \`data\` (records not written yet), by Twenty's duplicate criteria: one connection per record looked for, at most 200 duplicates each. Give \`ids\` or \`data\`, at most ${MAX_DUPLICATE_LOOKUPS} of them.`,
      )}  ${object.nameSingular}Duplicates(ids: [UUID!], data: [Create${type}Input!]): [${type}Connection!]\n}`,
    );
  }
  return blocks;
}

/** Most records a move renumbers besides the moved one when neighbours share a position. */
export const MOVE_MAX_RENUMBERED = 5;

/** Most records one duplicates query looks for (`ids` or `data`). */
export const MAX_DUPLICATE_LOOKUPS = 20;

// buildWorkspaceSdl's typeNameOf (`company` → `Company`); not imported, which would make a cycle.
function typeNameOf(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function doc(text: string): string {
  return `  """\n  ${text.replaceAll('"""', '\\"""')}\n  """\n`;
}
