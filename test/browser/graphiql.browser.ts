import { existsSync } from 'node:fs';

import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Debian's chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

describe('GraphiQL in a browser', () => {
  let bff: TestBff;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package, or set CHROMIUM_PATH.`);
    }
    bff = await startTestBff();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await bff?.close();
  });

  it('opens on the README examples, runs the nested one, and loads nothing from outside 127.0.0.1', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(bff.url);
    const tabs = page.locator('.graphiql-tab');
    await tabs.filter({ hasText: 'NestedRelations' }).click();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    try {
      await result.getByText('"accountOwner"').first().waitFor({ timeout: 30_000 });
    } catch (error) {
      await page.screenshot({ path: 'graphiql-failure.png' });
      throw error;
    }

    const expected = await bff.data<{ companies: { edges: Array<{ node: { name: string } }> } }>(
      '{ companies(first: 10, orderBy: [{ employees: DescNullsLast }]) { edges { node { name } } } }',
    );
    const firstCompany = expected.companies.edges[0]?.node.name ?? '';
    expect(firstCompany).not.toBe('');
    await result.getByText(`"${firstCompany}"`).first().waitFor({ timeout: 5_000 });
    expect(await tabs.allInnerTexts()).toEqual(
      expect.arrayContaining(['People', 'PeopleInParis', 'NestedRelations', 'NotesWithTargets', 'DataModel', 'CreateCompany']),
    );
    const outside = requested.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    // The page itself and one GraphQL POST per run, all to twenty-bff.
    expect(requested.filter((url) => url.startsWith(bff.url))).not.toHaveLength(0);
    await page.close();
  });
});
