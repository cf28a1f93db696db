import { readFileSync, writeFileSync } from 'node:fs';

import { createStandardObjects } from '../src/model/standardObjects.js';
import { loadBaseTypeDefs, SCHEMA_DIRECTORY, STANDARD_SDL_FILE, workspaceSdlOf } from '../src/schema/loadTypeDefs.js';

// `npm run codegen` step 1: the SDL of the standard data model
// (src/model/standardObjects.ts), committed as schema/standard.generated.graphql
// so resolver types, client codegen and reviewers see it. `--check` only
// compares (npm test), exiting 1 when the committed copy is stale.
const path = `${SCHEMA_DIRECTORY}/${STANDARD_SDL_FILE}`;
const { sdl, warnings } = workspaceSdlOf(createStandardObjects(), loadBaseTypeDefs());
if (warnings.length > 0) {
  console.error(`schema: the standard model does not fit the schema:\n${warnings.join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== sdl) {
    console.error(`schema: schema/${STANDARD_SDL_FILE} is out of date with src/model/standardObjects.ts. Run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.info(`schema: schema/${STANDARD_SDL_FILE} is current.`);
} else {
  writeFileSync(path, sdl);
  console.info(`schema: wrote schema/${STANDARD_SDL_FILE}.`);
}
