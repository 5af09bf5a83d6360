// A body posted by hand to the save action, with a javascript: picture, an
// onerror attribute and javascript: links: nothing unsafe reaches the row.
import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { saveInput } from "@/tests/factories/editing";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const hostileBody = {
  type: "doc",
  content: [
    { type: "figure", attrs: { src: "javascript:alert(1)", alt: "x", onerror: "alert(1)" }, content: [] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Xem ", marks: [{ type: "link", attrs: { href: "javascript:alert(document.cookie)", onclick: "alert(1)" } }] },
        { type: "text", text: "tại đây", marks: [{ type: "link", attrs: { href: "https://dangcongsan.vn/" } }] },
      ],
    },
  ],
};

describe(`saving a hand-made body on ${database.kind}`, () => {
  it("stores no unsafe URL or event handler, in the JSON or the HTML", async () => {
    const { createUser } = await import("@/tests/factories");
    const { createItem } = await import("@/lib/server/items/editing/create-item");
    const { saveItem } = await import("@/lib/server/items/editing/save-item");
    const { db } = await import("@/lib/db");
    const author = await createUser();
    const { id } = await createItem({ actor: author, input: { kind: "NEWS" } });

    await saveItem({ actor: author, input: saveInput(id, 1, { title: "Bài có mã độc", bodyJson: hostileBody }) });

    const row = await db.item.findUniqueOrThrow({ where: { id }, select: { bodyJson: true, bodyHtml: true, bodyText: true } });
    const stored = `${JSON.stringify(row.bodyJson)}\n${row.bodyHtml}`;
    expect(stored).not.toMatch(/javascript:|onerror|onclick|alert/i);
    expect(row.bodyText).toContain("Xem tại đây");
    expect(row.bodyHtml).toContain('href="https://dangcongsan.vn/"');
  });
});
