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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
