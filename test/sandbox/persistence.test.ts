import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSandbox } from '../../src/sandbox/index.js';
import type { WorkspaceSnapshot } from '../../src/sandbox/types.js';
import { personId, sandboxes, smallWorkspace } from './fixtures.js';
import { dataOf, idsOf, restClient } from './restClient.js';

const start = sandboxes();
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'twenty-sandbox-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function readSnapshot(path: string): Promise<WorkspaceSnapshot> {
  return JSON.parse(await readFile(path, 'utf8')) as WorkspaceSnapshot;
}

describe('startSandbox', () => {
  describe('dataFile', () => {
    it('writes nothing until a write succeeds', async () => {
      const dataFile = join(directory, 'reads-only.json');
      const sandbox = await start({ ...smallWorkspace(), dataFile });
      const rest = restClient(sandbox);
      await rest.get('/rest/people');
      await rest.post('/rest/people', { id: personId(1) });
      await expect(stat(dataFile)).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('saves after every write and restarts from the file', async () => {
      const dataFile = join(directory, 'workspace.json');
      const first = await startSandbox({ ...smallWorkspace(), dataFile });
      const rest = restClient(first);
      const created = dataOf(await rest.post('/rest/people', { id: personId(7), city: 'Kept' }), 'createPerson');
      expect((await readSnapshot(dataFile)).records['people']?.map((person) => person.id)).toContain(personId(7));

      await rest.delete(`/rest/people/${personId(1)}`);
      await rest.patch(`/rest/people/${personId(2)}`, { city: 'Changed' });
      await rest.post('/rest/metadata/objects', {
        nameSingular: 'invoice',
        namePlural: 'invoices',
        labelSingular: 'Invoice',
        labelPlural: 'Invoices',
      });
      await first.close();

      const snapshot = await readSnapshot(dataFile);
      expect(snapshot.version).toBe(1);
      expect(snapshot.objects.map((object) => object.namePlural)).toContain('invoices');
      expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      // The file wins over seed, records and demo data.
      const second = await start({ dataFile, seed: 7, records: { people: [] } });
      const again = restClient(second);
      const people = await again.get('/rest/people');
      expect(idsOf(people, 'people')).toEqual([personId(2), personId(3), personId(4), personId(7)]);
      expect(dataOf(await again.get(`/rest/people/${personId(7)}`), 'person')).toEqual(created);
      expect(dataOf(await again.get(`/rest/people/${personId(2)}`), 'person')).toMatchObject({ city: 'Changed' });
      expect((await again.get('/rest/invoices')).status).toBe(200);
    });

    it('refuses to start over a file that is not a snapshot, naming it', async () => {
      const dataFile = join(directory, 'corrupt.json');
      await writeFile(dataFile, '{"version":1,"objects":[');
      await expect(startSandbox({ dataFile })).rejects.toThrow(`${dataFile} is not valid JSON: `);
      await writeFile(dataFile, '{"hello":"world"}');
      await expect(startSandbox({ dataFile })).rejects.toThrow(`${dataFile} is not a twenty-bff sandbox snapshot`);
      expect(await readFile(dataFile, 'utf8')).toBe('{"hello":"world"}');
    });

    it('refuses to start when the file cannot be written, naming it', async () => {
      const dataFile = join(directory, 'no-such-directory', 'x.json');
      await expect(startSandbox({ dataFile })).rejects.toThrow(
        new Error(`cannot write the data file ${dataFile}: the directory ${join(directory, 'no-such-directory')} does not exist`),
      );
      await expect(stat(join(directory, 'no-such-directory'))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });
});
