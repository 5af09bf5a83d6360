// The server actions around the document use cases: the capability gate
// (the secretary's publish never reaches the use case) and the public
// cache tag expired after every change a reader could see.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidatePath: vi.fn() }));

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.1.2.3" }) }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", async () => ({ ...(await import("@/tests/setup/next-cache-passthrough")), ...cache }));

const database = setupTestDatabase();

const load = () => loadWith(import("@/lib/actions/documents"));

type Loaded = Awaited<ReturnType<typeof load>>;

async function signIn(t: Loaded, roles: CurrentUser["roles"]) {
  const user = await t.createUser({ roles });
  session.user = {
    id: user.id,
    name: user.name,
    email: user.email,
    position: user.position,
    roles: user.roles,
    isActive: true,
    unit: { id: user.unitId, name: "Đơn vị" },
    sessionId: "test-session",
    // Production settings: every privileged role has two-step sign-in on.
    isTotpEnabled: true,
    mustChangePassword: false,
  };
  return user;
}

const formData = (values: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, String(value));
  return data;
};

const initial = { ok: true } as const;

beforeEach(() => {
  cache.updateTag.mockClear();
  cache.revalidatePath.mockClear();
});

describe(`document actions on ${database.kind}`, () => {
  it("refuses the secretary's publish at the capability gate; the board's publish and edits expire the public cache", async () => {
    const t = await load();
    const draft = await t.createDocument({ status: "DRAFT", numberSymbol: "07-CT/TW", type: "DIRECTIVE" });

    await signIn(t, ["SECRETARY"]);
    expect(await t.publishDocumentAction(initial, formData({ documentId: draft.id }))).toEqual({
      ok: false,
      error: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect(await t.db.auditLog.findFirst({ where: { action: "permission.denied", actorId: session.user!.id } })).toMatchObject({
      ip: "10.1.2.3",
      details: { capability: "documents.publish" },
    });

    // A draft's edit touches nothing public.
    const edit = {
      documentId: draft.id,
      numberSymbol: "07-CT/TW",
      type: "DIRECTIVE",
      issuingBody: "Ban Bí thư",
      issuedAt: "2016-09-05",
      effectiveAt: "",
      summary: "Chỉ thị về đẩy mạnh công tác thông tin cơ sở trong tình hình mới",
      signerName: "",
    };
    expect(await t.updateDocumentAction(initial, formData(edit))).toMatchObject({ ok: true, message: "Đã lưu văn bản." });
    expect(cache.updateTag).not.toHaveBeenCalled();

    await signIn(t, ["EDITORIAL_BOARD"]);
    expect(await t.publishDocumentAction(initial, formData({ documentId: draft.id }))).toMatchObject({ ok: true, message: expect.stringContaining("Đã công bố") });
    expect(cache.updateTag).toHaveBeenCalledWith("documents");

    cache.updateTag.mockClear();
    expect(await t.updateDocumentAction(initial, formData({ ...edit, issuingBody: "Ban Bí thư Trung ương Đảng" }))).toMatchObject({
      ok: true,
      message: "Đã lưu văn bản; trang công khai đã cập nhật.",
    });
    expect(cache.updateTag).toHaveBeenCalledWith("documents");

    cache.updateTag.mockClear();
    expect(await t.unpublishDocumentAction(initial, formData({ documentId: draft.id, reason: "" }))).toMatchObject({ ok: true });
    expect(cache.updateTag).toHaveBeenCalledWith("documents");
    expect((await t.db.directiveDocument.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("UNPUBLISHED");
  });

  it("answers in Vietnamese: field errors from the shared schema, and why a document cannot be published", async () => {
    const t = await load();
    await signIn(t, ["EDITORIAL_BOARD"]);
    const invalid = await t.updateDocumentAction(
      initial,
      formData({ documentId: 1, numberSymbol: "91-NQ/ĐUK", type: "PLAN", issuingBody: "", issuedAt: "2999-01-01", summary: "ngắn" }),
    );
    expect(invalid).toMatchObject({ ok: false, error: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra lại các ô được đánh dấu." });
    const fieldErrors = invalid.ok ? {} : invalid.fieldErrors;
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(["issuedAt", "issuingBody", "numberSymbol", "summary"]);

    const { db } = t;
    const draft = await t.createDocument({ status: "DRAFT", numberSymbol: "35-NQ/TW", type: "RESOLUTION" });
    await db.documentFile.deleteMany({ where: { documentId: draft.id } });
    expect(await t.publishDocumentAction(initial, formData({ documentId: draft.id }))).toEqual({
      ok: false,
      error: "Chưa công bố được: văn bản chưa có tệp đính kèm. Hãy tải lên ít nhất một tệp PDF hoặc Word (DOCX).",
    });
    expect(cache.updateTag).not.toHaveBeenCalled();
  });
});
