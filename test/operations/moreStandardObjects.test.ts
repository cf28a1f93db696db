import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const calls = (bff: TestBff) => bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`);

describe('the standard objects a CRM screen needs, beyond records', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ seed: 42 });
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  it('serves attachments with a file URL that downloads the file', async () => {
    const { attachments } = await bff.data<{ attachments: { edges: Array<{ node: { name: string; fullPath: string; fileUrl: string } }> } }>(
      '{ attachments(first: 1, orderBy: [{ name: AscNullsLast }]) { edges { node { name fullPath fileUrl } } } }',
    );
    const [attachment] = attachments.edges.map(({ node }) => node);
    expect(attachment?.fileUrl).toBe(`${bff.sandbox.url}/files/${attachment?.fullPath}`);
    const download = await fetch(attachment?.fileUrl ?? '');
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('serves favorites, timeline activities, message threads and calendar events with their relations', async () => {
    const data = await bff.data<{
      favorites: { totalCount: number; edges: Array<{ node: Record<string, { id: string } | null> }> };
      timelineActivities: { edges: Array<{ node: { name: string; targetCompany: { id: string } | null } }> };
      messageThreads: { edges: Array<{ node: { messages: { totalCount: number } } }> };
      calendarEvents: { totalCount: number };
    }>(`{
      favorites(first: 10) { totalCount edges { node { company { id } person { id } opportunity { id } task { id } note { id } } } }
      timelineActivities(first: 3, filter: { name: { eq: "company.created" } }) { edges { node { name targetCompany { id } } } }
      messageThreads { edges { node { messages { totalCount } } } }
      calendarEvents { totalCount }
    }`);
    expect(data.favorites.totalCount).toBe(6);
    // Each favorite stars one record.
    expect(data.favorites.edges.map(({ node }) => Object.values(node).filter((target) => target !== null).length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(data.timelineActivities.edges.map(({ node }) => node.name)).toEqual(['company.created', 'company.created', 'company.created']);
    expect(data.timelineActivities.edges.every(({ node }) => node.targetCompany !== null)).toBe(true);
    expect(data.messageThreads.edges.map(({ node }) => node.messages.totalCount).reduce((sum, count) => sum + count, 0)).toBe(5);
    expect(data.calendarEvents.totalCount).toBe(3);
  });

  it("lists the workspace's saved views, of one object when asked, in one request", async () => {
    const { object } = await bff.data<{ object: { id: string; fields: Array<{ id: string; name: string }> } }>(
      '{ object(nameSingular: "opportunity") { id fields { id name } } }',
    );
    bff.resetRequests();
    const { views } = await bff.data<{ views: Array<{ name: string; type: string; key: string | null; groupByFieldMetadataId: string | null }> }>(
      `{ views(objectId: "${object.id}") { name type key groupByFieldMetadataId } }`,
    );
    const stage = object.fields.find((field) => field.name === 'stage');
    expect(views).toEqual([
      { name: 'All Opportunities', type: 'TABLE', key: 'INDEX', groupByFieldMetadataId: null },
      { name: 'By Stage', type: 'KANBAN', key: null, groupByFieldMetadataId: stage?.id },
    ]);
    expect(calls(bff)).toEqual(['GET /rest/metadata/views 200']);
  });
});
