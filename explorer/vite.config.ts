// Builds the Explorer into explorer/dist, served by the API server under /explore
// (src/http/explorer.ts). Everything is bundled: the page loads nothing from another origin.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/explore/",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server gives hashed assets a year-long immutable cache; index.html is revalidated.
    assetsDir: "assets",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
  },
  oxc: { jsx: { runtime: "automatic" } },
});
