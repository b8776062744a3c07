import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Load graphql as Node does (its CommonJS "main"), the copy Apollo's modules use; Vite would pick
  // graphql's ES "module" build, a second copy whose schema objects the first one rejects.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/postgres-server.ts', 'test/support/web-pages.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    // Requests are logged at info; tests keep warnings and errors only unless asked otherwise.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    hookTimeout: 120_000,
  },
});
