// Each public page measured next to the reference server (reference-server.ts)
// sending the same page's bytes from memory: the table shows both rates and
// the page's share of the reference, which is what the target is set in.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure, stopServer, waitFor, type Row } from "./server";

export type ComparedRow = Row & { referenceRps: number; referenceP99: number; ratio: number };

const REFERENCE_SCRIPT = path.join(import.meta.dirname, "reference-server.ts");

/** Measures `pathname` on the site, then the same bytes from the reference server on `referencePort`. */
export async function measureAgainstReference(
  name: string,
  options: { port: number; referencePort: number; path: string; connections: number; requests?: { path: string }[] },
): Promise<ComparedRow> {
  const row = await measure(name, options);
  const page = await fetch(`http://127.0.0.1:${options.port}${options.path}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trang-bench-ref-")), "page");
  fs.writeFileSync(file, Buffer.from(await page.arrayBuffer()));
  const reference = spawn(process.execPath, ["--import", "tsx", REFERENCE_SCRIPT, String(options.referencePort), file, page.headers.get("content-type") ?? "text/html"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitFor(`http://127.0.0.1:${options.referencePort}/`, 30_000);
    const ref = await measure(`  reference for ${name}`, { port: options.referencePort, path: "/", connections: options.connections });
    const ratio = ref.rps ? row.rps / ref.rps : 0;
    console.log(`  ${name}: ${(ratio * 100).toFixed(0)} % of the reference`);
    return { ...row, referenceRps: ref.rps, referenceP99: ref.p99, ratio };
  } finally {
    await stopServer(reference);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

export function comparedTable(rows: readonly ComparedRow[]): string[] {
  return [
    "| page | path | requests/s | p50 (ms) | p99 (ms) | reference requests/s | reference p99 (ms) | share of reference | non-2xx | errors |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.rps} | ${r.p50} | ${r.p99} | ${r.referenceRps} | ${r.referenceP99} | ${(r.ratio * 100).toFixed(0)} % | ${r.non2xx} | ${r.errors} |`,
    ),
  ];
}
