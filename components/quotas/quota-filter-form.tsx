import { FilterForm } from "@/components/ui/filter-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { QUOTA_STATUS_LABELS, QUOTA_STATUSES } from "@/lib/quotas/quota-labels";
import type { QuotaFilter } from "@/lib/quotas/quota-types";
import { POSITION_LABELS, POSITIONS } from "@/lib/users/labels";

/**
 * The person table's GET form: the filter lives in the URL (bookmarkable,
 * shared with the Excel and print links) and works without JavaScript.
 * The year and the sort order ride along as hidden fields.
 */
export function QuotaFilterForm({ filter, units, resetHref }: { filter: QuotaFilter; units: readonly SelectOption[]; resetHref: string }) {
  return (
    <FilterForm label="Lọc danh sách cá nhân" resetHref={resetHref}>
      <input type="hidden" name="nam" value={filter.year} />
      {filter.sort !== "name" && <input type="hidden" name="sap-xep" value={filter.sort} />}
      {filter.direction === "desc" && <input type="hidden" name="chieu" value="giam" />}
      <TextField
        label="Tìm theo tên"
        name="q"
        type="search"
        defaultValue={filter.q ?? ""}
        hint="Gõ có hoặc không dấu đều được."
        maxLength={100}
      />
      <SelectField label="Đơn vị" name="don-vi" options={units} placeholder="Tất cả đơn vị" defaultValue={filter.unitId ? String(filter.unitId) : ""} />
      <SelectField
        label="Chức vụ"
        name="chuc-vu"
        options={POSITIONS.map((position) => ({ value: position, label: POSITION_LABELS[position] }))}
        placeholder="Tất cả chức vụ"
        defaultValue={filter.position ?? ""}
      />
      <SelectField
        label="Trạng thái"
        name="trang-thai"
        options={QUOTA_STATUSES.map((status) => ({ value: status, label: QUOTA_STATUS_LABELS[status] }))}
        placeholder="Tất cả trạng thái"
        defaultValue={filter.status ?? ""}
      />
    </FilterForm>
  );
}
