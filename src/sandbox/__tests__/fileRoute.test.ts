import { describe, expect, it } from 'vitest';

import { httpClient, sandboxStarter } from './sandboxHttp.js';

const start = sandboxStarter();

type RecordBody = Record<string, unknown> & { id: string };

async function download(url: string, method = 'GET'): Promise<{ status: number; contentType: string | null; bytes: Buffer }> {
  // No Authorization header: the URL alone fetches the file.
  const response = await fetch(url, { method });
  return { status: response.status, contentType: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('serveFile over HTTP (GET /files/<fullPath>)', () => {
  it('serves every demo attachment at <sandbox origin>/files/<fullPath> with the content type of its extension', async () => {
    const sandbox = await start();
    const client = httpClient(sandbox);
    const attachments = (await client.get<{ data: { attachments: RecordBody[] } }>('/rest/attachments?order_by=position')).body.data.attachments;
    const served = [];
    for (const attachment of attachments) {
      const file = await download(`${sandbox.url}/files/${String(attachment['fullPath'])}`);
      served.push([attachment['name'], file.status, file.contentType]);
      if (file.contentType === 'application/pdf') {
        expect(file.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
        expect(file.bytes.toString('latin1').endsWith('%%EOF\n')).toBe(true);
      } else if (file.contentType === 'image/png') {
        expect(file.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      } else {
        expect(file.bytes.toString('utf8')).toBe(`twenty-bff sandbox file: ${String(attachment['name'])}\n`);
      }
    }
    expect(served).toEqual([
      ['Master services agreement.pdf', 200, 'application/pdf'],
      ['Org chart.png', 200, 'image/png'],
      ['Pricing 2026.xlsx', 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['Pitch deck.pptx', 200, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['Call recording.mp3', 200, 'audio/mpeg'],
      ['Logos.zip', 200, 'application/zip'],
      ['Onboarding checklist.docx', 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['Product tour.mp4', 200, 'video/mp4'],
    ]);
    expect(sandbox.requests.at(-1)).toMatchObject({ method: 'GET', path: `/files/${String(attachments.at(-1)?.['fullPath'])}`, status: 200 });
  });

  it('serves an attachment created through the API, until it is deleted', async () => {
    const sandbox = await start({ demoData: false });
    const client = httpClient(sandbox);
    const created = await client.post<{ data: { createAttachment: RecordBody } }>('/rest/attachments', {
      name: 'Minutes (draft).txt',
      fullPath: 'attachment/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.txt',
    });
    const url = `${sandbox.url}/files/attachment/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.txt`;
    const file = await download(url);
    expect([file.status, file.contentType, file.bytes.toString('utf8')]).toEqual([
      200,
      'text/plain; charset=utf-8',
      'twenty-bff sandbox file: Minutes (draft).txt\n',
    ]);
    await client.delete(`/rest/attachments/${created.body.data.createAttachment.id}?soft_delete=true`);
    expect((await download(url)).status).toBe(404);
  });

  it("answers Twenty's 404 body for a path no attachment has, and refuses other verbs", async () => {
    const sandbox = await start({ demoData: false });
    const missing = await fetch(`${sandbox.url}/files/attachment/nope.pdf`);
    expect([missing.status, await missing.json()]).toEqual([404, { statusCode: 404, error: 'NotFoundException', messages: ['File not found'] }]);
    const malformed = await fetch(`${sandbox.url}/files/%E0%A4%A`);
    expect(malformed.status).toBe(404);
    const posted = await download(`${sandbox.url}/files/attachment/nope.pdf`, 'POST');
    expect([posted.status, JSON.parse(posted.bytes.toString('utf8'))]).toEqual([
      404,
      { statusCode: 404, error: 'NotFoundException', messages: ['Cannot POST /files/attachment/nope.pdf'] },
    ]);
  });
});
