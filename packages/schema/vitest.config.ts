import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "schema",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["../../scripts/fail-on-console.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
