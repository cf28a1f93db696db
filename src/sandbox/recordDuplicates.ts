/**
 * Twenty's duplicate detection and record merge (G2+, contract §1.1, §2.1):
 * `buildDuplicateConditions`, the find-duplicates query runner's fuzzy
 * company-name matching, and the merge query runner's field-by-field merge
 * (`mergeFieldValues`), as pure functions over stored rows.
 */
import { isPlainObject } from '../utils/isPlainObject.js';
import { compositeSubFields } from './standardObjects.js';
import { badRequest, type FieldMetadata, type ObjectMetadata, type SandboxRecord } from './types.js';

// settings.minLengthOfStringForDuplicateCheck and duplicateNameSimilarityThreshold.
const MIN_DUPLICATE_VALUE_LENGTH = 3;
const NAME_SIMILARITY_THRESHOLD = 0.9;

/** MUTATION_MAX_MERGE_RECORDS (twenty-shared). */
export const MAX_MERGE_RECORDS = 9;

/** One column of a duplicate criteria: a field, or a sub-field of a composite one. */
interface DuplicateColumn {
  field: string;
  subField?: string;
}

/**
 * Returns the records of `candidates` that duplicate `source` under the
 * object's duplicate criteria, in their given order: for some criteria, every
 * column of `source` holds a string of at least 3 characters and the
 * candidate holds the same one. A company's `name` criteria matches names of
 * similarity 0.9 or more once accents, case and punctuation are dropped, among
 * the names that share a word of 3 characters or more (Twenty's prefilter).
 * `source.id`, when given, is never its own duplicate.
 */
export function findDuplicatesOf(object: ObjectMetadata, source: Record<string, unknown>, candidates: readonly SandboxRecord[]): SandboxRecord[] {
  const criteria = applicableCriteria(object, source);
  if (criteria.length === 0) {
    return [];
  }
  const fuzzy = object.nameSingular === 'company' && typeof source['name'] === 'string' && source['name'].length >= MIN_DUPLICATE_VALUE_LENGTH;
  return candidates.filter((candidate) => {
    if (candidate.id === source['id']) {
      return false;
    }
    const prefiltered = criteria.some((columns) => columns.every((column) => prefilterMatches(object, column, source, candidate)));
    return prefiltered && (!fuzzy || criteria.some((columns) => columns.every((column) => postfilterMatches(object, column, source, candidate))));
  });
}

/**
 * Normalises a find-duplicates `data` item as the query runner does before
 * matching: every criteria column's value trimmed, empty ones dropped.
 */
export function normalizeDuplicateInput(object: ObjectMetadata, record: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, unknown> = { ...record };
  for (const column of criteriaColumns(object)) {
    const value = columnValue(record, column);
    const trimmed = typeof value === 'string' ? value.trim() : undefined;
    if (column.subField === undefined) {
      if (trimmed !== undefined && trimmed.length < MIN_DUPLICATE_VALUE_LENGTH) {
        delete normalized[column.field];
      } else if (trimmed !== undefined) {
        normalized[column.field] = trimmed;
      }
      continue;
    }
    const parent = isPlainObject(normalized[column.field]) ? { ...(normalized[column.field] as Record<string, unknown>) } : undefined;
    if (parent !== undefined && trimmed !== undefined) {
      if (trimmed === '') {
        delete parent[column.subField];
      } else {
        parent[column.subField] = trimmed;
      }
      normalized[column.field] = parent;
    }
  }
  return normalized;
}

/**
 * Refuses a merge Twenty's validation refuses, with its 400 messages: an
 * object without duplicate criteria, fewer than 2 or more than 9 ids, a
 * conflict priority index out of range (an absent one passes, and then names
 * no record).
 */
export function assertMergeableOrThrow(object: ObjectMetadata, ids: unknown, conflictPriorityIndex: unknown): void {
  if (!hasDuplicateCriteria(object)) {
    throw badRequest(
      `Merge is only available for objects with duplicate criteria. Object '${object.nameSingular}' does not have duplicate criteria defined.`,
    );
  }
  if (!Array.isArray(ids) || ids.length < 2) {
    throw badRequest('At least 2 record IDs are required for merge');
  }
  if (ids.length > MAX_MERGE_RECORDS) {
    throw badRequest(`Maximum ${MAX_MERGE_RECORDS} records can be merged at once`);
  }
  if (typeof conflictPriorityIndex === 'number' && (conflictPriorityIndex < 0 || conflictPriorityIndex >= ids.length)) {
    throw badRequest(`Invalid conflict priority '${conflictPriorityIndex}'. Valid options for ${ids.length} records: 0-${ids.length - 1}`);
  }
}

/** Whether the object has any duplicate criteria (merge needs them). */
export function hasDuplicateCriteria(object: ObjectMetadata): boolean {
  return (object.duplicateCriteria ?? []).length > 0;
}

/**
 * The values the merge writes on the priority record (`performDeepMerge`):
 * for each key of the rows that is not a system field, the only non-empty
 * value, or when several rows hold one, the type's merge: emails, links and
 * phones keep the priority record's primary value (else the first non-empty
 * one) and gather every other value, de-duplicated, as additional ones;
 * arrays and multi-selects are united; anything else takes the priority
 * record's value, else the first non-empty one. A join column held by several
 * rows is left as the priority record has it (it names no field).
 */
export function mergeRecordValues(object: ObjectMetadata, records: readonly SandboxRecord[], priorityId: string): Record<string, unknown> {
  const fieldsByName = new Map<string, FieldMetadata>(object.fields.map((field) => [field.name, field]));
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const field = fieldsByName.get(key);
    if (field?.isSystem === true) {
      continue;
    }
    const withValues = records.filter((record) => hasRecordFieldValue(record[key])).map((record) => ({ value: record[key], recordId: record.id }));
    if (withValues.length === 0) {
      continue;
    }
    if (withValues.length === 1) {
      merged[key] = withValues[0]?.value;
      continue;
    }
    if (field === undefined) {
      continue;
    }
    merged[key] = mergeFieldValues(field, withValues, priorityId);
  }
  return merged;
}

/** Twenty's hasRecordFieldValue: not null, not blank, not an empty list, an object with some value. */
export function hasRecordFieldValue(value: unknown): boolean {
  if (value === null || value === undefined) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (typeof value === 'number') {
    return !Number.isNaN(value);
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.values(value).some(hasRecordFieldValue);
  }
  return true;
}

/**
 * Twenty's normalizeStringForDuplicateComparison: accents dropped, lower
 * case, every run of characters other than letters and digits one space.
 */
export function normalizeForDuplicates(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** 1 − Levenshtein distance / longer length, over normalised strings (calculateNormalizedStringSimilarity). */
export function nameSimilarity(left: string, right: string): number {
  const a = normalizeForDuplicates(left);
  const b = normalizeForDuplicates(right);
  if (a.length === 0 && b.length === 0) {
    return 1;
  }
  if (a.length === 0 || b.length === 0) {
    return 0;
  }
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

// ---------------------------------------------------------------------------

function criteriaColumns(object: ObjectMetadata): DuplicateColumn[] {
  const columns = columnsOf(object);
  return [...new Set((object.duplicateCriteria ?? []).flat())].flatMap((name) => {
    const column = columns.get(name);
    return column === undefined ? [] : [column];
  });
}

// The criteria whose every column `source` fills with 3 characters or more.
function applicableCriteria(object: ObjectMetadata, source: Record<string, unknown>): DuplicateColumn[][] {
  const columns = columnsOf(object);
  return (object.duplicateCriteria ?? [])
    .map((names) => names.map((name) => columns.get(name)))
    .filter((group): group is DuplicateColumn[] => group.length > 0 && group.every((column) => column !== undefined))
    .filter((group) =>
      group.every((column) => {
        const value = columnValue(source, column);
        return typeof value === 'string' && value.length >= MIN_DUPLICATE_VALUE_LENGTH;
      }),
    );
}

// Twenty names a composite sub-field's column `<field><SubField>` (nameFirstName).
function columnsOf(object: ObjectMetadata): Map<string, DuplicateColumn> {
  const columns = new Map<string, DuplicateColumn>();
  for (const field of object.fields) {
    if (!field.isActive) {
      continue;
    }
    const subFields = compositeSubFields(field.type);
    if (subFields === undefined) {
      columns.set(field.name, { field: field.name });
      continue;
    }
    for (const subField of Object.keys(subFields)) {
      columns.set(`${field.name}${subField.charAt(0).toUpperCase()}${subField.slice(1)}`, { field: field.name, subField });
    }
  }
  return columns;
}

function columnValue(record: Record<string, unknown>, column: DuplicateColumn): unknown {
  const value = record[column.field];
  if (column.subField === undefined) {
    return value;
  }
  return isPlainObject(value) ? value[column.subField] : undefined;
}

// The SQL condition: `eq` on the column, or for a company's name, `eq` or an
// ILIKE on any of its normalised words of 3 characters or more.
function prefilterMatches(object: ObjectMetadata, column: DuplicateColumn, source: Record<string, unknown>, candidate: SandboxRecord): boolean {
  const wanted = columnValue(source, column);
  const held = columnValue(candidate, column);
  if (typeof held !== 'string') {
    return false;
  }
  if (held === wanted) {
    return true;
  }
  if (object.nameSingular !== 'company' || column.field !== 'name' || column.subField !== undefined || typeof wanted !== 'string') {
    return false;
  }
  const words = normalizeForDuplicates(wanted)
    .split(' ')
    .filter((word) => word.length >= MIN_DUPLICATE_VALUE_LENGTH);
  return words.some((word) => held.toLowerCase().includes(word));
}

// filterDuplicateCandidatesByCriteria: trimmed values, similarity for a company's name.
function postfilterMatches(object: ObjectMetadata, column: DuplicateColumn, source: Record<string, unknown>, candidate: SandboxRecord): boolean {
  const wanted = columnValue(source, column);
  const held = columnValue(candidate, column);
  if (typeof wanted !== 'string' || typeof held !== 'string' || wanted.trim() === '' || held.trim() === '') {
    return false;
  }
  if (object.nameSingular === 'company' && column.field === 'name' && column.subField === undefined) {
    return nameSimilarity(wanted, held) >= NAME_SIMILARITY_THRESHOLD;
  }
  return wanted.trim() === held.trim();
}

function levenshtein(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 0; i < left.length; i += 1) {
    const current = [i + 1];
    for (let j = 0; j < right.length; j += 1) {
      const substitution = left[i] === right[j] ? 0 : 1;
      current.push(Math.min((current[j] ?? 0) + 1, (previous[j + 1] ?? 0) + 1, (previous[j] ?? 0) + substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

interface ValueOf {
  value: unknown;
  recordId: string;
}

function mergeFieldValues(field: FieldMetadata, values: readonly ValueOf[], priorityId: string): unknown {
  switch (field.type) {
    case 'ARRAY':
    case 'MULTI_SELECT':
      return uniqueBy(
        values.flatMap(({ value }) => (Array.isArray(value) ? value.filter(hasRecordFieldValue) : [])),
        (item) => JSON.stringify(item),
      );
    case 'EMAILS':
      return mergeComposite(values, priorityId, 'primaryEmail', [], (value) => [
        ...primaryOf(value, 'primaryEmail'),
        ...listOf(value, 'additionalEmails').filter(hasRecordFieldValue),
      ], (email) => String(email), 'additionalEmails');
    case 'LINKS':
      return mergeComposite(values, priorityId, 'primaryLinkUrl', ['primaryLinkLabel'], (value) => [
        ...(hasRecordFieldValue(value['primaryLinkUrl']) ? [{ url: value['primaryLinkUrl'], label: value['primaryLinkLabel'] }] : []),
        ...listOf(value, 'secondaryLinks').filter((link) => isPlainObject(link) && hasRecordFieldValue(link['url'])),
      ], (link) => String((link as { url: unknown }).url), 'secondaryLinks');
    case 'PHONES':
      return mergeComposite(values, priorityId, 'primaryPhoneNumber', ['primaryPhoneCountryCode', 'primaryPhoneCallingCode'], (value) => [
        ...(hasRecordFieldValue(value['primaryPhoneNumber'])
          ? [{ number: value['primaryPhoneNumber'], countryCode: value['primaryPhoneCountryCode'], callingCode: value['primaryPhoneCallingCode'] }]
          : []),
        ...listOf(value, 'additionalPhones').filter((phone) => isPlainObject(phone) && hasRecordFieldValue(phone['number'])),
      ], (phone) => String((phone as { number: unknown }).number), 'additionalPhones');
    default: {
      const priority = values.find(({ recordId }) => recordId === priorityId);
      if (priority !== undefined && hasRecordFieldValue(priority.value)) {
        return priority.value;
      }
      return values.find(({ value }) => hasRecordFieldValue(value))?.value ?? null;
    }
  }
}

// mergeEmailsFieldValues, mergeLinksFieldValues, mergePhonesFieldValues: the
// primary value (with its companion sub-fields) of the priority record when it
// has one, else of the first that has one; every value of every record, first
// occurrence kept and the primary left out, as the additional list.
function mergeComposite(
  values: readonly ValueOf[],
  priorityId: string,
  primary: string,
  companions: readonly string[],
  allItems: (value: Record<string, unknown>) => unknown[],
  keyOf: (item: unknown) => string,
  listKey: string,
): Record<string, unknown> {
  const composites = values.map(({ value, recordId }) => ({ value: isPlainObject(value) ? value : {}, recordId }));
  const priority = composites.find(({ recordId }) => recordId === priorityId);
  const chosen = priority !== undefined && hasRecordFieldValue(priority.value[primary]) ? priority : composites.find(({ value }) => hasRecordFieldValue(value[primary]));
  const result: Record<string, unknown> = { [primary]: chosen?.value[primary] ?? '' };
  for (const companion of companions) {
    result[companion] = chosen?.value[companion] ?? (companion === 'primaryPhoneCountryCode' ? null : '');
  }
  const others = uniqueBy(composites.flatMap(({ value }) => allItems(value)), keyOf).filter((item) => keyOf(item) !== String(result[primary]));
  result[listKey] = others.length > 0 ? others : null;
  return result;
}

function primaryOf(value: Record<string, unknown>, key: string): unknown[] {
  return hasRecordFieldValue(value[key]) ? [value[key]] : [];
}

// Additional items are stored as a list, or (older rows) as a JSON string of one.
function listOf(value: Record<string, unknown>, key: string): unknown[] {
  const list = value[key];
  if (Array.isArray(list)) {
    return list;
  }
  if (typeof list === 'string') {
    try {
      const parsed: unknown = JSON.parse(list);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
