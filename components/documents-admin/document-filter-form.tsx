import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { DOCUMENT_LIST_TEXT as TEXT } from "@/components/documents-admin/labels";
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES } from "@/lib/documents/document-status-labels";
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from "@/lib/documents/document-type-labels";
import { adminPaths } from "@/lib/admin-paths";
import type { AdminDocumentFilter } from "@/lib/validations/document";

/** A GET form: the filter lives in the URL (bookmarkable, works without JavaScript). */
export function DocumentFilterForm({ filter }: { filter: AdminDocumentFilter }) {
  return (
    <form method="get" role="search" aria-label="Lọc văn bản" className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label={TEXT.search} name="q" type="search" defaultValue={filter.q} className="sm:col-span-2 lg:col-span-4" />
      <SelectField
        label={TEXT.type}
        name="loai"
        options={DOCUMENT_TYPES.map((type) => ({ value: type, label: DOCUMENT_TYPE_LABELS[type] }))}
        placeholder={TEXT.allTypes}
        defaultValue={filter.type ?? ""}
      />
      <SelectField
        label={TEXT.status}
        name="trangthai"
        options={DOCUMENT_STATUSES.map((status) => ({ value: status, label: DOCUMENT_STATUS_LABELS[status] }))}
        placeholder={TEXT.allStatuses}
        defaultValue={filter.status ?? ""}
      />
      <TextField label={TEXT.year} name="nam" type="number" inputMode="numeric" min={1930} max={2200} defaultValue={filter.year ?? ""} />
      <div className="flex flex-wrap items-end gap-2">
        <Button>{TEXT.filter}</Button>
        <Link href={adminPaths.documents} className={buttonClass("secondary")}>
          {TEXT.clear}
        </Link>
      </div>
    </form>
  );
}
