import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { parseTwentyFilter } from '../../src/twenty/filterGrammar.js';
import { deterministicUuid } from '../../src/utils/deterministicUuid.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';
import { METADATA_READ, requestLines } from '../utils/requestLines.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ACME = uuid(1, 1);
const ADA = uuid(2, 1);
const DEAL = uuid(3, 1);
const NOTE = uuid(4, 1);
const TASK = uuid(6, 1);
const MISSING = uuid(99, 1);


let bff: TestBff;

beforeAll(async () => {
  bff = await startTestBff({
    demoData: false,
    records: {
      companies: [{ id: ACME, name: 'Acme' }],
      people: [{ id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' } }],
      opportunities: [{ id: DEAL, name: 'Deal' }],
      notes: [{ id: NOTE, title: 'Kickoff' }],
      tasks: [{ id: TASK, title: 'Call back' }],
    },
    // These tests run on the standard schema, where a new custom field is
    // reached through `customFields`; test/operations/workspaceSchema.test.ts
    // covers the schema that follows the data model.
  }, { workspaceSchema: { enabled: false } });
});

beforeEach(() => {
  bff.resetRequests();
});

afterAll(async () => {
  await bff.close();
});

const calls = () => requestLines(bff.upstream());
const find = (plural: string, filter: string) =>
  bff.sandbox.workspace.findMany(plural, { filter: parseTwentyFilter(filter), orderBy: [], limit: 200, depth: 0 }).records;
const objectIdOf = (plural: string) => bff.sandbox.workspace.listObjects().find((object) => object.namePlural === plural)?.id ?? '';

describe.each([
  { type: 'Note', ownerId: NOTE, key: 'noteId', targets: 'noteTargets', target: 'companyId', targetId: ACME, targetName: 'company' },
  { type: 'Task', ownerId: TASK, key: 'taskId', targets: 'taskTargets', target: 'opportunityId', targetId: DEAL, targetName: 'opportunity' },
])('attach$type and detach$type', ({ type, ownerId, key, targets, target, targetId, targetName }) => {
  const attach = `mutation { attach${type}(${key}: "${ownerId}", target: { ${target}: "${targetId}" }) { id ${key} ${target} personId } }`;
  const detach = `mutation { detach${type}(${key}: "${ownerId}", target: { ${target}: "${targetId}" }) { id } }`;
  const lookup = `GET /rest/${targets}?depth=0&filter=${key}[eq]:${ownerId},${target}[eq]:${targetId}&limit=1 200`;
  let targetRowId = '';

  it('attaches once, and returns the same target when attached again', async () => {
    const first = await bff.data<Record<string, { id: string }>>(attach);
    targetRowId = first[`attach${type}`]?.id ?? '';
    expect(first).toEqual({ [`attach${type}`]: { id: targetRowId, [key]: ownerId, [target]: targetId, personId: null } });
    expect(calls()).toEqual([lookup, `POST /rest/${targets}?depth=0 201`]);
    // The link's id derives from the pair: another process attaching it at once is refused as a duplicate.
    expect(targetRowId).toBe(deterministicUuid('twenty-bff-link', targets, ownerId, target, targetId));
    expect(bff.upstream()[1]?.body).toEqual({ id: targetRowId, [key]: ownerId, [target]: targetId });

    bff.resetRequests();
    expect(await bff.data(attach)).toEqual(first);
    expect(calls()).toEqual([lookup]);
    expect(find(targets, `${key}[eq]:${ownerId}`)).toHaveLength(1);
  });

  it('detaches, then answers NOT_FOUND when nothing is attached', async () => {
    expect(await bff.data(detach)).toEqual({ [`detach${type}`]: [{ id: targetRowId }] });
    expect(calls()).toEqual([
      `GET /rest/${targets}?depth=0&filter=${key}[eq]:${ownerId},${target}[eq]:${targetId}&limit=60 200`,
      `DELETE /rest/${targets}/${targetRowId} 200`,
    ]);
    expect(find(targets, `${key}[eq]:${ownerId},or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)`)).toEqual([]);

    bff.resetRequests();
    expect(await bff.execute(detach)).toEqual({
      data: { [`detach${type}`]: null },
      errors: [
        {
          message: `${type} ${ownerId} is not attached to ${targetName} ${targetId}.`,
          path: [`detach${type}`],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'NOT_FOUND', writeOutcome: 'NOT_APPLIED' },
        },
      ],
    });
    expect(calls()).toHaveLength(1);
  });

  it.each([
    ['two targets', `{ personId: "${ADA}", ${target}: "${targetId}" }`, `got personId, ${target}`],
    ['no target', '{}', 'got none'],
  ])('refuses %s before any upstream call', async (_name, targetInput, got) => {
    const result = await bff.execute(`mutation { attach${type}(${key}: "${ownerId}", target: ${targetInput}) { id } }`);
    expect(result.errors).toEqual([
      {
        message: `Expected exactly one of personId, companyId, opportunityId at "target", ${got}.`,
        path: [`attach${type}`],
        locations: [{ line: 1, column: 12 }],
        extensions: { code: 'BAD_USER_INPUT', argumentPath: 'target' },
      },
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('passes Twenty’s 400 message on', async () => {
    bff.sandbox.faults.inject({ kind: 'status', status: 400, times: 1, match: { method: 'POST' } });
    const result = await bff.execute(attach);
    expect(result.errors?.[0]?.message).toBe('Twenty rejected the request: Injected sandbox fault: HTTP 400');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      upstream: { status: 400, method: 'POST', path: `/rest/${targets}` },
      writeOutcome: 'NOT_APPLIED',
    });
    expect(find(targets, `${key}[eq]:${ownerId}`)).toEqual([]);
  });
});

describe('custom fields', () => {
  const CREATE_TIER = /* GraphQL */ `mutation ($data: CreateFieldInput!) { createField(data: $data) { name type isCustom defaultValue options { value label position } } }`;

  it('creates a select field whose values are usable at once through customFields', async () => {
    const created = await bff.data(CREATE_TIER, {
      data: {
        objectMetadataId: objectIdOf('companies'),
        name: 'tier',
        label: 'Tier',
        type: 'SELECT',
        options: [
          { value: 'GOLD', label: 'Gold', color: 'yellow' },
          { value: 'SILVER', label: 'Silver' },
        ],
        defaultValue: 'SILVER',
      },
    });
    expect(created).toEqual({
      createField: {
        name: 'tier',
        type: 'SELECT',
        isCustom: true,
        defaultValue: "'SILVER'",
        options: [
          { value: 'GOLD', label: 'Gold', position: 0 },
          { value: 'SILVER', label: 'Silver', position: 1 },
        ],
      },
    });
    expect(bff.upstream()[0]?.body).toEqual({
      objectMetadataId: objectIdOf('companies'),
      name: 'tier',
      label: 'Tier',
      type: 'SELECT',
      options: [
        { value: 'GOLD', label: 'Gold', color: 'yellow', position: 0 },
        { value: 'SILVER', label: 'Silver', position: 1 },
      ],
      defaultValue: "'SILVER'",
    });

    bff.resetRequests();
    const company = await bff.data(`mutation { updateCompany(id: "${ACME}", data: { customFields: { tier: "GOLD" } }) { name customFields } }`);
    expect(company).toEqual({ updateCompany: { name: 'Acme', customFields: { tier: 'GOLD' } } });
    expect(calls()).toEqual([METADATA_READ, `PATCH /rest/companies/${ACME}?depth=0 200`]);
    expect(bff.upstream()[1]?.body).toEqual({ tier: 'GOLD' });
  });

  it('refuses a custom value outside the field’s options, or an unknown custom field, without writing', async () => {
    const outside = await bff.execute(`mutation { updateCompany(id: "${ACME}", data: { customFields: { tier: "BRONZE" } }) { id } }`);
    expect(outside.errors?.[0]).toEqual({
      message: 'Expected one of GOLD, SILVER at "data.customFields.tier", got "BRONZE".',
      path: ['updateCompany'],
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'data.customFields.tier' },
    });
    const unknown = await bff.execute(`mutation { createCompany(data: { name: "X", customFields: { rank: 1 } }) { id } }`);
    expect(unknown.errors?.[0]?.message).toBe('Company has no writable field "rank" in this workspace, at "data.customFields.rank".');
    expect(calls()).toEqual([METADATA_READ, METADATA_READ]);
  });

  it('sees a field created earlier in the same operation', async () => {
    const data = await bff.data(`mutation {
      createField(data: { objectMetadataId: "${objectIdOf('people')}", name: "nickname", label: "Nickname", type: "TEXT" }) { name }
      updatePerson(id: "${ADA}", data: { customFields: { nickname: "Countess" } }) { customFields }
    }`);
    expect(data).toEqual({ createField: { name: 'nickname' }, updatePerson: { customFields: { nickname: 'Countess' } } });
    expect(calls()).toEqual(['POST /rest/metadata/fields 201', METADATA_READ, `PATCH /rest/people/${ADA}?depth=0 200`]);
  });

  it('updates the options, then deletes the field', async () => {
    const tier = bff.sandbox.workspace.listFields().find((field) => field.name === 'tier')?.id ?? '';
    const updated = await bff.data(`mutation { updateField(id: "${tier}", data: { options: [{ value: "GOLD", label: "Gold" }, { value: "PLATINUM", label: "Platinum" }] }) { options { value } } }`);
    expect(updated).toEqual({ updateField: { options: [{ value: 'GOLD' }, { value: 'PLATINUM' }] } });
    expect(await bff.data(`mutation { updateCompany(id: "${ACME}", data: { customFields: { tier: "PLATINUM" } }) { customFields } }`)).toEqual({
      updateCompany: { customFields: { tier: 'PLATINUM' } },
    });

    expect(await bff.data(`mutation { deleteField(id: "${tier}") { id } }`)).toEqual({ deleteField: { id: tier } });
    const gone = await bff.execute(`mutation { updateCompany(id: "${ACME}", data: { customFields: { tier: "GOLD" } }) { id } }`);
    expect(gone.errors?.[0]?.message).toBe('Company has no writable field "tier" in this workspace, at "data.customFields.tier".');
    expect(calls()).toEqual([
      `PATCH /rest/metadata/fields/${tier} 200`,
      METADATA_READ,
      `PATCH /rest/companies/${ACME}?depth=0 200`,
      `DELETE /rest/metadata/fields/${tier} 200`,
      METADATA_READ,
    ]);
  });

  it.each([
    [
      'a SELECT without options',
      { name: 'level', label: 'Level', type: 'SELECT' },
      'Expected at least one option at "data.options" for a SELECT field, got none.',
      'data.options',
    ],
    ['a name that is not camelCase', { name: 'Level', label: 'Level', type: 'TEXT' }, 'Expected a camelCase name such as "invoiceLine" at "data.name", got "Level".', 'data.name'],
  ])('refuses %s before any upstream call', async (_name, input, message, argumentPath) => {
    const result = await bff.execute(CREATE_TIER, { data: { objectMetadataId: objectIdOf('companies'), ...input } });
    expect(result.errors?.[0]).toEqual({ message, path: ['createField'], locations: [{ line: 1, column: 39 }], extensions: { code: 'BAD_USER_INPUT', argumentPath } });
    expect(bff.upstream()).toEqual([]);
  });

  it.each([
    ['updateField', `updateField(id: "${MISSING}", data: { label: "x" }) { id }`, `Twenty rejected the request: Field metadata with id ${MISSING} not found`, 'BAD_USER_INPUT', 400, 'PATCH', 'fields'],
    ['deleteField', `deleteField(id: "${MISSING}") { id }`, 'Not found in Twenty: Field metadata not found', 'NOT_FOUND', 404, 'DELETE', 'fields'],
    ['updateObject', `updateObject(id: "${MISSING}", data: { icon: "IconX" }) { id }`, 'Not found in Twenty: Object metadata not found', 'NOT_FOUND', 404, 'PATCH', 'objects'],
    ['deleteObject', `deleteObject(id: "${MISSING}") { id }`, 'Not found in Twenty: Object metadata not found', 'NOT_FOUND', 404, 'DELETE', 'objects'],
  ])('answers %s of an unknown id as Twenty does (contract §1.4)', async (name, field, message, code, status, method, collection) => {
    expect(await bff.execute(`mutation { ${field} }`)).toEqual({
      data: { [name]: null },
      errors: [
        {
          message,
          path: [name],
          locations: [{ line: 1, column: 12 }],
          extensions: { code, upstream: { status, method, path: `/rest/metadata/${collection}/${MISSING}` }, writeOutcome: 'NOT_APPLIED' },
        },
      ],
    });
    expect(calls()).toHaveLength(1);
  });
});

describe('custom objects', () => {
  const fields = 'nameSingular namePlural labelSingular isCustom isActive';

  it('creates, deactivates and deletes an object, refusing to delete it while active', async () => {
    const created = await bff.data<{ createObject: { id: string } }>(
      `mutation { createObject(data: { nameSingular: "invoice", namePlural: "invoices", labelSingular: "Invoice", labelPlural: "Invoices" }) { id ${fields} } }`,
    );
    const { id } = created.createObject;
    expect(created).toEqual({ createObject: { id, nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', isCustom: true, isActive: true } });

    const active = await bff.execute(`mutation { deleteObject(id: "${id}") { id } }`);
    expect(active.errors?.[0]?.message).toBe('Twenty rejected the request: Object must be deactivated (isActive: false) before it can be deleted');
    expect(active.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    expect(await bff.data(`mutation { updateObject(id: "${id}", data: { isActive: false }) { ${fields} } }`)).toEqual({
      updateObject: { nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', isCustom: true, isActive: false },
    });
    expect(await bff.data(`mutation { deleteObject(id: "${id}") { id } }`)).toEqual({ deleteObject: { id } });
    expect(calls()).toEqual([
      'POST /rest/metadata/objects 201',
      `DELETE /rest/metadata/objects/${id} 400`,
      `PATCH /rest/metadata/objects/${id} 200`,
      `DELETE /rest/metadata/objects/${id} 200`,
    ]);
    expect(bff.sandbox.workspace.listObjects().some((object) => object.id === id)).toBe(false);
  });

  it('refuses equal singular and plural names before any upstream call', async () => {
    const result = await bff.execute('mutation { createObject(data: { nameSingular: "fish", namePlural: "fish", labelSingular: "Fish", labelPlural: "Fish" }) { id } }');
    expect(result.errors?.[0]?.message).toBe('Expected a plural name different from the singular one at "data.namePlural", got "fish".');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentPath: 'data.namePlural' });
    expect(bff.upstream()).toEqual([]);
  });
});
