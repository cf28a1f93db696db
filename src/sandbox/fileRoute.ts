import type { RestResponse } from './restRouter.js';
import { SandboxHttpError, type WorkspaceApi } from './types.js';

/** The path prefix Twenty serves stored files under: `<server>/files/<fullPath>`. */
export const FILES_PATH_PREFIX = '/files/';

// Content types by extension, as a file server sends them.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

// A 1×1 transparent PNG, so an image attachment renders.
const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Answers `GET /files/<fullPath>` for the attachment whose `fullPath` it is
 * (contract §5.3: `attachment/<uuid>.<ext>`): placeholder bytes with the
 * content type of the extension — a real 1×1 PNG, a one-page PDF, a line of
 * text otherwise. Unlike Twenty, no signed file token is required. Throws a
 * 404 SandboxHttpError when no live attachment has that path.
 */
export function serveFile(workspace: WorkspaceApi, path: string): RestResponse {
  const fullPath = decodedPathOrThrow(path.slice(FILES_PATH_PREFIX.length));
  const attachment = attachmentAt(workspace, fullPath);
  if (attachment === undefined) {
    throw fileNotFound();
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fullPath)?.[1]?.toLowerCase() ?? '';
  const contentType = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  return {
    status: 200,
    body: undefined,
    raw: placeholderBytes(extension, typeof attachment['name'] === 'string' ? attachment['name'] : fullPath),
    headers: { 'Content-Type': contentType },
  };
}

function attachmentAt(workspace: WorkspaceApi, fullPath: string): Record<string, unknown> | undefined {
  try {
    const page = workspace.findMany('attachments', {
      filter: { kind: 'leaf', path: ['fullPath'], comparator: 'eq', value: fullPath },
      orderBy: [],
      limit: 1,
      depth: 0,
    });
    return page.records[0];
  } catch (error) {
    // No (active) attachment object: no files either.
    if (error instanceof SandboxHttpError) {
      return undefined;
    }
    throw error;
  }
}

function decodedPathOrThrow(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw fileNotFound();
  }
}

function placeholderBytes(extension: string, name: string): Buffer {
  if (extension === 'png') {
    return PNG_PIXEL;
  }
  if (extension === 'pdf') {
    return Buffer.from(minimalPdf(name), 'latin1');
  }
  return Buffer.from(`twenty-bff sandbox file: ${name}\n`, 'utf8');
}

// A valid one-page PDF whose page shows `name` (ASCII only; other characters become '?').
function minimalPdf(name: string): string {
  const text = name.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '\\$&');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

function fileNotFound(): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', ['File not found']);
}
