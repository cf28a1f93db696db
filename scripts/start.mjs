// `npm start`: compiles src/ to dist/ when a source file is newer than the
// last build (tsc, incremental), then runs dist/main.js in this very process,
// so that SIGTERM and SIGINT reach the server itself. Plain JavaScript: it
// needs nothing but Node to run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', '.tsbuildinfo');

function newestSourceTime(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestSourceTime(path));
    } else if (entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

const sources = join(root, 'src');
// An image or package with dist/ and no src/ runs what it has.
if (existsSync(sources) && (!existsSync(built) || newestSourceTime(sources) > statSync(built).mtimeMs)) {
  console.info('twenty-bff: compiling src/ to dist/ (first start, or sources changed)…');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
}
await import(pathToFileURL(join(root, 'dist', 'main.js')).href);
