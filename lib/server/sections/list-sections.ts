import "server-only";
import { db } from "@/lib/db";

// What the administrator's list and a section's edit page both show.
const SECTION_SELECT = { id: true, slug: true, name: true, description: true, isVisible: true, cadence: true, cadenceTarget: true } as const;

/** Every section, hidden ones too, in the public order (the administrator's list). */
export async function listSections() {
  const sections = await db.section.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { ...SECTION_SELECT, _count: { select: { items: true } } },
  });
  return sections.map(({ _count, ...section }) => ({ ...section, itemCount: _count.items }));
}

export type AdminSection = Awaited<ReturnType<typeof listSections>>[number];

/** One section for its edit page; null when unknown. */
export async function getSection(sectionId: number) {
  return db.section.findUnique({
    where: { id: sectionId },
    select: { ...SECTION_SELECT, channelTargets: { select: { channel: true, cadence: true, target: true } } },
  });
}
