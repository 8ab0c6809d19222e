import { defineProject } from "vitest/config";

// Projects do not inherit the root's resolve conditions: without them, @stancewatch/schema would
// resolve to its (possibly stale) dist/ instead of its TypeScript sources.
const conditions = ["@stancewatch/source", "default"];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: "store",
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["../../scripts/fail-on-console.ts"],
  },
});
