// `npm run bench:workflow`: how long the editorial workflow's writes take on a
// real PostgreSQL (the native server by default; BENCH_WORKFLOW_DB=pglite for
// the embedded one): an editor save of a full-length article (validated
// against the Tiptap schema, rendered, sanitised, with its revision), each
// workflow move, and the scheduler publishing a batch of due items.
// Prints a table of milliseconds; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDemoItemContent } from "@/prisma/seed/item-content";
import { createTestDatabase, type TestDatabaseKind } from "@/tests/setup/test-database";

const SAVES = Number(process.env.BENCH_SAVES || 200);
const MOVED_ITEMS = Number(process.env.BENCH_MOVED_ITEMS || 50);
const DUE_ITEMS = Number(process.env.BENCH_DUE_ITEMS || 200);

type Row = { operation: string; samples: number[] };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed<T>(samples: number[], run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  samples.push(performance.now() - start);
  return result;
}

async function main(): Promise<void> {
  const kind = (process.env.BENCH_WORKFLOW_DB || "native") as TestDatabaseKind;
  const database = await createTestDatabase(kind);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-bench-workflow-"));
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = dataDir;
  try {
    const { createSection, createWorkflowCast, createScheduledItem } = await import("@/tests/factories");
    const { createItem } = await import("@/lib/server/items/editing/create-item");
    const { saveItem } = await import("@/lib/server/items/editing/save-item");
    const { moveItem } = await import("@/lib/server/workflow/move-item");
    const { publishDueItems } = await import("@/lib/server/workflow/publish-due-items");
    const { disconnectDb } = await import("@/lib/db");

    const cast = await createWorkflowCast();
    const section = await createSection();
    const author = { ...cast.author, roles: cast.author.roles };
    const content = (index: number) => {
      const demo = buildDemoItemContent(index);
      return { kind: demo.kind, isInDepth: demo.isInDepth, title: demo.title, lead: demo.lead, bodyJson: demo.bodyJson };
    };
    const fields = (index: number, itemId: number, version: number, isAutosave: boolean) => ({
      ...content(index),
      itemId,
      version,
      isAutosave,
      sectionIds: [section.id],
      tags: ["Học tập và làm theo Bác"],
      coAuthorIds: [],
      penName: null,
      source: null,
      coverImageId: null,
      coverCaption: null,
      coverAlt: null,
    });

    const rows: Row[] = [
      { operation: "autosave (article body, one revision checkpoint)", samples: [] },
      { operation: "manual save (new revision + audit row)", samples: [] },
      { operation: "submit (status, event, audit, notifications)", samples: [] },
      { operation: "forward", samples: [] },
      { operation: "publish now", samples: [] },
      { operation: `scheduler catch-up: ${DUE_ITEMS} due items (total)`, samples: [] },
    ];
    const [autosaves, manualSaves, submits, forwards, publishes, scheduler] = rows.map((row) => row.samples) as number[][];

    const { id } = await createItem({ actor: author, input: { kind: "ARTICLE" } });
    let version = 1;
    for (let index = 0; index < SAVES; index += 1) {
      const isAutosave = index % 5 !== 4;
      const saved = await timed(isAutosave ? autosaves! : manualSaves!, () =>
        saveItem({ actor: author, input: fields(index, id, version, isAutosave) }),
      );
      version = saved.version;
    }

    for (let index = 0; index < MOVED_ITEMS; index += 1) {
      const item = await createItem({ actor: author, input: { kind: "NEWS" } });
      await saveItem({ actor: author, input: fields(1000 + index, item.id, 1, false) });
      await timed(submits!, () => moveItem({ actor: cast.author, itemId: item.id, move: "submit" }));
      await timed(forwards!, () => moveItem({ actor: cast.secretary, itemId: item.id, move: "forward" }));
      await timed(publishes!, () => moveItem({ actor: cast.board, itemId: item.id, move: "publish" }));
    }

    for (let index = 0; index < DUE_ITEMS; index += 1) {
      await createScheduledItem({
        scheduledAt: new Date(Date.now() - 1000),
        approverId: cast.board.id,
        authorIds: [cast.author.id],
        sectionIds: [section.id],
      });
    }
    // The scheduler takes a batch a run; a catch-up runs until nothing is due.
    const published = await timed(scheduler!, async () => {
      const ids: number[] = [];
      for (let batch = await publishDueItems(); batch.length > 0; batch = await publishDueItems()) ids.push(...batch);
      return ids;
    });
    if (published.length !== DUE_ITEMS) throw new Error(`The scheduler published ${published.length} of ${DUE_ITEMS} due items.`);

    console.log(`\nWorkflow writes on ${kind === "native" ? "native PostgreSQL" : "PGlite"} (ms):\n`);
    console.log("| operation | n | p50 | p95 | max |\n|---|---:|---:|---:|---:|");
    for (const row of rows) {
      const sorted = [...row.samples].sort((a, b) => a - b);
      const cells = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1)!].map((ms) => ms.toFixed(1));
      console.log(`| ${row.operation} | ${sorted.length} | ${cells.join(" | ")} |`);
    }
    await disconnectDb();
  } finally {
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
