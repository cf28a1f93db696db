import { describe, expect, it } from 'vitest';

import { isUuid } from '../ids.js';
import type { ObjectMetadata, ViewMetadata } from '../types.js';
import { viewsOf } from '../workspaceViews.js';
import { type ErrorBody, httpClient, sandboxStarter } from './sandboxHttp.js';

const start = sandboxStarter();

interface ViewList {
  data: ViewMetadata[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const STANDARD_CREATED_AT = '2025-11-03T08:00:00.000Z';

async function objectsOf(client: ReturnType<typeof httpClient>): Promise<ObjectMetadata[]> {
  return (await client.get<{ data: { objects: ObjectMetadata[] } }>('/rest/metadata/objects?limit=200')).body.data.objects;
}

describe('viewsOf over HTTP (GET /rest/metadata/views)', () => {
  it('lists an INDEX table per business object and the opportunities kanban, in id order, in the new envelope whatever the objects use', async () => {
    const sandbox = await start({ demoData: false, metadataEnvelope: 'legacy' });
    const client = httpClient(sandbox);
    const objects = await objectsOf(client);
    const idOf = (nameSingular: string) => objects.find((object) => object.nameSingular === nameSingular)?.id;
    const answer = await client.get<ViewList>('/rest/metadata/views');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['data', 'pageInfo', 'totalCount']);
    const views = answer.body.data;
    const sortedIds = views.map((view) => view.id).sort();
    expect(views.map((view) => view.id)).toEqual(sortedIds);
    expect(answer.body.totalCount).toBe(6);
    expect(answer.body.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: sortedIds[0], endCursor: sortedIds[5] });
    expect(
      views
        .map((view) => [view.name, view.objectMetadataId, view.type, view.key, view.icon, view.position])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['All Companies', idOf('company'), 'TABLE', 'INDEX', 'IconList', 0],
      ['All Notes', idOf('note'), 'TABLE', 'INDEX', 'IconList', 0],
      ['All Opportunities', idOf('opportunity'), 'TABLE', 'INDEX', 'IconList', 0],
      ['All People', idOf('person'), 'TABLE', 'INDEX', 'IconList', 0],
      ['All Tasks', idOf('task'), 'TABLE', 'INDEX', 'IconList', 0],
      ['By Stage', idOf('opportunity'), 'KANBAN', null, 'IconLayoutKanban', 1],
    ]);
    const stage = objects.find((object) => object.nameSingular === 'opportunity')?.fields.find((field) => field.name === 'stage');
    const byStage = views.find((view) => view.name === 'By Stage');
    expect(byStage).toEqual({
      id: byStage?.id,
      name: 'By Stage',
      objectMetadataId: idOf('opportunity'),
      type: 'KANBAN',
      key: null,
      icon: 'IconLayoutKanban',
      position: 1,
      isCompact: false,
      isCustom: false,
      openRecordIn: 'SIDE_PANEL',
      kanbanAggregateOperation: null,
      kanbanAggregateOperationFieldMetadataId: null,
      mainGroupByFieldMetadataId: stage?.id,
      shouldHideEmptyGroups: false,
      calendarLayout: null,
      calendarFieldMetadataId: null,
      anyFieldFilterValue: null,
      visibility: 'WORKSPACE',
      createdAt: STANDARD_CREATED_AT,
      updatedAt: STANDARD_CREATED_AT,
      deletedAt: null,
    });
    expect(views.every((view) => isUuid(view.id))).toBe(true);
    // The same workspace has the same view ids.
    const again = await httpClient(await start({ demoData: false })).get<ViewList>('/rest/metadata/views');
    expect(again.body.data).toEqual(views);
  });

  it('reads one view, 404 for an unknown id, 400 for a malformed one', async () => {
    const client = httpClient(await start({ demoData: false }));
    const [first] = (await client.get<ViewList>('/rest/metadata/views')).body.data;
    const one = await client.get<ViewMetadata>(`/rest/metadata/views/${first?.id.toUpperCase() ?? ''}`);
    expect([one.status, one.body]).toEqual([200, first]);
    const unknown = await client.get<ErrorBody>('/rest/metadata/views/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f');
    expect([unknown.status, unknown.body]).toEqual([404, { statusCode: 404, error: 'NotFoundException', messages: ['View not found'] }]);
    const malformed = await client.get<ErrorBody>('/rest/metadata/views/abc');
    expect([malformed.status, malformed.body.messages]).toEqual([400, ["'abc' is not a valid UUID"]]);
    const created = await client.post<ErrorBody>('/rest/metadata/views', { name: 'Mine' });
    expect([created.status, created.body.error]).toEqual([501, 'NotImplementedException']);
  });

  it('pages by id with limit and starting_after', async () => {
    const client = httpClient(await start({ demoData: false }));
    const all = (await client.get<ViewList>('/rest/metadata/views')).body.data.map((view) => view.id);
    const first = (await client.get<ViewList>('/rest/metadata/views?limit=4')).body;
    expect(first.data.map((view) => view.id)).toEqual(all.slice(0, 4));
    expect([first.pageInfo.hasNextPage, first.totalCount]).toEqual([true, 6]);
    const second = (await client.get<ViewList>(`/rest/metadata/views?limit=4&starting_after=${first.pageInfo.endCursor ?? ''}`)).body;
    expect(second.data.map((view) => view.id)).toEqual(all.slice(4));
    expect([second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
  });

  it("gives a custom object its own INDEX view, gone with the object", async () => {
    const client = httpClient(await start({ demoData: false, metadataEnvelope: 'new' }));
    const rocket = (await client.post<ObjectMetadata>('/rest/metadata/objects', { nameSingular: 'rocket', namePlural: 'rockets', labelSingular: 'Rocket', labelPlural: 'Rockets' })).body;
    const views = (await client.get<ViewList>('/rest/metadata/views')).body;
    expect(views.totalCount).toBe(7);
    expect(views.data.filter((view) => view.objectMetadataId === rocket.id)).toMatchObject([
      { name: 'All Rockets', type: 'TABLE', key: 'INDEX', isCustom: true, createdAt: rocket.createdAt, updatedAt: rocket.createdAt },
    ]);
    await client.patch(`/rest/metadata/objects/${rocket.id}`, { isActive: false });
    await client.delete(`/rest/metadata/objects/${rocket.id}`);
    expect((await client.get<ViewList>('/rest/metadata/views')).body.totalCount).toBe(6);
  });
});

describe('viewsOf', () => {
  it('gives system objects no view', async () => {
    const sandbox = await start({ demoData: false });
    const objects = sandbox.workspace.listObjects();
    const viewed = new Set(viewsOf(objects).map((view) => view.objectMetadataId));
    expect(objects.filter((object) => viewed.has(object.id)).every((object) => !object.isSystem)).toBe(true);
    expect(objects.filter((object) => !viewed.has(object.id)).every((object) => object.isSystem)).toBe(true);
  });
});
