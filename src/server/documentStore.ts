import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Most bytes of parsed operations kept between requests, as `estimateDocumentBytes` counts them. */
export const DOCUMENT_STORE_MAX_BYTES = 32 * 1024 * 1024;

/** Apollo's `documentStore` interface (a KeyValueCache of parsed operations), plus the bytes it holds. */
export interface DocumentStore {
  get(key: string): Promise<DocumentNode | undefined>;
  set(key: string, value: DocumentNode): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Bytes held, as `estimateDocumentBytes` counts them. */
  readonly size: number;
}

/**
 * Apollo's cache of parsed and validated operations (its `documentStore`
 * option), bounded by what the documents really hold: least recently used
 * ones go first past `maxBytes`. Apollo's default counts a document's JSON,
 * which leaves out the source text every node's location keeps, so a short
 * operation padded with a megabyte of spaces counted as a hundred bytes.
 */
export function createDocumentStore(maxBytes: number = DOCUMENT_STORE_MAX_BYTES): DocumentStore {
  const cache = new LRUCache<string, DocumentNode>({ maxSize: maxBytes, sizeCalculation: estimateDocumentBytes });
  return {
    get: async (key) => cache.get(key),
    set: async (key, value) => {
      cache.set(key, value);
    },
    delete: async (key) => cache.delete(key),
    get size() {
      return cache.calculatedSize;
    },
  };
}

// Measured on Node 20 (heap growth per parsed document held): about 4.5
// bytes of heap per character of the document's JSON, plus its source text.
const HEAP_BYTES_PER_JSON_CHARACTER = 5;

/**
 * The heap a parsed document keeps alive: its source text (which every
 * node's `loc` references) plus its AST, estimated from the AST's JSON length.
 */
export function estimateDocumentBytes(document: DocumentNode): number {
  const source = document.loc?.source.body.length ?? 0;
  return Math.max(1, source + HEAP_BYTES_PER_JSON_CHARACTER * JSON.stringify(document).length);
}
