import { readFileSync } from 'node:fs';

import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

// CI check: the committed resolver types must be exactly what `npm run codegen`
// produces from schema/*.graphql, so resolvers and the schema cannot drift.
const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const outputs = await generate({ ...config, silent: true }, false);
let stale = 0;
for (const { filename, content } of outputs as Array<{ filename: string; content: string }>) {
  let committed = '';
  try {
    committed = readFileSync(filename, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== content) {
    console.error(`codegen: ${filename} is out of date with schema/*.graphql. Run \`npm run codegen\` and commit the result.`);
    stale += 1;
  }
}
if (stale === 0) {
  console.info('codegen: generated resolver types are current.');
}
process.exit(stale === 0 ? 0 : 1);
