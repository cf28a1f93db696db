import type { TwentyRecord } from '../twenty/types.js';
import type { SearchPlan, SearchRequest, SearchTarget } from './compileSearch.js';

/** How well a hit matches, best first (schema/search.graphql `SearchRank`). */
export type SearchRank = 'EXACT' | 'PREFIX' | 'CONTAINS' | 'WORDS';

/** One hit as `SearchHit` serves it. */
export interface SearchHitValue {
  objectName: string;
  recordId: string;
  label: string;
  rank: SearchRank;
  /** The field path that gave `rank`; null for WORDS. */
  matchedField: string | null;
  record: TwentyRecord;
  /** The GraphQL type of `record`. */
  typeName: string;
}

/** What one search request returned. */
export interface SearchPage {
  request: SearchRequest;
  records: readonly TwentyRecord[];
  totalCount: number;
}

const RANK_ORDER: Readonly<Record<SearchRank, number>> = { EXACT: 0, PREFIX: 1, CONTAINS: 2, WORDS: 3 };

/**
 * Twenty's STANDARD_OBJECTS_BY_PRIORITY_RANK, higher first: between equal
 * matches a person comes before a company, and so on; custom objects (0) last.
 */
export const SEARCH_OBJECT_PRIORITY: Readonly<Record<string, number>> = { person: 5, company: 4, opportunity: 3, note: 2, task: 1 };

// Ignored when ranking, as they are when matching (see compileSearch's
// WILDCARD_CHARACTERS): O'Brien equals OBrien and O’Brien.
const IGNORED_CHARACTERS = /['"()[\]‘’“”]/gu;

interface Ranked extends SearchHitValue {
  fromLabel: boolean;
  sortLabel: string;
}

/**
 * Merges the records of every request into hits, ranked best first: by
 * SearchRank, then label matches before other fields, then Twenty's object
 * priority (person, company, opportunity, note, task, custom objects), then
 * shorter labels, then labels in order, then record ids; the first
 * `plan.first` of them. Comparisons ignore case, accents and quotes.
 */
export function rankSearchHits(plan: SearchPlan, pages: readonly SearchPage[]): SearchHitValue[] {
  const query = foldForRanking(plan.query);
  const ranked = pages.flatMap(({ request, records }) => records.map((record) => rankRecord(record, request.target, query)));
  ranked.sort(
    (a, b) =>
      RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
      Number(b.fromLabel) - Number(a.fromLabel) ||
      (SEARCH_OBJECT_PRIORITY[b.objectName] ?? 0) - (SEARCH_OBJECT_PRIORITY[a.objectName] ?? 0) ||
      a.sortLabel.length - b.sortLabel.length ||
      compare(a.sortLabel, b.sortLabel) ||
      compare(a.objectName, b.objectName) ||
      compare(a.recordId, b.recordId),
  );
  return ranked.slice(0, plan.first).map(({ fromLabel: _fromLabel, sortLabel: _sortLabel, ...hit }) => hit);
}

/** A record's label: the values of its label paths, joined by a space (a person's "First Last"). */
export function labelOf(record: TwentyRecord, target: SearchTarget): string {
  return target.labelPaths
    .map((path) => textAt(record, path))
    .filter((text) => text !== '')
    .join(' ');
}

/** Lower case, without accents or quotes, whitespace collapsed: what ranking compares. */
export function foldForRanking(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(IGNORED_CHARACTERS, '').replace(/\s+/gu, ' ').trim();
}

function rankRecord(record: TwentyRecord, target: SearchTarget, query: string): Ranked {
  const label = labelOf(record, target);
  const labelField = target.labelPaths.length > 1 ? (target.labelPaths[0]?.[0] ?? '') : (target.labelPaths[0] ?? []).join('.');
  // A full name is matched as written and in reverse ("Schmidt Haruto").
  const reversed = target.labelPaths.map((path) => textAt(record, path)).filter((text) => text !== '').reverse().join(' ');
  const candidates = [
    { value: label, field: labelField, fromLabel: true },
    { value: reversed, field: labelField, fromLabel: true },
    ...target.fieldPaths.map((path) => ({
      value: textAt(record, path),
      field: path.join('.'),
      fromLabel: target.labelPaths.some((labelPath) => labelPath.join('.') === path.join('.')),
    })),
  ];
  let best: { rank: SearchRank; field: string | null; fromLabel: boolean } = { rank: 'WORDS', field: null, fromLabel: false };
  for (const candidate of candidates) {
    const rank = rankOf(foldForRanking(candidate.value), query);
    if (rank !== undefined && (RANK_ORDER[rank] < RANK_ORDER[best.rank] || (rank === best.rank && candidate.fromLabel && !best.fromLabel))) {
      best = { rank, field: candidate.field, fromLabel: candidate.fromLabel };
    }
  }
  return {
    objectName: target.objectName,
    recordId: record.id,
    label,
    rank: best.rank,
    matchedField: best.field,
    record,
    typeName: target.typeName,
    fromLabel: best.fromLabel,
    sortLabel: foldForRanking(label),
  };
}

function rankOf(value: string, query: string): SearchRank | undefined {
  if (value === '' || query === '') {
    return undefined;
  }
  if (value === query) {
    return 'EXACT';
  }
  let index = value.indexOf(query);
  if (index === -1) {
    return undefined;
  }
  for (; index !== -1; index = value.indexOf(query, index + 1)) {
    // The start of the value or of one of its words (after a space, a dot, an @, …).
    if (index === 0 || !/[\p{L}\p{N}]/u.test(value.charAt(index - 1))) {
      return 'PREFIX';
    }
  }
  return 'CONTAINS';
}

function textAt(record: TwentyRecord, path: readonly string[]): string {
  let value: unknown = record;
  for (const segment of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return typeof value === 'string' ? value.trim() : '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
