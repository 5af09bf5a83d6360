// Small builders for integration tests: each creates one row (and what it
// needs) through the real Prisma client, with unique names and slugs.
import { db } from "@/lib/db";
import type {
  DocumentType,
  ItemKind,
  ItemStatus,
  Position,
  PublicationStatus,
  Role,
  UnitKind,
} from "@/lib/generated/prisma/client";

let sequence = 0;
const next = () => `${++sequence}-${Math.random().toString(36).slice(2, 7)}`;

export async function createUnit(input: { name?: string; kind?: UnitKind; parentId?: number } = {}) {
  return db.unit.create({
    data: { name: input.name ?? `Đơn vị ${next()}`, kind: input.kind ?? "DEPARTMENT", parentId: input.parentId },
  });
}

export async function createUser(
  input: { name?: string; unitId?: number; position?: Position; roles?: Role[] } = {},
) {
  const unitId = input.unitId ?? (await createUnit()).id;
  const suffix = next();
  return db.user.create({
    data: {
      name: input.name ?? `Cán bộ ${suffix}`,
      email: `user-${suffix}@example.test`,
      position: input.position ?? "STAFF",
      unitId,
      roles: input.roles ?? ["CONTRIBUTOR"],
    },
  });
}

export async function createSection(input: { name?: string; slug?: string; sortOrder?: number } = {}) {
  const suffix = next();
  return db.section.create({
    data: {
      name: input.name ?? `Chuyên mục ${suffix}`,
      slug: input.slug ?? `chuyen-muc-${suffix}`,
      sortOrder: input.sortOrder ?? sequence,
    },
  });
}

export type ItemInput = {
  title?: string;
  slug?: string;
  lead?: string;
  body?: string;
  kind?: ItemKind;
  status?: ItemStatus;
  publishedAt?: Date | null;
  sectionIds?: number[];
  authorIds?: number[];
  createdById?: number;
  unitId?: number;
};

/** An item of any status; defaults to a published news item in a new section. */
export async function createItem(input: ItemInput = {}) {
  const status = input.status ?? "PUBLISHED";
  const authorIds = input.authorIds ?? [(await createUser()).id];
  const sectionIds = input.sectionIds ?? [(await createSection()).id];
  const suffix = next();
  const body = input.body ?? `Nội dung bài viết ${suffix}.`;
  const publishedAt =
    input.publishedAt !== undefined ? input.publishedAt : status === "PUBLISHED" ? new Date() : null;
  return db.item.create({
    data: {
      kind: input.kind ?? "NEWS",
      status,
      title: input.title ?? `Tin thử nghiệm ${suffix}`,
      slug: input.slug ?? `tin-thu-nghiem-${suffix}`,
      lead: input.lead ?? "",
      bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: body }] }] },
      bodyHtml: `<p>${body}</p>`,
      bodyText: body,
      publishedAt,
      unitId: input.unitId,
      createdById: input.createdById ?? authorIds[0],
      sections: { create: sectionIds.map((sectionId, index) => ({ sectionId, isPrimary: index === 0 })) },
      authors: { create: authorIds.map((userId, sortOrder) => ({ userId, sortOrder })) },
    },
  });
}

export const createPublishedItem = (input: Omit<ItemInput, "status"> = {}) =>
  createItem({ ...input, status: "PUBLISHED" });

export const createDraftItem = (input: Omit<ItemInput, "status" | "publishedAt"> = {}) =>
  createItem({ ...input, status: "DRAFT", publishedAt: null });

/** A directive document with one attached PDF record (no file on disk). */
export async function createDocument(
  input: {
    numberSymbol?: string;
    type?: DocumentType;
    summary?: string;
    issuingBody?: string;
    issuedAt?: Date;
    status?: PublicationStatus;
    createdById?: number;
  } = {},
) {
  const suffix = next();
  const createdById = input.createdById ?? (await createUser()).id;
  const status = input.status ?? "PUBLISHED";
  const pdf = await db.mediaFile.create({
    data: {
      kind: "PDF",
      storageKey: `test/${suffix}.pdf`,
      originalName: `van-ban-${suffix}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: 1024,
      uploadedById: createdById,
    },
  });
  return db.directiveDocument.create({
    data: {
      slug: `van-ban-${suffix}`,
      numberSymbol: input.numberSymbol ?? `${sequence}-KH/ĐUK`,
      type: input.type ?? "PLAN",
      issuingBody: input.issuingBody ?? "Đảng ủy Khối",
      issuedAt: input.issuedAt ?? new Date("2019-02-28"),
      summary: input.summary ?? `Kế hoạch thử nghiệm ${suffix}`,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      createdById,
      files: { create: [{ mediaFileId: pdf.id }] },
    },
  });
}

// ── editing (H1a) ──────────────────────────────────────────────────────────

/** A media file record (no file on disk); an IMAGE unless told otherwise. */
export async function createMediaFile(input: { kind?: "IMAGE" | "PDF" | "DOCX" | "VIDEO"; uploadedById?: number } = {}) {
  const suffix = next();
  const kind = input.kind ?? "IMAGE";
  const extension = { IMAGE: "webp", PDF: "pdf", DOCX: "docx", VIDEO: "mp4" }[kind];
  const mimeType = {
    IMAGE: "image/webp",
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    VIDEO: "video/mp4",
  }[kind];
  return db.mediaFile.create({
    data: {
      kind,
      storageKey: `test/${suffix}.${extension}`,
      originalName: `tep-${suffix}.${extension}`,
      mimeType,
      sizeBytes: 2048,
      width: kind === "IMAGE" ? 1200 : null,
      height: kind === "IMAGE" ? 800 : null,
      uploadedById: input.uploadedById,
    },
  });
}

// ── workflow (H1b) ─────────────────────────────────────────────────────────

/** One active person of each workflow role, in one unit. */
export async function createWorkflowCast() {
  const unit = await createUnit({ name: `Ban Tuyên giáo ${next()}` });
  const person = (name: string, roles: Role[]) => createUser({ name, unitId: unit.id, roles });
  return {
    unit,
    author: await person("Tác giả Lê Văn Tâm", ["CONTRIBUTOR"]),
    coAuthor: await person("Đồng tác giả Phạm Thu", ["CONTRIBUTOR"]),
    secretary: await person("Thư ký Nguyễn Hòa", ["SECRETARY"]),
    board: await person("Ủy viên BBT Trần Minh", ["EDITORIAL_BOARD"]),
    /** A board member who also writes. */
    boardWriter: await person("Ủy viên BBT viết bài Hồ Nam", ["CONTRIBUTOR", "EDITORIAL_BOARD"]),
    admin: await person("Quản trị Đỗ Hà", ["ADMINISTRATOR"]),
    standing: await person("Ban Thường vụ Vũ Lan", ["STANDING_COMMITTEE"]),
  };
}

/** A SCHEDULED item, approved by `approverId` (the FORWARDED → SCHEDULED event). */
export async function createScheduledItem(input: Omit<ItemInput, "status" | "publishedAt"> & { scheduledAt: Date; approverId: number }) {
  const { scheduledAt, approverId, ...rest } = input;
  const item = await createItem({ ...rest, status: "SCHEDULED", publishedAt: null });
  await db.workflowEvent.create({
    data: { itemId: item.id, actorId: approverId, fromStatus: "FORWARDED", toStatus: "SCHEDULED", createdAt: new Date(Date.now() - 60_000) },
  });
  return db.item.update({ where: { id: item.id }, data: { scheduledAt } });
}
