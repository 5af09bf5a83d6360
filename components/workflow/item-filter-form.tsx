import Link from "next/link";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ITEM_STATUS_LABELS } from "@/lib/items/item-labels";
import { KIND_OPTIONS } from "@/components/workflow/kind-options";
import type { ItemListFilter } from "@/lib/server/items/lists/item-list-filter";

/** A GET form: the filter lives in the URL, so it can be bookmarked and works without JavaScript. */
export function ItemFilterForm({
  filter,
  statuses,
  resetHref,
  label,
}: {
  filter: ItemListFilter;
  statuses: readonly ItemStatus[];
  resetHref: string;
  label: string;
}) {
  return (
    <form method="get" role="search" aria-label={label} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label="Tìm theo tiêu đề" name="q" type="search" defaultValue={filter.q ?? ""} className="sm:col-span-2" />
      <SelectField
        label="Trạng thái"
        name="status"
        options={statuses.map((status) => ({ value: status, label: ITEM_STATUS_LABELS[status] }))}
        placeholder="Tất cả trạng thái"
        defaultValue={filter.status ?? ""}
      />
      <SelectField label="Loại" name="kind" options={KIND_OPTIONS} placeholder="Tất cả các loại" defaultValue={filter.kind ?? ""} />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button>Lọc</Button>
        <Link href={resetHref} className={buttonClass("secondary")}>
          Bỏ lọc
        </Link>
      </div>
    </form>
  );
}
