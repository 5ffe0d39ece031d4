import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql@16 has no "exports": externalised deps (type-graphql, @apollo/server) load its CJS build,
    // Vite would hand test files index.mjs => "Cannot use GraphQLObjectType from another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Most test files wait on databases and child processes rather than the CPU: run three at
    // once even on two cores (vitest's default there is one).
    maxWorkers: 3,
    // Several files with pools, and child processes with their own, share one PostgreSQL server.
    // Lag shedding off (0): a test process does heavy synchronous work (seeding SQLite) beside its
    // servers on a shared machine, so whether a request arrived during lag would depend on the
    // machine's speed; tests of shedding set their own limits.
    env: { DATABASE_POOL_SIZE: "4", DIPLOGRAPH_MAX_LAG_MS: "0" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
