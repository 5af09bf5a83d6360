import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { FilterForm } from "@/components/ui/filter-form";
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
    <FilterForm label={label} resetHref={resetHref}>
      <TextField label="Tìm theo tiêu đề" name="q" type="search" defaultValue={filter.q ?? ""} className="sm:col-span-2" />
      <SelectField
        label="Trạng thái"
        name="status"
        options={statuses.map((status) => ({ value: status, label: ITEM_STATUS_LABELS[status] }))}
        placeholder="Tất cả trạng thái"
        defaultValue={filter.status ?? ""}
      />
      <SelectField label="Loại" name="kind" options={KIND_OPTIONS} placeholder="Tất cả các loại" defaultValue={filter.kind ?? ""} />
    </FilterForm>
  );
}
