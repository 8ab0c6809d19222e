import { defineConfig } from "vitest/config";

// Sibling workspace packages resolve to their TypeScript sources through the
// "@stancewatch/source" export condition, so tests never need a build.
const conditions = ["@stancewatch/source", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: ["packages/*", "apps/*"],
  },
});
