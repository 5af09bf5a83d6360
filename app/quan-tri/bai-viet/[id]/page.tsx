import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { ItemEditor } from "@/components/editor/item-editor";
import { ReadOnlyItem } from "@/components/editor/read-only-item";
import { ItemSidePanel } from "@/components/workflow/item-side-panel";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/server/auth/require-user";
import { getEditorItem, getEditorOptions } from "@/lib/server/items/editing/get-editor-item";
import type { EditorItem } from "@/lib/items/editor-types";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { adminPaths } from "@/lib/urls";

export const metadata: Metadata = { title: "Soạn tin, bài" };

const HEADINGS = { edit: "Soạn tin, bài", correct: "Đính chính bài đã đăng", none: "Xem tin, bài" } as const;

/** Back to the list this person most likely came from. */
function backLink(user: CurrentUser, item: EditorItem): { href: string; label: string } {
  if (item.status === "SUBMITTED" && can(user, "items.review")) return { href: adminPaths.reviewQueue, label: "Hàng chờ biên tập" };
  if ((item.status === "FORWARDED" || item.status === "SCHEDULED") && can(user, "items.publish")) return { href: adminPaths.approvalQueue, label: "Hàng chờ phê duyệt" };
  return { href: adminPaths.myItems, label: "Bài của tôi" };
}

export default async function ItemEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  const item = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await getEditorItem(id, user) : null;
  if (!item) notFound();
  const options = await getEditorOptions();
  const back = backLink(user, item);
  return (
    <div className="space-y-4">
      <p>
        <Link href={back.href} className="text-sm text-brand underline-offset-2 hover:underline">
          ‹ {back.label}
        </Link>
      </p>
      <PageHeading title={HEADINGS[item.editMode]} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start">
        <div className="min-w-0">
          {item.editMode === "none" ? <ReadOnlyItem item={item} options={options} /> : <ItemEditor item={item} options={options} mode={item.editMode} viewerName={user.name} />}
        </div>
        <aside aria-label="Quy trình biên tập" className="min-w-0 rounded border border-stone-200 bg-white p-4">
          <ItemSidePanel itemId={item.id} actor={user} />
        </aside>
      </div>
    </div>
  );
}
