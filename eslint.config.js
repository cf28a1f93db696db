// @ts-check
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The dependency direction of STYLE.md §B2, enforced here and nowhere else:
//   main → {config, server, context}; server → {resolvers, errors, cost};
//   resolvers → {translate, loaders, errors} (+ types of context, __generated__);
//   loaders → {twenty, translate, model}; translate → {errors, utils} (+ twenty/types,
//   twenty/filterGrammar, twenty/recordCursor); errors → {twenty, utils};
//   twenty → utils; utils → nothing; sandbox → itself, twenty/filterGrammar, utils.
// Folders are listed as the only ones each folder may import; anything else
// under src/ is refused. Tests (`__tests__/`, `test/`) are outside the layers.

const TESTS = ['**/__tests__/**', 'test/**'];

/** A zone refusing every src/ import of `folder` except from `allowed` (folders or files, relative to src/). */
function onlyImports(folder, allowed, why) {
  return {
    target: `./src/${folder}`,
    from: './src',
    except: [`./${folder}`, ...allowed.map((path) => `./${path}`)],
    message: why,
  };
}

const zones = [
  onlyImports('utils', [], 'src/utils/ is dependency-free: it imports nothing from src/.'),
  onlyImports('twenty', ['utils'], 'src/twenty/ is the HTTP client: it imports only utils/.'),
  onlyImports('model', ['utils'], 'src/model/ is Twenty\'s standard data model, shared by the sandbox and the BFF: it imports only utils/.'),
  onlyImports(
    'sandbox',
    ['utils', 'model', 'twenty/filterGrammar.ts'],
    'src/sandbox/ stands apart from the BFF: its own modules, model/, twenty/filterGrammar and utils/ only.',
  ),
  onlyImports(
    'translate',
    ['utils', 'errors', 'twenty/types.ts', 'twenty/filterGrammar.ts', 'twenty/recordCursor.ts'],
    'src/translate/ is pure: errors/, utils/ and the pure parts of twenty/ (types, filterGrammar, recordCursor) only.',
  ),
  // model/: a groupBy on a Twenty without that route is computed with the
  // rules the sandbox serves it with (src/model/groupBy.ts).
  onlyImports('loaders', ['translate', 'twenty', 'model', 'utils'], 'src/loaders/ sits between translate/ and the Twenty client: nothing above them.'),
  onlyImports('errors', ['twenty', 'utils'], 'src/errors/ maps TwentyApiError and our own errors: twenty/ and utils/ only.'),
  onlyImports('schema', ['translate', 'model', 'utils'], 'src/schema/ builds and reads the SDL: model/, translate/ field specs and utils/ only.'),
  onlyImports(
    'cost',
    ['schema', 'translate', 'loaders', 'resolvers/relations.ts', 'utils'],
    'src/cost/ estimates without calling Twenty: schema/, translate/, the loaders\' batch sizes and resolvers/relations only.',
  ),
  {
    target: './src',
    from: './test',
    message: 'Nothing in src/ imports test/.',
  },
];

/** `no-restricted-imports` paths: got and ioredis belong to src/twenty/ alone. */
const HTTP_AND_REDIS = [
  { name: 'got', message: 'Only src/twenty/ speaks HTTP to Twenty.' },
  { name: 'ioredis', message: 'Only src/twenty/ talks to Redis.' },
];
const GRAPHQL = [
  { name: 'graphql', message: 'Below the resolvers, errors are plain data: errors/formatError.ts turns them into GraphQL errors.' },
];
const APOLLO = { group: ['@apollo/*'], message: 'Apollo belongs to server/ and errors/.' };
const BFF_PACKAGES = [
  ...GRAPHQL,
  { name: 'dataloader', message: 'The sandbox is not the BFF.' },
  { name: 'got', message: 'The sandbox is not the BFF.' },
  { name: 'ioredis', message: 'The sandbox is not the BFF.' },
];

/** One `no-restricted-imports` setting per folder (a later flat-config entry replaces, never merges, a rule's options). */
function restrictPackages(files, paths, patterns = []) {
  return { files, ignores: TESTS, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  { ignores: ['src/__generated__/**', 'examples/web/src/gql/**', 'node_modules/**', 'dist/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.js'],
    extends: [tseslint.configs.recommended, importX.flatConfigs.recommended, importX.flatConfigs.typescript],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      // `.js` in imports names the `.ts` file beside it (NodeNext).
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      // The TypeScript compiler already checks names and namespaces.
      'import-x/named': 'off',
      'import-x/namespace': 'off',
      'import-x/no-named-as-default-member': 'off',
      eqeqeq: ['error', 'smart'],
      curly: 'error',
    },
  },
  {
    // Config files must export their configuration as default.
    files: ['eslint.config.js', 'vitest.config.ts', 'vitest.browser.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Tests sit outside the layers: they start the sandbox, a private Redis, the BFF.
    files: ['src/**/*.ts'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }] },
  },
  restrictPackages(['src/**/*.ts'], HTTP_AND_REDIS),
  restrictPackages(['src/twenty/**/*.ts'], [...GRAPHQL], [APOLLO]),
  restrictPackages(['src/utils/**/*.ts'], [...GRAPHQL, ...HTTP_AND_REDIS], [APOLLO]),
  restrictPackages(['src/translate/**/*.ts'], [...GRAPHQL, ...HTTP_AND_REDIS], [APOLLO]),
  restrictPackages(['src/loaders/**/*.ts'], [...GRAPHQL, ...HTTP_AND_REDIS], [APOLLO]),
  restrictPackages(['src/sandbox/**/*.ts'], BFF_PACKAGES, [APOLLO]),
);
