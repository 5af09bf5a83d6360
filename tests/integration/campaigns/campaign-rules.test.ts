// Campaign pages (chuyên trang) against a real database: refusals leave
// nothing half-saved, a campaign with items is archived rather than deleted,
// items and documents attach and detach once, with an audit row each.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/validations/campaign"),
    import("@/lib/server/campaigns/create-campaign"),
    import("@/lib/server/campaigns/update-campaign"),
    import("@/lib/server/campaigns/archive-campaign"),
    import("@/lib/server/campaigns/unarchive-campaign"),
    import("@/lib/server/campaigns/delete-campaign"),
    import("@/lib/server/campaigns/attach-campaign-item"),
    import("@/lib/server/campaigns/detach-campaign-item"),
    import("@/lib/server/campaigns/attach-campaign-document"),
    import("@/lib/server/campaigns/detach-campaign-document"),
    import("@/lib/server/campaigns/field-error"),
  );

const form = (overrides: Record<string, string> = {}) => ({
  name: "Tuyên truyền Đại hội Đảng bộ các cấp",
  description: "Chuyên trang tuyên truyền Đại hội.",
  startDate: "01/12/2026",
  startTime: "",
  endDate: "31/12/2026",
  endTime: "",
  sortOrder: "0",
  ...overrides,
});

async function refusal(run: () => Promise<unknown>) {
  const t = await load();
  try {
    await run();
  } catch (error) {
    return t.fieldErrorsOf(error);
  }
  throw new Error("expected a refusal");
}

describe(`campaign rules on ${database.kind}`, () => {
  it("refuses upside-down dates, a javascript: link and a bad date in Vietnamese, per field", async () => {
    const t = await load();
    const upsideDown = t.campaignCreateSchema.safeParse(form({ startDate: "31/12/2026", endDate: "01/12/2026" }));
    expect(upsideDown.success).toBe(false);
    expect(upsideDown.error?.issues.find((issue) => issue.path[0] === "endDate")?.message).toBe("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
    const sameDayTimes = t.campaignCreateSchema.safeParse(form({ startDate: "05/12/2026", startTime: "17:00", endDate: "05/12/2026", endTime: "08:00" }));
    expect(sameDayTimes.success).toBe(false);
    const script = t.campaignCreateSchema.safeParse(form({ bannerLink: "javascript:alert(1)" }));
    expect(script.error?.issues.find((issue) => issue.path[0] === "bannerLink")?.message).toMatch(/^Liên kết phải là đường dẫn trong trang/);
    const badDate = t.campaignCreateSchema.safeParse(form({ startDate: "30/02/2026" }));
    expect(badDate.error?.issues.find((issue) => issue.path[0] === "startDate")?.message).toBe("Ngày chưa đúng dạng ngày/tháng/năm (ví dụ 06/12/2026).");
    const ok = t.campaignCreateSchema.parse(form({ bannerLink: "https://nhandan.vn" }));
    expect(ok.startsAt.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(ok.endsAt.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(ok.bannerLink).toBe("https://nhandan.vn/");
  });

  it("refuses a taken slug and a banner that is not an image, saving nothing", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const first = await t.createCampaign({ actor: admin, input: t.campaignCreateSchema.parse(form()) });
    expect(first.slug).toBe("tuyen-truyen-dai-hoi-dang-bo-cac-cap");

    const taken = await refusal(() => t.createCampaign({ actor: admin, input: t.campaignCreateSchema.parse(form()) }));
    expect(taken).toEqual({ slug: ["Đường dẫn này đã được dùng"] });

    const pdf = await t.createMediaFile({ kind: "PDF" });
    const notImage = await refusal(() =>
      t.createCampaign({ actor: admin, input: t.campaignCreateSchema.parse(form({ name: "Chuyên trang khác", bannerImageId: String(pdf.id), bannerAlt: "Tệp" })) }),
    );
    expect(notImage?.bannerImageId?.[0]).toMatch(/^Banner phải là một ảnh/);

    const second = await t.createCampaign({ actor: admin, input: t.campaignCreateSchema.parse(form({ name: "Chuyên trang thứ hai" })) });
    const renamed = await refusal(() =>
      t.updateCampaign({ actor: admin, input: t.campaignUpdateSchema.parse({ ...form({ name: "Đổi tên", slug: first.slug }), campaignId: String(second.id) }) }),
    );
    expect(renamed).toEqual({ slug: ["Đường dẫn này đã được dùng"] });
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("Chuyên trang thứ hai");

    expect(await t.db.campaign.count()).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: "campaign.create" } })).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: "campaign.update" } })).toBe(0);
  });

  it("archives a campaign that has items instead of deleting it, and deletes an empty one", async () => {
    const t = await load();
    const board = await t.createUser({ roles: ["EDITORIAL_BOARD"] });
    const full = await t.createCampaign({ actor: board, input: t.campaignCreateSchema.parse(form({ name: "Có tin bài" })) });
    const empty = await t.createCampaign({ actor: board, input: t.campaignCreateSchema.parse(form({ name: "Chưa có gì" })) });
    const item = await t.createPublishedItem();
    await t.attachCampaignItem({ actor: board, campaignId: full.id, itemId: item.id });

    await expect(t.deleteCampaign({ actor: board, campaignId: full.id })).rejects.toThrow("không xóa được, hãy lưu trữ");
    expect(await t.db.campaign.findUnique({ where: { id: full.id } })).not.toBeNull();
    expect(await t.db.campaignItem.count({ where: { campaignId: full.id } })).toBe(1);

    await t.archiveCampaign({ actor: board, campaignId: full.id });
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: full.id } })).archivedAt).not.toBeNull();
    await expect(
      t.updateCampaign({ actor: board, input: t.campaignUpdateSchema.parse({ ...form({ name: "Sửa khi lưu trữ" }), campaignId: String(full.id) }) }),
    ).rejects.toThrow("bỏ lưu trữ trước khi sửa");
    await t.unarchiveCampaign({ actor: board, campaignId: full.id });
    expect((await t.db.campaign.findUniqueOrThrow({ where: { id: full.id } })).archivedAt).toBeNull();

    await t.deleteCampaign({ actor: board, campaignId: empty.id });
    expect(await t.db.campaign.findUnique({ where: { id: empty.id } })).toBeNull();
    const actionsOn = async (id: number) =>
      (await t.db.auditLog.findMany({ where: { objectType: "campaign", objectId: String(id) }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(await actionsOn(full.id)).toEqual(["campaign.create", "campaign.attach-item", "campaign.archive", "campaign.unarchive"]);
    expect(await actionsOn(empty.id)).toEqual(["campaign.create", "campaign.delete"]);
  });

  it("attaches and detaches items and documents once; a secretary may attach items, a contributor may not", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const contributor = await t.createUser({ roles: ["CONTRIBUTOR"] });
    const campaign = await t.createCampaign({ actor: admin, input: t.campaignCreateSchema.parse(form({ name: "Gắn tin bài" })) });
    const item = await t.createPublishedItem();
    const document = await t.createDocument();

    expect(await t.attachCampaignItem({ actor: secretary, campaignId: campaign.id, itemId: item.id })).toBe(true);
    expect(await t.attachCampaignItem({ actor: admin, campaignId: campaign.id, itemId: item.id })).toBe(false);
    await expect(t.attachCampaignItem({ actor: contributor, campaignId: campaign.id, itemId: item.id })).rejects.toThrow("không có quyền");
    await expect(t.attachCampaignItem({ actor: admin, campaignId: campaign.id, itemId: 999_999 })).rejects.toThrow("Không tìm thấy tin, bài.");
    expect(await t.attachCampaignDocument({ actor: admin, campaignId: campaign.id, documentId: document.id })).toBe(true);
    expect(await t.attachCampaignDocument({ actor: admin, campaignId: campaign.id, documentId: document.id })).toBe(false);
    expect(await t.db.campaignItem.count({ where: { campaignId: campaign.id } })).toBe(1);
    expect(await t.db.campaignDocument.count({ where: { campaignId: campaign.id } })).toBe(1);

    expect(await t.detachCampaignItem({ actor: admin, campaignId: campaign.id, itemId: item.id })).toBe(true);
    expect(await t.detachCampaignDocument({ actor: admin, campaignId: campaign.id, documentId: document.id })).toBe(true);
    expect(await t.detachCampaignItem({ actor: admin, campaignId: campaign.id, itemId: item.id })).toBe(false);
    expect(await t.db.item.findUnique({ where: { id: item.id } })).not.toBeNull();
    const audit = await t.db.auditLog.groupBy({ by: ["action"], where: { objectType: "campaign", objectId: String(campaign.id) }, _count: true });
    expect(Object.fromEntries(audit.map((row) => [row.action, row._count]))).toEqual({
      "campaign.create": 1,
      "campaign.attach-item": 1,
      "campaign.attach-document": 1,
      "campaign.detach-item": 1,
      "campaign.detach-document": 1,
    });
  });
});
