import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

// The dependency direction of STYLE.md B2, checked on every import of src/:
// resolvers → translate/loaders → twenty client; twenty never speaks graphql;
// the sandbox stands alone but for the shared grammar and utils.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return entry.name === '__tests__' ? [] : sourceFiles(path);
    }
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of a file: package names as written, relative ones as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map(([, target = '']) =>
    target.startsWith('.') ? relative(SRC, resolve(dirname(file), target)).replace(/\.js$/, '') : target,
  );
}

const FILES = sourceFiles(SRC).map((file) => ({ file: relative(SRC, file), imports: importsOf(file) }));

function violations(folder: string, allowed: (target: string) => boolean): string[] {
  return FILES.filter(({ file }) => file.startsWith(`${folder}/`)).flatMap(({ file, imports }) =>
    imports.filter((target) => !allowed(target)).map((target) => `${file} imports ${target}`),
  );
}

const isPackage = (target: string) => !target.includes('/') || target.startsWith('@') || target.startsWith('node:');
const inFolder = (target: string, ...folders: string[]) => folders.some((folder) => target.startsWith(`${folder}/`));

describe('dependency direction', () => {
  it('keeps graphql out of the Twenty client', () => {
    expect(violations('twenty', (target) => !target.startsWith('graphql') && (isPackage(target) ? true : inFolder(target, 'twenty', 'utils')))).toEqual([]);
  });

  it('keeps the sandbox apart from the BFF', () => {
    expect(
      violations('sandbox', (target) =>
        isPackage(target) ? !target.startsWith('graphql') && !target.startsWith('@apollo') : inFolder(target, 'sandbox', 'utils') || target === 'twenty/filterGrammar',
      ),
    ).toEqual([]);
  });

  it('keeps translation pure: no loaders, resolvers, server or HTTP', () => {
    expect(
      violations('translate', (target) =>
        isPackage(target) ? target === 'graphql' || target === 'node:util' : inFolder(target, 'translate', 'utils', 'errors') || ['twenty/filterGrammar', 'twenty/recordCursor', 'twenty/types'].includes(target),
      ),
    ).toEqual([]);
  });

  it('lets loaders use only translation, the client and utils', () => {
    expect(
      violations('loaders', (target) =>
        isPackage(target) ? target === 'dataloader' : inFolder(target, 'loaders', 'translate', 'utils') || target === 'twenty/createTwentyClient' || target === 'twenty/types',
      ),
    ).toEqual([]);
  });

  it('keeps the cost estimate off the network: schema, relations and translation only', () => {
    expect(
      violations('cost', (target) =>
        isPackage(target)
          ? target === 'graphql'
          : inFolder(target, 'cost', 'schema', 'translate', 'utils') ||
            target === 'resolvers/relations' ||
            // Types, and the ids-per-request constant the loaders batch with.
            ['loaders/createLoaders', 'loaders/loadConnection', 'loaders/relatedConnections'].includes(target),
      ),
    ).toEqual([]);
  });

  it('finds the source files it checks', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });
});
