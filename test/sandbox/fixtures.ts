import { afterAll } from 'vitest';

import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox, SandboxOptions } from '../../src/sandbox/types.js';

/** Ids that sort in creation order, so `order by id` is the fixture order. */
export const COMPANY_ID = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
export const OTHER_COMPANY_ID = '4a0f5b2e-6d1c-4c8e-9b7a-000000000002';
export const MISSING_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

/** The id of fixture person `n` (1-based). */
export function personId(n: number): string {
  return `7c1d2e3f-4a5b-4c6d-8e9f-${String(n).padStart(12, '0')}`;
}

const CITIES = ['Paris', 'Lyon', 'Paris', 'Nantes'];

/** Four people at positions 0..3 (Twenty's find-many integration fixture), all at Acme. */
export function fourPeople(): Array<Record<string, unknown>> {
  return CITIES.map((city, position) => ({
    id: personId(position + 1),
    name: { firstName: `Person${position}`, lastName: 'Test' },
    emails: { primaryEmail: `person${position}@acme.test`, additionalEmails: null },
    city,
    jobTitle: '',
    position,
    companyId: COMPANY_ID,
  }));
}

/** Acme (with Twenty's test link) and Globex. */
export function twoCompanies(): Array<Record<string, unknown>> {
  return [
    {
      id: COMPANY_ID,
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://test.com', primaryLinkLabel: '', secondaryLinks: null },
      employees: 10,
    },
    { id: OTHER_COMPANY_ID, name: 'Globex', employees: 250 },
  ];
}

/** Exact small fixtures: two companies and four people, no demo data. */
export function smallWorkspace(): SandboxOptions {
  return { demoData: false, records: { companies: twoCompanies(), people: fourPeople() } };
}

/**
 * Returns a starter of sandboxes for one test file: each started sandbox is
 * closed in the file's afterAll.
 */
export function sandboxes(): (options?: SandboxOptions) => Promise<RunningSandbox> {
  const running: RunningSandbox[] = [];
  afterAll(async () => {
    await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
  });
  return async (options = {}) => {
    const sandbox = await startSandbox(options);
    running.push(sandbox);
    return sandbox;
  };
}
