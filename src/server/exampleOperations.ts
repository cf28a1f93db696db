import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The README beside `src/` (or `dist/`), whose examples GraphiQL opens as tabs. */
export const README_PATH = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The body of every ```graphql block of a Markdown text, in order. */
export function extractGraphqlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/**
 * The README's example operations, the same ones its tests run; none when
 * the README is not there (an image that left it out).
 */
export function readExampleOperations(path: string = README_PATH): string[] {
  try {
    return extractGraphqlBlocks(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}
