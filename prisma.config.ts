import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/runtime/migration-adapter";

// The WASM schema engine bundled with Prisma 6.19: nothing is downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL must be set to run a migration command.");
    return createMigrationAdapter(url);
  },
});
