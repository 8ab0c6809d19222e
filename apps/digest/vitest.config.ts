import { defineProject } from "vitest/config";

// Projects do not inherit the root's resolve conditions: without them, sibling packages resolve to
// their (possibly stale) dist/ instead of their TypeScript sources.
const conditions = ["@stancewatch/source", "default"];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: "digest",
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["../../scripts/fail-on-console.ts"],
  },
});
