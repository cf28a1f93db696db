import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import type { WorkspaceSnapshot } from './types.js';

/**
 * Reads a workspace snapshot saved by writeSnapshotFile. Returns undefined when
 * the file does not exist; throws when it exists but is not a version-1
 * snapshot, so a bad file is never silently replaced by demo data.
 */
export async function readSnapshotFile(path: string): Promise<WorkspaceSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  const value: unknown = JSON.parse(text);
  if (!isSnapshot(value)) {
    throw new Error(`${path} is not a twenty-bff sandbox snapshot (expected {"version":1,"objects":[…],"records":{…}})`);
  }
  return value;
}

/**
 * Saves `snapshot` to `path` atomically: writes a temporary file in the same
 * directory, fsyncs it and renames it over `path`, so a crash leaves either
 * the old file or the new one, never a torn one.
 */
export async function writeSnapshotFile(path: string, snapshot: WorkspaceSnapshot): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'w', 0o644);
  try {
    await handle.writeFile(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  // The rename is only durable once the directory entry is; not every
  // platform lets a directory be opened for fsync, hence best effort.
  try {
    const directory = await open(dirname(path), 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Best effort (see above).
  }
}

function isSnapshot(value: unknown): value is WorkspaceSnapshot {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return (
    candidate['version'] === 1 &&
    Array.isArray(candidate['objects']) &&
    candidate['records'] !== null &&
    typeof candidate['records'] === 'object' &&
    !Array.isArray(candidate['records'])
  );
}
