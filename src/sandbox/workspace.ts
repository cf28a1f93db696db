import { randomUUID } from 'node:crypto';

import { computeGroups, type TwentyGroup } from '../model/groupBy.js';
import type { TwentyFilterNode } from '../twenty/filterGrammar.js';
import { invariant } from '../utils/invariant.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import { createDemoRecords } from './demoData.js';
import { compileRecordFilter, type FilterScope } from './filterEvaluator.js';
import { resolveGroupByOrThrow } from './groupBy.js';
import { compareInOrder, compileOrderOrThrow, encodeCursor, paginateRecords, sortRecords } from './recordOrder.js';
import { toRecordEvent } from './recordEvents.js';
import { assertMergeableOrThrow, findDuplicatesOf, mergeRecordValues, normalizeDuplicateInput } from './recordDuplicates.js';
import { createRecord, type RecordPatch, tableNameOf, toRecordPatchOrThrow, uniqueValuesOf, updateRecord } from './recordWrites.js';
import { createStandardObjects, defaultRecordValue, recordKeyOf, SYSTEM_ACTOR } from './standardObjects.js';
import {
  type Actor,
  badRequest,
  type FieldMetadata,
  type FindManyArgs,
  type DuplicatesEntry,
  type FindManyResult,
  type GroupByArgs,
  type ObjectMetadata,
  type RecordAction,
  type RecordEvent,
  type RelationSettings,
  recordNotFound,
  type SandboxRecord,
  type ViewMetadata,
  type WorkspaceApi,
  type WorkspaceOptions,
  type WorkspaceSnapshot,
  type WriteOptions,
} from './types.js';
import { WorkspaceMetadata } from './workspaceMetadata.js';

// QUERY_MAX_RECORDS_FROM_RELATION (contract §4.5).
const MAX_RECORDS_FROM_RELATION = 60;

// QUERY_MAX_RECORDS: the duplicates of one record Twenty answers with.
const DUPLICATES_PAGE_SIZE = 200;

// Twenty's MUTATION_MAXIMUM_AFFECTED_RECORDS default (contract §6.3, §6.4).
const DEFAULT_MAX_AFFECTED_RECORDS = 100;

type Depth = 0 | 1;

type Scope = 'live' | 'all';

/** One row a write touched: as stored before it (none for a create) and after it (none for a destroy). */
interface Written {
  before: SandboxRecord | undefined;
  after: SandboxRecord;
}

/**
 * Twenty's record layer over plain JSON rows: metadata-driven reads
 * (filter, keyset order, depth), validated writes, soft and hard deletes and
 * the metadata API (WorkspaceMetadata), all in memory. Every method throws
 * SandboxHttpError with Twenty's status and message; records go out as copies.
 */
export class Workspace implements WorkspaceApi {
  private readonly objects: ObjectMetadata[];
  // Keyed by object id, so renaming an object keeps its records.
  private readonly records = new Map<string, SandboxRecord[]>();
  private readonly now: () => Date;
  private readonly maxBatchSize: number;
  private readonly maxAffectedRecords: number;
  private readonly onRecordEvents: ((events: RecordEvent[]) => void) | undefined;
  private readonly metadata: WorkspaceMetadata;
  private readonly filterScope: FilterScope;

  constructor(options: WorkspaceOptions) {
    this.now = options.now ?? (() => new Date());
    this.maxBatchSize = options.maxBatchSize;
    this.maxAffectedRecords = options.maxAffectedRecords ?? DEFAULT_MAX_AFFECTED_RECORDS;
    this.onRecordEvents = options.onRecordEvents;
    this.filterScope = {
      objectBySingular: (nameSingular) => this.activeObjects().find((object) => object.nameSingular === nameSingular),
      liveRecords: (namePlural) => {
        const object = this.activeObjects().find((candidate) => candidate.namePlural === namePlural);
        return object === undefined ? [] : this.recordsOf(object).filter(isLive);
      },
      relationTraversal: options.relationTraversal ?? true,
    };
    this.objects = options.snapshot === undefined ? createStandardObjects() : structuredClone(options.snapshot.objects);
    this.metadata = new WorkspaceMetadata(
      this.objects,
      {
        create: (objectId) => this.records.set(objectId, []),
        drop: (objectId) => this.records.delete(objectId),
        rewrite: (objectId, change) => this.records.set(objectId, (this.records.get(objectId) ?? []).map(change)),
      },
      this.now,
    );
    if (options.snapshot !== undefined) {
      for (const object of this.objects) {
        this.records.set(object.id, structuredClone(options.snapshot.records[object.namePlural] ?? []));
      }
      return;
    }
    if (options.records !== undefined) {
      const seedWriter: WriteOptions = { depth: 0, actor: { ...SYSTEM_ACTOR, context: {} } };
      // Seeds may list a child before its parent (people before companies),
      // so their foreign keys are checked once every row is in, as a deferred
      // constraint would be.
      const seeded = Object.entries(options.records).map(([plural, rows]) => {
        const object = this.resolveObjectOrThrow(plural);
        return { object, records: this.insertMany(object, rows, seedWriter, false).map(({ after }) => after) };
      });
      for (const { object, records } of seeded) {
        for (const record of records) {
          this.assertForeignKeysOrThrow(object, record, this.recordsOf(object));
        }
      }
    } else if (options.demoData) {
      const demo = createDemoRecords(options.seed, this.objects);
      for (const object of this.objects) {
        this.records.set(object.id, demo[object.namePlural] ?? []);
      }
    }
  }

  // -------------------------------------------------------------------------
  // Records: reads
  // -------------------------------------------------------------------------

  /** The active object named `plural`; 400 with Twenty's texts otherwise (contract §1.1). */
  resolveObjectOrThrow(plural: string): ObjectMetadata {
    const objects = this.activeObjects();
    const object = objects.find((candidate) => candidate.namePlural === plural);
    if (object !== undefined) {
      return object;
    }
    const singular = objects.find((candidate) => candidate.nameSingular === plural);
    if (singular !== undefined) {
      throw badRequest(`object '${plural}' not found. Did you mean '${singular.namePlural}'?`);
    }
    throw badRequest(`object '${plural}' not found. eg: companies`);
  }

  /**
   * One page of the records matching `args.filter` (soft-deleted ones only
   * when the filter mentions deletedAt), in `args.orderBy` then id, cut at
   * the cursor, with the total of all matches (contract §4).
   */
  findMany(plural: string, args: FindManyArgs): FindManyResult {
    const object = this.resolveObjectOrThrow(plural);
    const order = compileOrderOrThrow(object, args.orderBy);
    const matches = this.select(object, args.filter, 'live');
    const page = paginateRecords(sortRecords(matches, order), order, {
      limit: args.limit,
      startingAfter: args.startingAfter,
      endingBefore: args.endingBefore,
    });
    return {
      records: page.records.map((record) => this.read(object, record, args.depth)),
      totalCount: matches.length,
      pageInfo: page.pageInfo,
    };
  }

  /**
   * Twenty's groupBy (contract §1.1, §2.1): the records matching
   * `args.filter` (soft-deleted ones only when it mentions deletedAt) in
   * groups, each with the aggregates asked for, and a sample of its records
   * (depth 0, `orderByForRecords` then id) when asked. 400 with Twenty's
   * texts for arguments it refuses.
   */
  groupBy(plural: string, args: GroupByArgs): TwentyGroup[] {
    const object = this.resolveObjectOrThrow(plural);
    const plan = resolveGroupByOrThrow(object, args.groupBy, args.aggregate, args.orderBy, {
      objectById: (id) => this.activeObjects().find((candidate) => candidate.id === id),
      liveRecord: (target, id) => this.recordsOf(target).find((record) => record.id === id && isLive(record)),
    });
    const matches = this.select(object, args.filter, 'live');
    const recordOrder = args.includeRecords ? compileOrderOrThrow(object, args.orderByForRecords) : undefined;
    return computeGroups(matches, {
      ...plan,
      limit: args.limit,
      ...(recordOrder === undefined
        ? {}
        : { recordsSample: { compare: (a, b) => compareInOrder(recordOrder, a, b), project: (record) => this.read(object, record, 0) } }),
    });
  }

  /** The live record `id`; 404 `Record not found` when missing or soft-deleted. */
  findOne(plural: string, id: string, depth: Depth): SandboxRecord {
    const object = this.resolveObjectOrThrow(plural);
    return this.read(object, this.storedOrThrow(object, id, 'live'), depth);
  }

  // -------------------------------------------------------------------------
  // Records: writes
  // -------------------------------------------------------------------------

  /** Creates (or with `upsert`, creates or updates) one record (contract §1.1, §4.7). */
  createOne(plural: string, body: unknown, options: WriteOptions): SandboxRecord {
    const object = this.resolveObjectOrThrow(plural);
    const written = this.insertMany(object, [body], options);
    this.emitWrites(object, 'created', written);
    return this.read(object, onlyOne(written).after, options.depth);
  }

  /**
   * Creates a batch all-or-nothing, in order. 400 when the body is not a
   * non-empty array of at most `maxBatchSize` records (contract §6.4).
   */
  createMany(plural: string, body: unknown, options: WriteOptions): SandboxRecord[] {
    const object = this.resolveObjectOrThrow(plural);
    if (!Array.isArray(body)) {
      throw badRequest('Body must be an array');
    }
    if (body.length === 0) {
      throw badRequest('Input must not be empty');
    }
    if (body.length > this.maxBatchSize) {
      throw badRequest(`Maximum number of records to upsert is ${this.maxBatchSize}.`);
    }
    const written = this.insertMany(object, body, options);
    this.emitWrites(object, 'created', written);
    return written.map(({ after }) => this.read(object, after, options.depth));
  }

  /** Applies `body` to the live record `id`; 404 `Record not found` otherwise. */
  updateOne(plural: string, id: string, body: unknown, options: WriteOptions): SandboxRecord {
    const object = this.resolveObjectOrThrow(plural);
    const stored = this.storedOrThrow(object, id, 'live');
    const written = this.updateAll(object, [stored], toRecordPatchOrThrow(object, body), options.actor);
    this.emitWrites(object, 'updated', written);
    return this.read(object, onlyOne(written).after, options.depth);
  }

  /** Applies `body` to every record matching `filter`, returned in id order; 400 when more than `maxAffectedRecords` match. */
  updateMany(plural: string, filter: TwentyFilterNode, body: unknown, options: WriteOptions): SandboxRecord[] {
    const object = this.resolveObjectOrThrow(plural);
    const patch = toRecordPatchOrThrow(object, body);
    const matches = this.affectedOrThrow(object, this.select(object, filter, 'live'), 'update');
    const written = this.updateAll(object, matches, patch, options.actor);
    this.emitWrites(object, 'updated', written);
    return written.map(({ after }) => this.read(object, after, options.depth));
  }

  /**
   * Soft-deletes the live record `id` (sets deletedAt) or destroys the record
   * `id`, soft-deleted or not, applying its relations' onDelete (contract §1.3).
   */
  deleteOne(plural: string, id: string, soft: boolean): { id: string } {
    const object = this.resolveObjectOrThrow(plural);
    const stored = this.storedOrThrow(object, id, soft ? 'live' : 'all');
    this.emitWrites(object, soft ? 'deleted' : 'destroyed', this.deleteAll(object, [stored], soft));
    return { id: stored.id };
  }

  /**
   * Soft-deletes the live matches of `filter`, or destroys every match;
   * returns their ids in id order. 400 when more than `maxAffectedRecords` match.
   */
  deleteMany(plural: string, filter: TwentyFilterNode, soft: boolean): { id: string }[] {
    const object = this.resolveObjectOrThrow(plural);
    const matches = this.affectedOrThrow(
      object,
      this.select(object, filter, soft ? 'live' : 'all').filter((record) => !soft || isLive(record)),
      'delete',
    );
    this.emitWrites(object, soft ? 'deleted' : 'destroyed', this.deleteAll(object, matches, soft));
    return matches.map(({ id }) => ({ id }));
  }

  /** Clears deletedAt of the record `id`; 404 when no record has that id. */
  restoreOne(plural: string, id: string, depth: Depth): SandboxRecord {
    const object = this.resolveObjectOrThrow(plural);
    const written = this.restoreAll(object, [this.storedOrThrow(object, id, 'all')]);
    this.emitWrites(object, 'restored', written);
    return this.read(object, onlyOne(written).after, depth);
  }

  /**
   * Clears deletedAt of every record matching `filter`, soft-deleted or not;
   * returned in id order. 400 when more than `maxAffectedRecords` match.
   */
  restoreMany(plural: string, filter: TwentyFilterNode, depth: Depth): SandboxRecord[] {
    const object = this.resolveObjectOrThrow(plural);
    const matches = this.affectedOrThrow(object, this.select(object, filter, 'all'), 'restore');
    const written = this.restoreAll(object, matches);
    this.emitWrites(object, 'restored', written);
    return written.map(({ after }) => this.read(object, after, depth));
  }

  // -------------------------------------------------------------------------
  // Duplicates and merge (contract §1.1, §2.1; recordDuplicates.ts)
  // -------------------------------------------------------------------------

  /**
   * The find-duplicates query runner: one entry per `ids` record found (in
   * `ids` order, unknown or trashed ids left out) or per `data` item, each
   * with up to QUERY_MAX_RECORDS live duplicates in id order and their total.
   * 400 with Twenty's texts without `data` or `ids`, with both, or with an
   * empty `data`; 400 for a `data` item Twenty would not write.
   */
  findDuplicates(plural: string, body: unknown, depth: Depth): DuplicatesEntry[] {
    const object = this.resolveObjectOrThrow(plural);
    const { data, ids } = isPlainObject(body) ? body : {};
    if (!data && !ids) {
      throw badRequest('You have to provide either "data" or "ids" argument');
    }
    if (data && ids) {
      throw badRequest('You cannot provide both "data" and "ids" arguments');
    }
    if (!ids && (!Array.isArray(data) || data.length === 0)) {
      throw badRequest('The "data" condition can not be empty when "ids" input not provided');
    }
    const live = this.inIdOrder(object, this.recordsOf(object).filter(isLive));
    let sources: Array<Record<string, unknown>>;
    if (Array.isArray(ids)) {
      const wanted = ids.filter((id): id is string => typeof id === 'string');
      sources = wanted.flatMap((id) => live.filter((record) => record.id === id.toLowerCase()));
    } else {
      sources = (data as unknown[]).map((item) => normalizeDuplicateInput(object, toRecordPatchOrThrow(object, item)));
    }
    const order = compileOrderOrThrow(object, []);
    return sources.map((source) => {
      const matches = findDuplicatesOf(object, source, live);
      const records = matches.slice(0, DUPLICATES_PAGE_SIZE);
      const first = records[0];
      const last = records[records.length - 1];
      return {
        records: records.map((record) => this.read(object, record, depth)),
        totalCount: matches.length,
        startCursor: first === undefined ? null : encodeCursor(first, order),
        endCursor: last === undefined ? null : encodeCursor(last, order),
      };
    });
  }

  /**
   * The merge query runner: keeps the record at `conflictPriorityIndex` of
   * `ids` with every record's values merged in (mergeRecordValues), points
   * every relation at the others to it, and destroys the others. A dry run
   * writes nothing and answers the merged record under a new id, deletedAt
   * set. 400 as assertMergeableOrThrow says; 404 `Record not found` when an id
   * is unknown, in the trash or given twice.
   */
  mergeMany(plural: string, body: unknown, depth: Depth, actor: Actor): SandboxRecord {
    const object = this.resolveObjectOrThrow(plural);
    const { ids, conflictPriorityIndex, dryRun } = isPlainObject(body) ? body : {};
    assertMergeableOrThrow(object, ids, conflictPriorityIndex);
    const wanted = ids as unknown[];
    const records = wanted.flatMap((id) => this.recordsOf(object).filter((record) => record.id === id && isLive(record)));
    if (records.length !== wanted.length || new Set(wanted).size !== wanted.length) {
      throw recordNotFound();
    }
    const priority = typeof conflictPriorityIndex === 'number' ? records[conflictPriorityIndex] : undefined;
    if (priority === undefined) {
      throw recordNotFound();
    }
    const merged = mergeRecordValues(object, records, priority.id);
    if (dryRun === true) {
      return { ...this.read(object, { ...priority, ...merged }, depth), id: randomUUID(), deletedAt: this.now().toISOString() };
    }
    const losers = new Set(records.filter((record) => record !== priority).map(({ id }) => id));
    // One transaction: relations first, so the destroy below cascades to nothing.
    for (const child of this.objects) {
      for (const field of child.fields) {
        const joinColumn = recordKeyOf(field);
        if (field.relation?.type !== 'MANY_TO_ONE' || field.relation.targetObjectMetadata.id !== object.id || joinColumn === null) {
          continue;
        }
        const pointing = this.recordsOf(child).filter((record) => losers.has(record[joinColumn] as string));
        if (pointing.length > 0) {
          this.emitWrites(child, 'updated', this.updateAll(child, pointing, { [joinColumn]: priority.id }, actor));
        }
      }
    }
    this.emitWrites(object, 'destroyed', this.deleteAll(object, records.filter((record) => losers.has(record.id)), false));
    const stored = this.storedOrThrow(object, priority.id, 'live');
    const written = this.updateAll(object, [stored], merged, actor);
    this.emitWrites(object, 'updated', written);
    return this.read(object, onlyOne(written).after, depth);
  }

  // -------------------------------------------------------------------------
  // Metadata (contract §1.4, §2.2): WorkspaceMetadata
  // -------------------------------------------------------------------------

  /** Every object, active or not, fields inline, in id order. */
  listObjects(): ObjectMetadata[] {
    return this.metadata.listObjects();
  }

  /** The object `id`; 404 when unknown. */
  getObject(id: string): ObjectMetadata {
    return this.metadata.getObject(id);
  }

  /** Creates a custom object; 400 for bad or taken names and labels. */
  createObject(body: unknown): ObjectMetadata {
    return this.metadata.createObject(body);
  }

  /** Updates an object; 404 for an unknown id, 400 for bad values. */
  updateObject(id: string, body: unknown): ObjectMetadata {
    return this.metadata.updateObject(id, body);
  }

  /** Deletes a deactivated custom object and its records. */
  deleteObject(id: string): ObjectMetadata {
    return this.metadata.deleteObject(id);
  }

  /** Every field of every object, in id order. */
  listFields(): FieldMetadata[] {
    return this.metadata.listFields();
  }

  /** The field `id`; 404 when unknown. */
  getField(id: string): FieldMetadata {
    return this.metadata.getField(id);
  }

  /** Adds a custom field; existing records get its default at once. */
  createField(body: unknown): FieldMetadata {
    return this.metadata.createField(body);
  }

  /** Updates a field; 400 (not 404) for an unknown id (contract §1.4). */
  updateField(id: string, body: unknown): FieldMetadata {
    return this.metadata.updateField(id, body);
  }

  /** Deletes a custom field and its values. */
  deleteField(id: string): FieldMetadata {
    return this.metadata.deleteField(id);
  }

  /** Every view (the standard and custom objects' INDEX tables, the opportunities' kanban), in id order. */
  listViews(): ViewMetadata[] {
    return this.metadata.listViews();
  }

  /** The view `id`; 404 when unknown. */
  getView(id: string): ViewMetadata {
    return this.metadata.getView(id);
  }

  /** Serialisable snapshot for `--data FILE` persistence: metadata and records by plural. */
  toSnapshot(): WorkspaceSnapshot {
    const records: Record<string, SandboxRecord[]> = {};
    for (const object of this.objects) {
      records[object.namePlural] = structuredClone(this.recordsOf(object));
    }
    return { version: 1, objects: structuredClone(this.objects), records };
  }

  // -------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------

  private activeObjects(): ObjectMetadata[] {
    return this.objects.filter((object) => object.isActive);
  }

  private recordsOf(object: ObjectMetadata): SandboxRecord[] {
    return this.records.get(object.id) ?? [];
  }

  private storedOrThrow(object: ObjectMetadata, id: string, scope: Scope): SandboxRecord {
    const record = this.recordsOf(object).find((candidate) => candidate.id === id);
    if (record === undefined || (scope === 'live' && !isLive(record))) {
      throw recordNotFound();
    }
    return record;
  }

  // Contract §1.3: soft-deleted rows only match when the filter mentions
  // deletedAt, unless the operation itself works on the trash ('all').
  private select(object: ObjectMetadata, filter: TwentyFilterNode | undefined, scope: Scope): SandboxRecord[] {
    const records = this.recordsOf(object);
    if (filter === undefined || (filter.kind === 'and' && filter.items.length === 0)) {
      return scope === 'all' ? [...records] : records.filter(isLive);
    }
    const compiled = compileRecordFilter(filter, object, this.filterScope);
    return records.filter((record) => (scope === 'all' || compiled.includesDeleted || isLive(record)) && compiled.matches(record));
  }

  private inIdOrder(object: ObjectMetadata, records: readonly SandboxRecord[]): SandboxRecord[] {
    return sortRecords(records, compileOrderOrThrow(object, []));
  }

  /** A depth-0 or depth-1 copy of `record` with exactly its active fields (contract §4.5). */
  private read(object: ObjectMetadata, record: SandboxRecord, depth: Depth): SandboxRecord {
    const result: Record<string, unknown> = {};
    for (const field of object.fields) {
      if (!field.isActive) {
        continue;
      }
      const key = recordKeyOf(field);
      if (key !== null) {
        result[key] = key in record ? structuredClone(record[key]) : defaultRecordValue(field, this.now());
      }
      if (depth === 1 && field.type === 'RELATION') {
        const embedded = this.embedded(field, record);
        if (embedded !== undefined) {
          result[field.name] = embedded;
        }
      }
    }
    return result as SandboxRecord;
  }

  // Embedded records are depth 0: their own scalars and join columns, no relations.
  private embedded(field: FieldMetadata, record: SandboxRecord): SandboxRecord | SandboxRecord[] | null | undefined {
    const relation = field.relation;
    const target = this.activeObjects().find((object) => object.id === relation?.targetObjectMetadata.id);
    if (relation === null || target === undefined) {
      return undefined;
    }
    const targetRecords = this.recordsOf(target).filter(isLive);
    if (relation.type === 'MANY_TO_ONE') {
      const joinColumn = recordKeyOf(field);
      const related = targetRecords.find((candidate) => joinColumn !== null && candidate.id === record[joinColumn]);
      return related === undefined ? null : this.read(target, related, 0);
    }
    const inverse = target.fields.find((candidate) => candidate.id === relation.targetFieldMetadata.id);
    const inverseColumn = inverse === undefined ? null : recordKeyOf(inverse);
    if (inverseColumn === null) {
      return undefined;
    }
    return this.inIdOrder(
      target,
      targetRecords.filter((candidate) => candidate[inverseColumn] === record.id),
    )
      .slice(0, MAX_RECORDS_FROM_RELATION)
      .map((related) => this.read(target, related, 0));
  }

  // All-or-nothing: every body is validated, then written to a staged copy
  // that replaces the stored rows only when the whole batch succeeded.
  private insertMany(object: ObjectMetadata, bodies: readonly unknown[], options: WriteOptions, checkForeignKeys = true): Written[] {
    const patches = bodies.map((body) => toRecordPatchOrThrow(object, body));
    const staged = [...this.recordsOf(object)];
    const written = patches.map((patch) => {
      if (checkForeignKeys) {
        this.assertForeignKeysOrThrow(object, patch, staged);
      }
      return this.insertOne(object, staged, patch, options);
    });
    this.records.set(object.id, staged);
    return written;
  }

  private insertOne(object: ObjectMetadata, staged: SandboxRecord[], patch: RecordPatch, options: WriteOptions): Written {
    const context = { now: this.now(), actor: options.actor, existing: staged };
    const match = options.upsert === true ? upsertMatch(object, staged, patch) : undefined;
    if (match !== undefined) {
      // Contract §4.7: an upsert also revives a soft-deleted match.
      const revived = { ...updateRecord(object, match, patch, context), deletedAt: null };
      this.assertUniqueOrThrow(object, revived, staged);
      staged.splice(staged.indexOf(match), 1, revived);
      return { before: match, after: revived };
    }
    if (typeof patch['id'] === 'string' && staged.some((record) => record.id === patch['id'])) {
      throw duplicateEntry();
    }
    const created = createRecord(object, patch, context);
    this.assertUniqueOrThrow(object, created, staged);
    staged.push(created);
    return { before: undefined, after: created };
  }

  private updateAll(object: ObjectMetadata, targets: readonly SandboxRecord[], patch: RecordPatch, actor: Actor): Written[] {
    const staged = [...this.recordsOf(object)];
    // Postgres checks a foreign key per written row: no match, no check.
    if (targets.length > 0) {
      this.assertForeignKeysOrThrow(object, patch, staged);
    }
    const updated = targets.map((target) => {
      const record = updateRecord(object, target, patch, { now: this.now(), actor, existing: staged });
      this.assertUniqueOrThrow(object, record, staged);
      staged.splice(staged.indexOf(target), 1, record);
      return { before: target, after: record };
    });
    this.records.set(object.id, staged);
    return updated;
  }

  // Clearing deletedAt is an UPDATE: the unique indexes over live rows
  // (contract §4.7) refuse a revived row whose value another live row took,
  // and then nothing is restored.
  private restoreAll(object: ObjectMetadata, targets: readonly SandboxRecord[]): Written[] {
    const staged = [...this.recordsOf(object)];
    const restored = targets.map((target) => {
      const record = { ...target, deletedAt: null };
      staged.splice(staged.indexOf(target), 1, record);
      this.assertUniqueOrThrow(object, record, staged);
      return { before: target, after: record };
    });
    this.records.set(object.id, staged);
    return restored;
  }

  // A destroyed row has no `after`: its Written carries the row as it was in both.
  private deleteAll(object: ObjectMetadata, targets: readonly SandboxRecord[], soft: boolean): Written[] {
    const ids = new Set(targets.map(({ id }) => id));
    if (soft) {
      const deletedAt = this.now().toISOString();
      this.records.set(
        object.id,
        this.recordsOf(object).map((record) => (ids.has(record.id) ? { ...record, deletedAt } : record)),
      );
      return targets.map((target) => ({ before: target, after: { ...target, deletedAt } }));
    }
    this.destroy(object, ids);
    return targets.map((target) => ({ before: target, after: target }));
  }

  // Twenty emits one batch event per write, after it is committed; rows a
  // cascade destroys or detaches get none (they change in Postgres, not in the ORM).
  private emitWrites(object: ObjectMetadata, action: RecordAction, written: readonly Written[]): void {
    if (this.onRecordEvents === undefined) {
      return;
    }
    const events = written
      .map(({ before, after }) =>
        toRecordEvent(
          object,
          // An upsert that matched a row is an update of it.
          action === 'created' && before !== undefined ? 'updated' : action,
          before === undefined ? undefined : this.read(object, before, 0),
          action === 'destroyed' ? undefined : this.read(object, after, 0),
        ),
      )
      .filter((event): event is RecordEvent => event !== undefined);
    if (events.length > 0) {
      this.onRecordEvents(events);
    }
  }

  // Destroying rows applies each pointing relation's onDelete: CASCADE
  // destroys the children, anything else sets their join column to null.
  private destroy(object: ObjectMetadata, ids: ReadonlySet<string>): void {
    this.records.set(
      object.id,
      this.recordsOf(object).filter((record) => !ids.has(record.id)),
    );
    for (const child of this.objects) {
      for (const field of child.fields) {
        const joinColumn = recordKeyOf(field);
        if (field.relation?.type !== 'MANY_TO_ONE' || field.relation.targetObjectMetadata.id !== object.id || joinColumn === null) {
          continue;
        }
        const pointing = (record: SandboxRecord): boolean => ids.has(record[joinColumn] as string);
        if ((field.settings as Partial<RelationSettings> | null)?.onDelete === 'CASCADE') {
          const orphans = new Set(this.recordsOf(child).filter(pointing).map(({ id }) => id));
          if (orphans.size > 0) {
            this.destroy(child, orphans);
          }
        } else {
          this.records.set(
            child.id,
            this.recordsOf(child).map((record) => (pointing(record) ? { ...record, [joinColumn]: null } : record)),
          );
        }
      }
    }
  }

  // Every MANY_TO_ONE join column is a foreign key in Twenty's tables: a value
  // must be the id of a row of the target, soft-deleted rows included (the row
  // is still there). `staged` stands for the object's own rows mid-write.
  // Postgres answers 23503, which Twenty passes on as a 400 (contract §6.2).
  private assertForeignKeysOrThrow(object: ObjectMetadata, values: Record<string, unknown>, staged: readonly SandboxRecord[]): void {
    for (const field of object.fields) {
      const joinColumn = recordKeyOf(field);
      const value = joinColumn === null ? undefined : values[joinColumn];
      if (field.relation?.type !== 'MANY_TO_ONE' || typeof value !== 'string') {
        continue;
      }
      const targetId = field.relation.targetObjectMetadata.id;
      const target = this.objects.find((candidate) => candidate.id === targetId);
      if (target === undefined) {
        continue;
      }
      const rows = target.id === object.id ? staged : this.recordsOf(target);
      if (!rows.some((row) => row.id === value)) {
        const table = tableNameOf(object);
        throw badRequest(
          `insert or update on table "${table}" violates foreign key constraint "FK_${table}_${joinColumn}": ` +
            `Key (${joinColumn})=(${value}) is not present in table "${tableNameOf(target)}".`,
        );
      }
    }
  }

  // MUTATION_MAXIMUM_AFFECTED_RECORDS (contract §6.4): Twenty's pg_graphql
  // generation refused such a bulk write whole with this text (computePgGraphQLError),
  // so nothing is written; newest Twenty no longer checks it server-side.
  private affectedOrThrow(object: ObjectMetadata, matches: readonly SandboxRecord[], verb: 'update' | 'delete' | 'restore'): SandboxRecord[] {
    if (matches.length > this.maxAffectedRecords) {
      throw badRequest(`Cannot ${verb} ${object.nameSingular} because it impacts too many records (more than ${this.maxAffectedRecords}).`);
    }
    return this.inIdOrder(object, matches);
  }

  // Twenty's unique indexes skip soft-deleted rows (contract §4.7).
  private assertUniqueOrThrow(object: ObjectMetadata, record: SandboxRecord, staged: readonly SandboxRecord[]): void {
    const others = staged.filter((other) => other.id !== record.id && isLive(other));
    for (const { field, value } of uniqueValuesOf(object, record)) {
      if (others.some((other) => uniqueValuesOf(object, other).some((taken) => taken.field === field && taken.value === value))) {
        throw duplicateEntry();
      }
    }
  }

}

// Newest Twenty turns any unique violation, the id's included, into this
// text (handleDuplicateKeyError, contract §9); G1 said `Record already exists`.
function duplicateEntry(): Error {
  return badRequest('A duplicate entry was detected');
}

function onlyOne<T>(items: readonly T[]): T {
  const [item] = items;
  invariant(items.length === 1 && item !== undefined, 'a single-record write wrote no record or several');
  return item;
}



function isLive(record: SandboxRecord): boolean {
  return record['deletedAt'] === null || record['deletedAt'] === undefined;
}

// Contract §4.7: upsert matches on id or any unique field, soft-deleted rows included.
function upsertMatch(object: ObjectMetadata, staged: readonly SandboxRecord[], patch: RecordPatch): SandboxRecord | undefined {
  const wanted = uniqueValuesOf(object, patch as SandboxRecord);
  return staged.find(
    (record) =>
      record.id === patch['id'] ||
      uniqueValuesOf(object, record).some((taken) => wanted.some((value) => value.field === taken.field && value.value === taken.value)),
  );
}

