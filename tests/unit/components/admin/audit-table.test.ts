// The audit log viewer shows people what happened in Vietnamese; the code is
// only a tooltip (for someone searching the database or server logs).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditTable } from "@/components/admin/audit-table";
import type { AuditEntryRow } from "@/lib/server/audit/list-audit-log";

const entry = (id: string, action: string): AuditEntryRow => ({
  id,
  at: new Date("2026-11-02T01:30:00Z"),
  action,
  objectType: "item",
  objectId: "12",
  ip: "10.0.0.1",
  result: "SUCCESS",
  details: null,
  actor: { id: 1, name: "Thư ký Nguyễn Hòa", email: "thuky@demo.local" },
});

describe("audit table", () => {
  const html = renderToStaticMarkup(
    createElement(AuditTable, { entries: [entry("1", "item.submit"), entry("2", "media.upload"), entry("3", "permission.denied"), entry("4", "future.code")] }),
  );
  const visibleText = html.replace(/<[^>]+>/g, " ");

  it("shows labels, never codes, as text", () => {
    for (const label of ["Gửi thư ký", "Tải tệp lên", "Bị từ chối quyền truy cập"]) expect(visibleText).toContain(label);
    for (const code of ["item.submit", "media.upload", "permission.denied"]) expect(visibleText).not.toContain(code);
  });

  it("keeps each code in a tooltip", () => {
    for (const code of ["item.submit", "media.upload", "permission.denied"]) expect(html).toContain(`title="${code}"`);
  });

  it("falls back to the code for an action it has no label for", () => {
    expect(visibleText).toContain("future.code");
  });
});
