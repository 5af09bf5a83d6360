import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside React's server build; tests load server modules
// directly, so it resolves to an empty module here (one place, not per file).
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per file; files run one at a time to stay within 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
