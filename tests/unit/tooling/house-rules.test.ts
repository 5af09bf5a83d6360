import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs, run through ESLint's own API on
// small modules placed at made-up paths of this repository: each violation
// must fail `npm run lint`, each allowed neighbour must not. Removing or
// loosening a rule fails here.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HOUSE_RULES = new Set(["import/no-restricted-paths", "no-restricted-imports", "house/client-boundary", "house/server-first"]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The house rules that report an error for `code` saved as `file`. */
async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join("\n"));
  return result.messages.filter((m) => m.severity === 2 && m.ruleId && HOUSE_RULES.has(m.ruleId)).map((m) => m.ruleId!);
}

const SERVER = 'import "server-only";\n';

describe("lib never imports app or components", () => {
  it.each([
    ["lib/items/sample.ts", 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n'],
    ["lib/items/sample.ts", 'import { Button } from "../../components/ui/button";\nexport const x = Button;\n'],
    ["lib/server/items/sample.ts", `${SERVER}import RootLayout from "@/app/layout";\nexport const x = RootLayout;\n`],
  ])("%s: %s", async (file, code) => {
    expect(await errors(file, code)).toContain("import/no-restricted-paths");
  });
});

describe("only the launcher's own files import lib/runtime", () => {
  it("refuses a domain module importing the runtime", async () => {
    expect(await errors("lib/server/items/sample.ts", `${SERVER}import { NEXT_CLI } from "@/lib/runtime/commands";\nexport const x = NEXT_CLI;\n`)).toContain(
      "import/no-restricted-paths",
    );
    expect(await errors("app/sample/page.tsx", 'import { NEXT_CLI } from "@/lib/runtime/commands";\nexport const x = NEXT_CLI;\n')).toContain(
      "import/no-restricted-paths",
    );
  });

  it("lets the runtime import itself and the domain's use cases", async () => {
    const code = 'import { NEXT_CLI } from "@/lib/runtime/commands";\nimport { recordAudit } from "@/lib/server/audit/record-audit";\nexport const x = [NEXT_CLI, recordAudit];\n';
    expect(await errors("lib/runtime/sample.ts", code)).toEqual([]);
  });
});

describe("shared code imports no server module", () => {
  it.each([
    'import { env } from "@/lib/env";\nexport const x = env;\n',
    'import { db } from "@/lib/db";\nexport const x = db;\n',
    'import { hashPassword } from "@/lib/server/auth/password";\nexport const x = hashPassword;\n',
    'import { hashPassword } from "../server/auth/password";\nexport const x = hashPassword;\n',
    'import "server-only";\n',
    'import fs from "node:fs";\nexport const x = fs;\n',
    'import { headers } from "next/headers";\nexport const x = headers;\n',
    'import { revalidateTag } from "next/cache";\nexport const x = revalidateTag;\n',
  ])("lib/items: %s", async (code) => {
    expect(await errors("lib/items/sample.ts", code)).not.toEqual([]);
  });

  it("holds for action-result.ts, the shared shape in lib/actions", async () => {
    expect(await errors("lib/actions/action-result.ts", 'import { env } from "@/lib/env";\nexport const x = env;\n')).not.toEqual([]);
  });

  it("lets shared code import shared code and packages", async () => {
    const code = 'import { z } from "zod";\nimport { can } from "@/lib/auth/permissions";\nimport type { ItemStatus } from "@/lib/generated/prisma/enums";\nexport const x: [unknown, unknown, ItemStatus?] = [z, can];\n';
    expect(await errors("lib/items/sample.ts", code)).toEqual([]);
  });
});

describe("only lib/db.ts and lib/server import Prisma", () => {
  it.each([
    ["app/sample/page.tsx", 'import { db } from "@/lib/db";\nexport const x = db;\n'],
    ["components/sample/panel.tsx", 'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const x = PrismaClient;\n'],
    ["proxy.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n'],
  ])("%s: %s", async (file, code) => {
    expect(await errors(file, code)).toContain("import/no-restricted-paths");
  });

  it("lets a loader use the database and anyone use the enums", async () => {
    expect(await errors("lib/server/items/sample.ts", `${SERVER}import { db } from "@/lib/db";\nexport const x = db;\n`)).toEqual([]);
    expect(await errors("components/sample/panel.tsx", 'import type { ItemStatus } from "@/lib/generated/prisma/enums";\nexport type X = ItemStatus;\n')).toEqual([]);
  });
});

describe("components/ui holds no domain code", () => {
  it.each([
    'import { can } from "@/lib/auth/permissions";\nexport const x = can;\n',
    'import { HomeBlock } from "@/components/dashboard/home-block";\nexport const x = HomeBlock;\n',
  ])("%s", async (code) => {
    expect(await errors("components/ui/sample.tsx", code)).toContain("import/no-restricted-paths");
  });

  it("lets it use other primitives, the date format and the action result's shape", async () => {
    const code =
      'import { Button } from "@/components/ui/button";\nimport { isoToDayText } from "@/lib/dates/day-text";\nimport type { ActionResult } from "@/lib/actions/action-result";\nexport const x: [unknown, unknown, ActionResult?] = [Button, isoToDayText];\n';
    expect(await errors("components/ui/sample.tsx", code)).toEqual([]);
  });
});

describe("the Next-hosting process loads no server-only module", () => {
  it("refuses lib/env.ts and server-only in the custom server's files", async () => {
    expect(await errors("lib/runtime/next-server.ts", 'import { env } from "@/lib/env";\nexport const x = env;\n')).toContain("import/no-restricted-paths");
    expect(await errors("lib/runtime/page-cache/sample.ts", 'import "server-only";\n')).toContain("import/no-restricted-paths");
  });

  it("lets it parse its settings with the pure parser", async () => {
    expect(await errors("lib/runtime/next-server.ts", 'import { parseEnv } from "@/lib/env-schema";\nexport const x = parseEnv;\n')).toEqual([]);
  });
});

describe("client components import no value from a server module", () => {
  const client = (body: string) => `"use client";\n${body}`;

  it.each([
    'import { db } from "@/lib/db";\nexport const x = db;\n',
    'import { env } from "@/lib/env";\nexport const x = env;\n',
    'import { env } from "../../lib/env";\nexport const x = env;\n',
    'import { getGradingContext } from "@/lib/server/royalties/get-item-grade";\nexport const x = getGradingContext;\n',
    'export { hashPassword } from "@/lib/server/auth/password";\n',
    'export const load = () => import("@/lib/server/auth/password");\n',
    'import "server-only";\n',
    'import fs from "node:fs";\nexport const x = fs;\n',
  ])("%s", async (code) => {
    expect(await errors("components/sample/form.tsx", client(code))).toContain("house/client-boundary");
  });

  it("lets it take types from anywhere and call server actions", async () => {
    const code = client(
      'import type { GradingContext } from "@/lib/server/royalties/get-item-grade";\nimport { type CurrentUser } from "@/lib/server/auth/current-user";\nimport { saveItemAction } from "@/lib/actions/item-editing";\nexport const x: [unknown, GradingContext?, CurrentUser?] = [saveItemAction];\n',
    );
    expect(await errors("components/sample/form.tsx", code)).toEqual([]);
  });

  it("leaves server components alone", async () => {
    const code = 'import { getGradingContext } from "@/lib/server/royalties/get-item-grade";\nexport const x = getGradingContext;\n';
    expect(await errors("components/sample/panel.tsx", code)).toEqual([]);
  });
});

describe('server modules start with import "server-only"', () => {
  it.each(["lib/server/items/sample.ts", "lib/db.ts", "lib/env.ts"])("%s", async (file) => {
    expect(await errors(file, "export const x = 1;\n")).toContain("house/server-first");
    expect(await errors(file, `export const x = 1;\n${SERVER}`)).toContain("house/server-first");
    expect(await errors(file, `${SERVER}export const x = 1;\n`)).toEqual([]);
  });

  it("adds the line with --fix", async () => {
    const [result] = await eslint.lintText("// Why this module exists.\nexport const x = 1;\n", { filePath: path.join(ROOT, "lib/server/items/sample.ts") });
    expect(result.messages.some((m) => m.ruleId === "house/server-first" && m.fix)).toBe(true);
    const fixer = new ESLint({ cwd: ROOT, fix: true });
    const [fixed] = await fixer.lintText("// Why this module exists.\nexport const x = 1;\n", { filePath: path.join(ROOT, "lib/server/items/sample.ts") });
    expect(fixed.output).toBe('// Why this module exists.\nimport "server-only";\nexport const x = 1;\n');
  });

  it('wants "use server" (or server-only) in lib/actions, except the shared action-result.ts', async () => {
    expect(await errors("lib/actions/sample.ts", "export async function act() {}\n")).toContain("house/server-first");
    expect(await errors("lib/actions/sample.ts", '"use server";\nexport async function act() {}\n')).toEqual([]);
    expect(await errors("lib/actions/sample.ts", `${SERVER}export async function act() {}\n`)).toEqual([]);
    expect(await errors("lib/actions/action-result.ts", "export const initial = { ok: true };\n")).toEqual([]);
  });
});
