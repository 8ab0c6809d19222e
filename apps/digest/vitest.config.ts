import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "digest", include: ["test/**/*.test.ts", "src/**/*.test.ts"] },
});
