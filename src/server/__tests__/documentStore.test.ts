import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { createDocumentStore, estimateDocumentBytes } from '../documentStore.js';

describe('estimateDocumentBytes', () => {
  it("counts the source text a document keeps, which Apollo's JSON-based count leaves out", () => {
    const padded = parse(`{ ping } #nonce${' '.repeat(100_000)}`);
    // What Apollo's default store counts: about a hundred bytes.
    expect(JSON.stringify(padded).length).toBeLessThan(500);
    expect(estimateDocumentBytes(padded)).toBeGreaterThan(100_000);
  });

  it('counts the AST of a document with little padding', () => {
    const document = parse('{ people(first: 5) { edges { node { id name { firstName lastName } } } } }');
    expect(estimateDocumentBytes(document)).toBe(document.loc!.source.body.length + 5 * JSON.stringify(document).length);
  });
});

describe('createDocumentStore', () => {
  it('keeps the bytes it holds under its maximum, dropping the least recently used documents', async () => {
    const store = createDocumentStore(1_000_000);
    for (let index = 0; index < 50; index += 1) {
      await store.set(`doc${index}`, parse(`{ ping } #${index}${' '.repeat(100_000)}`));
    }
    expect(store.size).toBeLessThanOrEqual(1_000_000);
    expect(store.size).toBeGreaterThan(800_000);
    expect(await store.get('doc0')).toBeUndefined();
    expect(await store.get('doc49')).toBeDefined();
  });

  it('gives back what it stored', async () => {
    const store = createDocumentStore();
    const document = parse('{ ping }');
    await store.set('a', document);
    expect(await store.get('a')).toBe(document);
    expect(await store.delete('a')).toBe(true);
    expect(await store.get('a')).toBeUndefined();
  });
});
