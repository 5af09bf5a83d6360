import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { RestoreRevisionButton } from "@/components/workflow/restore-revision-button";
import { formatDateTime } from "@/lib/content/dates";
import type { RevisionList as RevisionListData } from "@/lib/server/items/history/list-revisions";
import { COMPARE_PARAM, compareHref } from "@/components/workflow/revision-links";

const COMPARE_FORM_ID = "chon-phien-ban-so-sanh";

/**
 * The revisions, newest first: tick two and compare them; each can be
 * compared with the one before it or, for whoever may edit, restored.
 */
export function RevisionList({ data, previousIds }: { data: RevisionListData; previousIds: Map<number, number> }) {
  const { item, revisions, page } = data;
  const canRestore = item.editMode === "edit";
  return (
    // The checkboxes belong to the compare form through form="…": the rows also
    // hold restore forms, and forms cannot nest.
    <div className="space-y-3">
      <Table caption="Các phiên bản của bài, mới nhất trước">
        <THead>
          <tr>
            <Th>
              <span className="sr-only">Chọn để so sánh</span>
            </Th>
            <Th>Phiên bản</Th>
            <Th>Người lưu</Th>
            <Th>Thời điểm</Th>
            <Th>Thao tác</Th>
          </tr>
        </THead>
        <tbody>
          {revisions.map((revision, index) => {
            const isLatest = page === 1 && index === 0;
            const previousId = previousIds.get(revision.id);
            return (
              <tr key={revision.id} className="hover:bg-stone-50">
                <Td>
                  <input
                    type="checkbox"
                    name={COMPARE_PARAM}
                    form={COMPARE_FORM_ID}
                    value={revision.id}
                    aria-label={`Chọn phiên bản #${revision.version} (${formatDateTime(revision.updatedAt)}) để so sánh`}
                    className="h-5 w-5 accent-brand"
                  />
                </Td>
                <Td className="min-w-40">
                  <span className="font-semibold text-stone-900">Phiên bản #{revision.version}</span>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {isLatest && <Badge tone="success">Mới nhất</Badge>}
                    {revision.isAutosave && <Badge>Tự động lưu</Badge>}
                  </span>
                  {revision.note && <span className="mt-1 block text-stone-600">{revision.note}</span>}
                  <span className="mt-1 block text-xs text-stone-600">{revision.wordCount.toLocaleString("vi-VN")} từ</span>
                </Td>
                <Td>{revision.savedByName}</Td>
                <Td className="whitespace-nowrap">
                  <time dateTime={revision.updatedAt.toISOString()}>{formatDateTime(revision.updatedAt)}</time>
                </Td>
                <Td className="min-w-48">
                  <div className="flex flex-col items-start gap-2">
                    {previousId && (
                      <Link href={compareHref(item.id, previousId, revision.id)} className="text-brand underline underline-offset-2">
                        So sánh với bản trước
                      </Link>
                    )}
                    {canRestore && !isLatest && (
                      <RestoreRevisionButton itemId={item.id} revisionId={revision.id} revisionVersion={revision.version} version={item.version} />
                    )}
                  </div>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <form id={COMPARE_FORM_ID} method="get">
        <Button>So sánh hai phiên bản đã chọn</Button>
      </form>
    </div>
  );
}
