import { defineConfig } from 'vitest/config';

import base from './vitest.config.js';

// `npm run test:browser`: tests that drive a real Chromium (test/browser), on
// the main configuration (its graphql alias) with only these files.
export default defineConfig({ ...base, test: { ...base.test, include: ['test/browser/**/*.browser.ts'], testTimeout: 60_000 } });
