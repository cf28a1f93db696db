import { createRequire } from 'node:module';

import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has no `exports` map: Node (and so `npm start` and the
    // libraries vitest leaves to Node, such as @graphql-tools) load its
    // CommonJS `main`, while Vite would pick its ESM `module` build for our
    // own files. Two copies of graphql refuse each other's types, so every
    // import goes to the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
