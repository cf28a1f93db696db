import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import type { WorkspaceSnapshot } from './types.js';

/**
 * Reads a workspace snapshot saved by writeSnapshotFile. Returns undefined when
 * the file does not exist; throws an Error naming `path` when it cannot be read,
 * is not JSON or is not a version-1 snapshot, so a bad file is never silently
 * replaced by demo data.
 */
export async function readSnapshotFile(path: string): Promise<WorkspaceSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw new Error(`cannot read the data file ${path}: ${(error as Error).message}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isSnapshot(value)) {
    throw new Error(`${path} is not a twenty-bff sandbox snapshot (expected {"version":1,"objects":[…],"records":{…}})`);
  }
  return value;
}

/**
 * Checks that writeSnapshotFile can save to `path`: creates and removes a
 * temporary file in its directory, as a save does. Throws an Error naming
 * `path` when the directory is missing or not writable, or `path` is a directory.
 */
export async function assertSnapshotFileWritable(path: string): Promise<void> {
  try {
    if ((await stat(path).catch(ignoreMissing))?.isDirectory() === true) {
      throw new Error('it is a directory');
    }
    const temporary = temporaryPathFor(path);
    await (await open(temporary, 'wx', 0o644)).close();
    await rm(temporary, { force: true });
  } catch (error) {
    throw new Error(`cannot write the data file ${path}: ${unwritableReason(error, dirname(path))}`, { cause: error });
  }
}

function ignoreMissing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return undefined;
  }
  throw error;
}

function unwritableReason(error: unknown, directory: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the directory ${directory} does not exist`;
    case 'ENOTDIR':
      return `${directory} is not a directory`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `the directory ${directory} is not writable`;
    default:
      return (error as Error).message;
  }
}

/**
 * Saves `snapshot` to `path` atomically: writes a temporary file in the same
 * directory, fsyncs it and renames it over `path`, so a crash leaves either
 * the old file or the new one, never a torn one.
 */
export async function writeSnapshotFile(path: string, snapshot: WorkspaceSnapshot): Promise<void> {
  const temporary = temporaryPathFor(path);
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

// Beside the target, so the final rename never crosses file systems.
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
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
