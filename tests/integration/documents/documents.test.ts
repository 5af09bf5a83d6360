// Directive documents from the back office to the public site, against a
// real database: drafts stay private, publishing needs a file and the
// board, unpublishing keeps the record, and every change is audited.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

async function load() {
  const t = await loadWith(
    import("@/lib/validations/document"),
    import("@/lib/documents/document-filters"),
    import("@/lib/server/documents/list-published-documents"),
    import("@/lib/server/media/storage"),
    import("@/lib/server/documents/create-document").then((m) => ({ createDocumentCase: m.createDocument })),
    import("@/lib/server/documents/update-document"),
    import("@/lib/server/documents/publish-document"),
    import("@/lib/server/documents/unpublish-document"),
    import("@/lib/server/documents/delete-document"),
    import("@/lib/server/documents/attach-document-file"),
    import("@/lib/server/documents/detach-document-file"),
    import("@/lib/server/documents/reorder-document-files"),
    import("@/lib/server/documents/get-published-document"),
    import("@/lib/server/documents/get-admin-document"),
    import("@/lib/server/documents/list-admin-documents"),
    import("@/lib/server/media/find-downloadable-file"),
  );
  const { db, listPublishedDocuments, parseDocumentFilters, storagePath } = t;
  return {
    ...t,
    publicSlugs: async () => (await listPublishedDocuments(parseDocumentFilters({}), 1)).documents.map((document) => document.slug),
    /** An uploaded file as POST /api/uploads leaves it: the stored bytes and their MediaFile row. */
    uploadFile: async (kind: "PDF" | "DOCX" | "IMAGE", uploadedById: number, name = `van-ban.${kind.toLowerCase()}`) => {
      const key = `test/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${kind === "IMAGE" ? "webp" : kind.toLowerCase()}`;
      fs.mkdirSync(path.dirname(storagePath(key)), { recursive: true });
      fs.writeFileSync(storagePath(key), kind === "PDF" ? "%PDF-1.7\n%%EOF\n" : "PK\u0003\u0004");
      const mimeType = { PDF: "application/pdf", DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", IMAGE: "image/webp" }[kind];
      return db.mediaFile.create({ data: { kind, storageKey: key, originalName: name, mimeType, sizeBytes: 16, uploadedById } });
    },
  };
}

type Loaded = Awaited<ReturnType<typeof load>>;

const form = {
  numberSymbol: "91-KH/ĐUK",
  type: "PLAN",
  issuingBody: "Ban Thường vụ Đảng ủy khối",
  issuedAt: "2019-02-28",
  effectiveAt: "2019-02-28",
  summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm 2019",
  signerName: "Đỗ Xuân Phong",
};

async function people(t: Loaded) {
  const secretary = await t.createUser({ name: "Thư ký Ban Biên tập", roles: ["SECRETARY"] });
  const board = await t.createUser({ name: "Trưởng Ban Biên tập", roles: ["EDITORIAL_BOARD"] });
  return { secretary, board };
}

describe(`directive documents on ${database.kind}`, () => {
  it("a draft stays private; publishing needs a file; once published it is listed with its file; unpublished it is gone but kept", async () => {
    const t = await load();
    const { secretary, board } = await people(t);
    const created = await t.createDocumentCase({ actor: secretary, ip: "10.0.0.7", input: t.documentCreateSchema.parse(form) });
    expect(created.slug).toBe("ke-hoach-91-kh-duk");
    const draft = await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } });
    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null, createdById: secretary.id, numberSymbol: "91-KH/ĐUK" });
    expect(draft.issuedAt.toISOString()).toBe("2019-02-28T00:00:00.000Z");
    expect(await t.publicSlugs()).not.toContain(created.slug);
    expect(await t.getPublishedDocument(created.slug)).toBeNull();

    await expect(t.publishDocument({ actor: board, documentId: created.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/chưa có tệp đính kèm/),
    });
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");

    const pdf = await t.uploadFile("PDF", secretary.id, "91-KH-ĐUK.pdf");
    await t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id });
    // A draft's attachment cannot be downloaded by guessing its key.
    expect(await t.findDownloadableFile(pdf.storageKey)).toBeNull();

    const published = await t.publishDocument({ actor: board, ip: "10.0.0.8", documentId: created.id });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(await t.publicSlugs()).toContain(created.slug);
    const page = await t.getPublishedDocument(created.slug);
    expect(page).toMatchObject({ numberSymbol: "91-KH/ĐUK", type: "PLAN", signerName: "Đỗ Xuân Phong", effectiveAt: "2019-02-28T00:00:00.000Z" });
    expect(page?.files).toEqual([{ storageKey: pdf.storageKey, originalName: "91-KH-ĐUK.pdf", mimeType: "application/pdf", kind: "PDF", sizeBytes: 16 }]);
    expect(await t.findDownloadableFile(pdf.storageKey)).toMatchObject({ fileName: "91-KH-ĐUK.pdf" });
    await expect(t.publishDocument({ actor: board, documentId: created.id })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });

    await t.unpublishDocument({ actor: board, documentId: created.id, reason: "Văn bản đã hết hiệu lực" });
    expect(await t.publicSlugs()).not.toContain(created.slug);
    expect(await t.getPublishedDocument(created.slug)).toBeNull();
    const kept = await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id }, include: { files: true } });
    expect(kept).toMatchObject({ status: "UNPUBLISHED", publishedAt: published.publishedAt });
    expect(kept.files).toHaveLength(1);
    // Ever published: never deleted.
    await expect(t.deleteDocument({ actor: board, documentId: created.id })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });

    // Put back: the first publication's time stays.
    const again = await t.publishDocument({ actor: board, documentId: created.id });
    expect(again.publishedAt).toEqual(published.publishedAt);

    const audit = await t.db.auditLog.findMany({ where: { objectType: "document", objectId: String(created.id) }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["documents.create", secretary.id],
      ["documents.attach-file", secretary.id],
      ["documents.publish", board.id],
      ["documents.unpublish", board.id],
      ["documents.publish", board.id],
    ]);
    expect(audit[0]).toMatchObject({ ip: "10.0.0.7", result: "SUCCESS" });
    expect(audit[3]?.details).toMatchObject({ reason: "Văn bản đã hết hiệu lực" });
  });

  it("the secretary cannot publish or unpublish: the use case refuses and audits it", async () => {
    const t = await load();
    const { secretary, board } = await people(t);
    const created = await t.createDocumentCase({ actor: secretary, input: t.documentCreateSchema.parse({ ...form, numberSymbol: "17-ĐA/TU", type: "SCHEME" }) });
    const pdf = await t.uploadFile("PDF", secretary.id);
    await t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id });

    await expect(t.publishDocument({ actor: secretary, documentId: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Chỉ Ban Biên tập mới được công bố hoặc gỡ văn bản.",
    });
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
    expect(await t.db.auditLog.findFirst({ where: { action: "permission.denied", actorId: secretary.id, objectId: String(created.id) } })).toMatchObject({
      result: "DENIED",
      details: { capability: "documents.publish" },
    });

    await t.publishDocument({ actor: board, documentId: created.id });
    await expect(t.unpublishDocument({ actor: secretary, documentId: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const contributor = await t.createUser({ roles: ["CONTRIBUTOR"] });
    await expect(t.createDocumentCase({ actor: contributor, input: t.documentCreateSchema.parse(form) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PUBLISHED");
  });

  it("attaches only PDF and DOCX, reorders, and keeps at least one file on a published document", async () => {
    const t = await load();
    const { secretary, board } = await people(t);
    const created = await t.createDocumentCase({ actor: board, input: t.documentCreateSchema.parse({ ...form, numberSymbol: "46/KH-STTTT", issuingBody: "Sở Thông tin và Truyền thông" }) });
    const image = await t.uploadFile("IMAGE", secretary.id);
    await expect(t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: image.id })).rejects.toMatchObject({ code: "VALIDATION" });
    const pdf = await t.uploadFile("PDF", secretary.id, "ke-hoach.pdf");
    const docx = await t.uploadFile("DOCX", secretary.id, "ke-hoach.docx");
    await t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id });
    await t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: docx.id });
    await expect(t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id })).rejects.toMatchObject({ code: "VALIDATION" });

    await expect(t.reorderDocumentFiles({ actor: secretary, documentId: created.id, order: [docx.id] })).rejects.toMatchObject({ code: "CONFLICT" });
    await t.reorderDocumentFiles({ actor: secretary, documentId: created.id, order: [docx.id, pdf.id] });
    expect((await t.getAdminDocument(created.id))?.files.map((file) => file.id)).toEqual([docx.id, pdf.id]);

    await t.publishDocument({ actor: board, documentId: created.id });
    expect((await t.getPublishedDocument(created.slug))?.files.map((file) => file.originalName)).toEqual(["ke-hoach.docx", "ke-hoach.pdf"]);
    await t.detachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: docx.id });
    await expect(t.detachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/ít nhất một tệp/),
    });
    // The stored file outlives its link.
    expect(await t.db.mediaFile.count({ where: { id: docx.id } })).toBe(1);
    const actions = (await t.db.auditLog.findMany({ where: { objectType: "document", objectId: String(created.id) }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["documents.create", "documents.attach-file", "documents.attach-file", "documents.reorder-files", "documents.publish", "documents.detach-file"]);
  });

  it("edits: a stale form is refused; the slug follows the number until first publication; a never-published draft can be deleted", async () => {
    const t = await load();
    const { secretary, board } = await people(t);
    const created = await t.createDocumentCase({ actor: secretary, input: t.documentCreateSchema.parse({ ...form, numberSymbol: "-KH/ĐUK" }) });
    expect(created.slug).toBe("ke-hoach-kh-duk");
    const pdf = await t.uploadFile("PDF", secretary.id);
    await t.attachDocumentFile({ actor: secretary, documentId: created.id, mediaFileId: pdf.id });
    await expect(t.publishDocument({ actor: board, documentId: created.id })).rejects.toMatchObject({ message: expect.stringMatching(/chưa có số/) });

    const edit = (changes: Record<string, string>, expectedUpdatedAt?: Date) =>
      t.documentUpdateSchema.parse({ ...form, documentId: String(created.id), expectedUpdatedAt: expectedUpdatedAt?.toISOString(), ...changes });
    const first = await t.updateDocument({ actor: secretary, input: edit({ numberSymbol: "135-KH/ĐUK" }, created.updatedAt) });
    expect(first.document).toMatchObject({ numberSymbol: "135-KH/ĐUK", slug: "ke-hoach-135-kh-duk" });
    // Someone else's form, loaded before that save.
    await expect(t.updateDocument({ actor: board, input: edit({ summary: "Bản sửa đè lên bản khác của văn bản" }, created.updatedAt) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } })).summary).toBe(form.summary);

    await t.publishDocument({ actor: board, documentId: created.id });
    const published = await t.db.directiveDocument.findUniqueOrThrow({ where: { id: created.id } });
    const fixed = await t.updateDocument({ actor: board, input: edit({ numberSymbol: "136-KH/ĐUK", signerName: "" }, published.updatedAt) });
    expect(fixed).toMatchObject({ isPublic: true, document: { numberSymbol: "136-KH/ĐUK", slug: "ke-hoach-135-kh-duk", signerName: null } });
    expect((await t.getPublishedDocument("ke-hoach-135-kh-duk"))?.numberSymbol).toBe("136-KH/ĐUK");
    await expect(t.updateDocument({ actor: board, input: edit({ numberSymbol: "-KH/ĐUK" }) })).rejects.toMatchObject({ code: "VALIDATION" });
    const update = await t.db.auditLog.findFirstOrThrow({ where: { action: "documents.update", objectId: String(created.id) }, orderBy: { id: "desc" } });
    expect(update.details).toMatchObject({ from: { numberSymbol: "135-KH/ĐUK", signerName: "Đỗ Xuân Phong" }, to: { numberSymbol: "136-KH/ĐUK", signerName: null } });

    const mistaken = await t.createDocumentCase({ actor: secretary, input: t.documentCreateSchema.parse({ ...form, numberSymbol: "12-CV/BTGTU", type: "OFFICIAL_LETTER" }) });
    const letter = await t.uploadFile("PDF", secretary.id);
    await t.attachDocumentFile({ actor: secretary, documentId: mistaken.id, mediaFileId: letter.id });
    await t.deleteDocument({ actor: secretary, documentId: mistaken.id });
    expect(await t.db.directiveDocument.findUnique({ where: { id: mistaken.id } })).toBeNull();
    expect(await t.db.mediaFile.count({ where: { id: letter.id } })).toBe(1);
    expect(await t.db.auditLog.findFirst({ where: { action: "documents.delete", objectId: String(mistaken.id) } })).toMatchObject({
      actorId: secretary.id,
      details: { numberSymbol: "12-CV/BTGTU", mediaFileIds: [letter.id] },
    });
  });

  it("the back-office list shows every status, filters, and finds without diacritics", async () => {
    const t = await load();
    const { secretary, board } = await people(t);
    const plan = await t.createDocumentCase({ actor: secretary, input: t.documentCreateSchema.parse({ ...form, numberSymbol: "72-KH/BTGTU", issuingBody: "Ban Tuyên giáo Tỉnh ủy" }) });
    const report = await t.createDocumentCase({
      actor: secretary,
      input: t.documentCreateSchema.parse({ ...form, numberSymbol: "85-BC/BTGTU", type: "REPORT", issuedAt: "2021-08-18", effectiveAt: "", summary: "Báo cáo kết quả thực hiện Chỉ thị 07-CT/TW" }),
    });
    const pdf = await t.uploadFile("PDF", secretary.id);
    await t.attachDocumentFile({ actor: secretary, documentId: report.id, mediaFileId: pdf.id });
    await t.publishDocument({ actor: board, documentId: report.id });
    const list = (filter: Partial<Parameters<Loaded["listAdminDocuments"]>[0]>) =>
      t.listAdminDocuments({ q: "", type: null, status: null, year: null, ...filter }, 1).then((result) => result.documents.map((row) => row.id));

    expect(await list({})).toEqual(expect.arrayContaining([plan.id, report.id]));
    expect(await list({ status: "DRAFT" })).toContain(plan.id);
    expect(await list({ status: "DRAFT" })).not.toContain(report.id);
    expect(await list({ type: "REPORT" })).toEqual([report.id]);
    expect(await list({ year: 2021 })).toEqual([report.id]);
    expect(await list({ q: "bao cao ket qua" })).toEqual([report.id]);
    expect(await list({ q: "72-kh" })).toEqual([plan.id]);
    const [row] = (await t.listAdminDocuments({ q: "", type: "REPORT", status: null, year: null }, 1)).documents;
    expect(row).toMatchObject({ status: "PUBLISHED", fileCount: 1, numberSymbol: "85-BC/BTGTU" });
  });
});
