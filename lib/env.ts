import "server-only";
import { parseEnv, type Env } from "@/lib/env-schema";

// The settings, read from process.env and validated once (lib/env-schema.ts
// says what is valid). Server-only: they include the secrets.
export { parseEnv, type Env, type MediaStorageSettings } from "@/lib/env-schema";

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forget the parsed settings (the launcher sets DATABASE_URL after reading them). */
export function resetEnv(): void {
  cached = undefined;
}
