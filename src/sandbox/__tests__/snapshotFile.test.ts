import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertSnapshotFileWritable, readSnapshotFile, writeSnapshotFile } from '../snapshotFile.js';
import type { WorkspaceSnapshot } from '../types.js';

const SNAPSHOT: WorkspaceSnapshot = { version: 1, objects: [], records: {} };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'twenty-snapshot-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readSnapshotFile', () => {
  it('returns undefined for a missing file and the snapshot writeSnapshotFile saved', async () => {
    const path = join(directory, 'saved.json');
    expect(await readSnapshotFile(path)).toBeUndefined();
    await writeSnapshotFile(path, SNAPSHOT);
    expect(await readSnapshotFile(path)).toEqual(SNAPSHOT);
  });

  it('names the file that is not JSON', async () => {
    const path = join(directory, 'torn.json');
    await writeFile(path, '{"version":1,"objects":[');
    await expect(readSnapshotFile(path)).rejects.toThrow(`${path} is not valid JSON: `);
  });

  it('names the file that is JSON but not a snapshot', async () => {
    const path = join(directory, 'other.json');
    await writeFile(path, '{"hello":"world"}');
    await expect(readSnapshotFile(path)).rejects.toThrow(
      new Error(`${path} is not a twenty-bff sandbox snapshot (expected {"version":1,"objects":[…],"records":{…}})`),
    );
  });

  it('names the file that cannot be read', async () => {
    const path = join(directory, 'a-directory.json');
    await mkdir(path);
    await expect(readSnapshotFile(path)).rejects.toThrow(`cannot read the data file ${path}: EISDIR`);
  });
});

describe('assertSnapshotFileWritable', () => {
  it('accepts a new file in an existing directory and leaves nothing behind', async () => {
    const empty = await mkdtemp(join(directory, 'empty-'));
    await assertSnapshotFileWritable(join(empty, 'workspace.json'));
    expect(await readdir(empty)).toEqual([]);
  });

  it('refuses a file whose directory does not exist, naming both', async () => {
    const path = join(directory, 'missing', 'x.json');
    await expect(assertSnapshotFileWritable(path)).rejects.toThrow(
      new Error(`cannot write the data file ${path}: the directory ${join(directory, 'missing')} does not exist`),
    );
  });

  it('refuses a file whose directory is a file', async () => {
    const parent = join(directory, 'plain-file');
    await writeFile(parent, '');
    const path = join(parent, 'x.json');
    await expect(assertSnapshotFileWritable(path)).rejects.toThrow(new Error(`cannot write the data file ${path}: ${parent} is not a directory`));
  });

  it('refuses a path that is a directory', async () => {
    const path = await mkdtemp(join(directory, 'dir-'));
    await expect(assertSnapshotFileWritable(path)).rejects.toThrow(new Error(`cannot write the data file ${path}: it is a directory`));
  });
});
