// A small year of quota data for the export tests: a grassroots unit and a
// department, people of every position, items published that year (some
// co-written, one in-depth), and items that must not count (a draft, one
// taken down, one published the next year).
import { db } from "@/lib/db";
import { createItem, createSection, createUnit, createUser } from "@/tests/factories";
import { backdateFirstSpells, createQuotaPlan } from "@/tests/factories/quotas";

/** Noon in Vietnam on a day of `year` (month 1..12). */
const vietnamNoon = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 5));

export async function seedExportYear(year: number) {
  await createQuotaPlan({ year });
  const root = await createUnit({ name: "Đảng ủy Khối thử nghiệm", kind: "COMMITTEE" });
  const grassroots = await createUnit({ name: "Đảng bộ Sở Thử nghiệm", kind: "GRASSROOTS", parentId: root.id });
  const department = await createUnit({ name: "Ban Tuyên giáo thử nghiệm", kind: "DEPARTMENT", parentId: root.id });
  const section = await createSection({ name: "Tin hoạt động thử nghiệm" });

  const staff = await createUser({ name: "Nguyễn Văn Ất", unitId: grassroots.id, position: "STAFF" });
  const deputy = await createUser({ name: "Trần Thị Bính", unitId: department.id, position: "DEPUTY" });
  const head = await createUser({ name: "Lê Văn Canh", unitId: department.id, position: "HEAD" });
  const standing = await createUser({ name: "Phạm Thị Đinh", unitId: root.id, position: "STANDING_MEMBER" });
  const collaborator = await createUser({ name: "Hoàng Văn Giáp", unitId: grassroots.id, position: "COLLABORATOR" });
  // They held their positions all year.
  await backdateFirstSpells(new Date(Date.UTC(year - 1, 0, 1)));

  const publish = (authorIds: number[], kind: "NEWS" | "ARTICLE", month: number, extra: { isInDepth?: boolean; status?: "PUBLISHED" | "UNPUBLISHED" | "DRAFT"; year?: number } = {}) =>
    createItem({
      authorIds,
      kind,
      sectionIds: [section.id],
      status: extra.status ?? "PUBLISHED",
      publishedAt: extra.status === "DRAFT" ? null : vietnamNoon(extra.year ?? year, month, 10),
    }).then(async (item) => (extra.isInDepth ? db.item.update({ where: { id: item.id }, data: { isInDepth: true } }) : item));

  for (const month of [1, 2, 3]) await publish([staff.id], "NEWS", month);
  await publish([staff.id, deputy.id], "NEWS", 4);
  await publish([deputy.id], "NEWS", 5);
  await publish([deputy.id], "ARTICLE", 6);
  await publish([head.id], "ARTICLE", 7);
  await publish([head.id], "ARTICLE", 8, { isInDepth: true });
  await publish([head.id], "ARTICLE", 9);
  await publish([collaborator.id], "NEWS", 10);
  // Not counted: a draft, an item taken down, an item of the next year.
  await publish([standing.id], "ARTICLE", 11, { status: "DRAFT", isInDepth: true });
  await publish([standing.id], "ARTICLE", 11, { status: "UNPUBLISHED", isInDepth: true });
  await publish([staff.id], "NEWS", 1, { year: year + 1 });

  return { units: { root, grassroots, department }, people: { staff, deputy, head, standing, collaborator } };
}
