import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What a production build is made from. A change to any of these makes the
// build stale and `npm start` rebuilds before serving.
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
];
const IGNORED = new Set(["node_modules", "runtime"]);

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (IGNORED.has(name)) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function stampPath(distDir: string): string {
  return path.join(distDir, "source-hash.txt");
}

export function isBuildFresh(distDir: string, hash: string): boolean {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) return false;
  const stamp = stampPath(distDir);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash;
}

export function markBuild(distDir: string, hash: string): void {
  fs.writeFileSync(stampPath(distDir), hash);
}
