import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

/** What a workspace's data model gives once turned into SDL (see `buildWorkspaceSdl`). */
export interface DataModelSdl {
  typeDefs: string[];
  enumValues: Record<string, Record<string, string>>;
  warnings: string[];
}

/** Options of `createWorkspaceSchemas`; `S` is a built, ready-to-serve schema. */
export interface WorkspaceSchemasOptions<S> {
  /** Serves every workspace until its data model is read, and whenever it cannot be. */
  fallback: S;
  /** Reads a workspace's data model (one `GET /rest/metadata/objects`) and turns it into SDL. */
  read(authorization: string): Promise<DataModelSdl>;
  /** Builds a schema from SDL; may throw (the fallback, or the schema before, then stays). */
  build(sdl: DataModelSdl): Promise<S>;
  /** How long a workspace's schema is served before its data model is read again. */
  refreshMs: number;
  /** How long after a failed read the next one is tried. */
  retryMs: number;
  /** Most schemas kept; workspaces with the same data model share one. */
  maxSchemas: number;
  /** Told of every read: which workspace (a short hash), how it went, what it cost. */
  onRead?(report: SchemaReadReport): void;
  now?(): number;
}

/** One read of a workspace's data model, for the log. */
export interface SchemaReadReport {
  workspace: string;
  outcome: 'built' | 'unchanged' | 'shared' | 'failed';
  durationMs: number;
  warnings: string[];
  error?: unknown;
}

/** The schemas of the workspaces served, by workspace key. */
export interface WorkspaceSchemas<S> {
  /**
   * The schema for the workspace `key` (a hash of the base URL, credential
   * and headers), reached with `authorization`. Reads the data model on
   * first use, when `refreshMs` has passed, and after `invalidate`; reads
   * of one workspace are shared. Never rejects: a failed read serves the
   * schema before, or the fallback.
   */
  get(key: string, authorization: string): Promise<S>;
  /** The next `get` of this workspace reads its data model again (a metadata write through us). */
  invalidate(key: string): void;
  /** The same for every workspace (a metadata webhook names a workspace, not a credential). */
  invalidateAll(): void;
}

interface Entry<S> {
  /** The data model's fingerprint once read; its schema is in the shared cache (or must be built again). */
  fingerprint: string | undefined;
  /** When the data model should be read again (epoch ms); 0 → at the next get. */
  refreshAt: number;
  /** Bumped by every invalidation: a read that started before one does not count as fresh. */
  generation: number;
  reading: Promise<S> | undefined;
}

/**
 * Keeps one schema per workspace, built from its own data model, so custom
 * objects and fields are typed. Operations already running keep the schema
 * they started with: a refresh only changes what the next `get` returns.
 */
export function createWorkspaceSchemas<S>(options: WorkspaceSchemasOptions<S>): WorkspaceSchemas<S> {
  const now = options.now ?? Date.now;
  // Workspaces whose data models are alike (every workspace of a fresh
  // Twenty) share one schema, so memory is bounded by data models, not by
  // callers; a workspace whose schema was evicted builds it again.
  const schemas = new LRUCache<string, S & {}>({ max: Math.max(1, options.maxSchemas) });
  const entries = new LRUCache<string, Entry<S>>({ max: Math.max(1, options.maxSchemas) * 10 });

  const schemaOf = (entry: Entry<S>): S | undefined => (entry.fingerprint === undefined ? options.fallback : schemas.get(entry.fingerprint));

  async function refresh(key: string, authorization: string, entry: Entry<S>): Promise<S> {
    const startedAt = performance.now();
    const generation = entry.generation;
    const report = (outcome: SchemaReadReport['outcome'], warnings: string[] = [], error?: unknown) =>
      options.onRead?.({ workspace: key.slice(0, 12), outcome, durationMs: Math.round(performance.now() - startedAt), warnings, ...(error === undefined ? {} : { error }) });
    let schema: S;
    try {
      const sdl = await options.read(authorization);
      const fingerprint = fingerprintOf(sdl);
      const known = schemas.get(fingerprint);
      schema = known ?? (await options.build(sdl));
      schemas.set(fingerprint, schema as S & {});
      report(known === undefined ? 'built' : fingerprint === entry.fingerprint ? 'unchanged' : 'shared', sdl.warnings);
      entry.fingerprint = fingerprint;
      entry.refreshAt = now() + options.refreshMs;
    } catch (error) {
      report('failed', [], error);
      entry.refreshAt = now() + options.retryMs;
      schema = schemaOf(entry) ?? options.fallback;
    }
    if (entry.generation !== generation) {
      entry.refreshAt = 0;
    }
    return schema;
  }

  return {
    async get(key, authorization) {
      let entry = entries.get(key);
      if (entry === undefined) {
        entry = { fingerprint: undefined, refreshAt: 0, generation: 0, reading: undefined };
        entries.set(key, entry);
      }
      const schema = schemaOf(entry);
      if (schema !== undefined && now() < entry.refreshAt) {
        return schema;
      }
      const current = entry;
      current.reading ??= refresh(key, authorization, current).finally(() => {
        current.reading = undefined;
      });
      return current.reading;
    },
    invalidate(key) {
      const entry = entries.get(key);
      if (entry !== undefined) {
        entry.refreshAt = 0;
        entry.generation += 1;
      }
    },
    invalidateAll() {
      for (const entry of entries.values()) {
        entry.refreshAt = 0;
        entry.generation += 1;
      }
    },
  };
}

function fingerprintOf(sdl: DataModelSdl): string {
  return createHash('sha256').update(JSON.stringify([sdl.typeDefs, sdl.enumValues])).digest('hex');
}
