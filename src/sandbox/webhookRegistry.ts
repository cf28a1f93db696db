import { randomBytes, randomUUID } from 'node:crypto';
import { inspect } from 'node:util';

import { isPlainObject } from '../utils/isPlainObject.js';
import { deterministicUuid, isUuid } from './ids.js';
import { badRequest, SandboxHttpError, type SandboxWebhook } from './types.js';

/** A webhook as Twenty's metadata API returns it (WebhookDTO, without applicationId). */
export interface RegisteredWebhook {
  id: string;
  targetUrl: string;
  operations: string[];
  description: string | null;
  secret: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: null;
}

/**
 * The workspace's webhooks: those given to `startSandbox` (deterministic ids)
 * and those created through `/rest/metadata/webhooks`, as Twenty's
 * WebhookService manages them. Methods throw SandboxHttpError like Twenty;
 * webhooks go out as copies.
 */
export class WebhookRegistry {
  private readonly webhooks: RegisteredWebhook[];
  private readonly now: () => Date;

  constructor(initial: readonly SandboxWebhook[], now: () => Date = () => new Date()) {
    this.now = now;
    const createdAt = now().toISOString();
    this.webhooks = initial.map((webhook, index) => ({
      id: deterministicUuid('twenty-sandbox', 'webhook', String(index), webhook.targetUrl),
      targetUrl: targetUrlOrThrow(webhook.targetUrl),
      operations: webhook.operations ?? ['*.*'],
      description: null,
      secret: webhook.secret,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    }));
  }

  /** Every webhook, oldest first. */
  list(): RegisteredWebhook[] {
    return structuredClone(this.webhooks);
  }

  /** The webhook `id`; 400 for an id that is not a UUID, 404 for an unknown one. */
  get(id: string): RegisteredWebhook {
    return structuredClone(this.webhookOrThrow(id));
  }

  /**
   * Creates a webhook from `{ targetUrl, operations?, description?, secret?, id? }`:
   * operations default to `['*.*']`, a missing secret is generated (32 random
   * bytes in hex, generateWebhookSecret). 400 for a target that is not an
   * http(s) URL or a field of the wrong type.
   */
  create(body: unknown): RegisteredWebhook {
    const input = inputOrThrow(body);
    const id = input['id'] === undefined ? randomUUID() : uuidOrThrow(input['id']);
    if (this.webhooks.some((webhook) => webhook.id === id)) {
      throw badRequest(`A webhook with id ${id} already exists`);
    }
    const now = this.now().toISOString();
    const webhook: RegisteredWebhook = {
      id,
      targetUrl: targetUrlOrThrow(input['targetUrl']),
      operations: input['operations'] === undefined ? ['*.*'] : operationsOrThrow(input['operations']),
      description: optionalTextOrThrow(input, 'description') ?? null,
      secret: optionalTextOrThrow(input, 'secret') ?? randomBytes(32).toString('hex'),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.webhooks.push(webhook);
    return structuredClone(webhook);
  }

  /** Updates targetUrl, operations, description and secret; 404 for an unknown id, 400 for bad values. */
  update(id: string, body: unknown): RegisteredWebhook {
    const webhook = this.webhookOrThrow(id);
    const input = inputOrThrow(body);
    Object.assign(webhook, {
      ...(input['targetUrl'] === undefined ? {} : { targetUrl: targetUrlOrThrow(input['targetUrl']) }),
      ...(input['operations'] === undefined ? {} : { operations: operationsOrThrow(input['operations']) }),
      ...(input['description'] === undefined ? {} : { description: optionalTextOrThrow(input, 'description') ?? null }),
      ...(input['secret'] === undefined ? {} : { secret: optionalTextOrThrow(input, 'secret') ?? '' }),
      updatedAt: this.now().toISOString(),
    });
    return structuredClone(webhook);
  }

  /** Deletes the webhook `id`; 404 for an unknown id. */
  delete(id: string): void {
    this.webhooks.splice(this.webhooks.indexOf(this.webhookOrThrow(id)), 1);
  }

  private webhookOrThrow(id: string): RegisteredWebhook {
    if (!isUuid(id)) {
      throw badRequest(`'${id}' is not a valid UUID`);
    }
    const webhook = this.webhooks.find((candidate) => candidate.id === id.toLowerCase());
    if (webhook === undefined) {
      throw webhookNotFound();
    }
    return webhook;
  }
}

function webhookNotFound(): SandboxHttpError {
  return new SandboxHttpError(404, 'NotFoundException', ['webhooks item not found']);
}

function inputOrThrow(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) {
    throw badRequest(`Invalid webhook input ${inspect(body)}: expected a JSON object`);
  }
  return body;
}

function uuidOrThrow(value: unknown): string {
  if (!isUuid(value)) {
    throw badRequest(`id must be a UUID, got ${inspect(value)}`);
  }
  return value.toLowerCase();
}

// WebhookService.normalizeTargetUrl and its http/https check; the message is
// WebhookException INVALID_TARGET_URL's.
function targetUrlOrThrow(value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw badRequest('Invalid target URL provided');
  }
  return url.toString();
}

function operationsOrThrow(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw badRequest(`operations must be an array of strings such as ["person.created", "*.*"], got ${inspect(value)}`);
  }
  return [...value];
}

function optionalTextOrThrow(input: Record<string, unknown>, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw badRequest(`${key} must be a string, got ${inspect(value)}`);
  }
  return value;
}
