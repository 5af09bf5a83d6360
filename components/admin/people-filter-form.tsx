import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { POSITION_LABELS, POSITIONS, ROLE_LABELS, ROLES } from "@/lib/users/labels";
import type { PeopleFilter } from "@/lib/validations/user";

const STATUS_OPTIONS: SelectOption[] = [
  { value: "active", label: "Đang hoạt động" },
  { value: "inactive", label: "Đã vô hiệu hóa" },
];

/** A GET form: the filter lives in the URL, so it can be bookmarked and works without JavaScript. */
export function PeopleFilterForm({ filter, units }: { filter: PeopleFilter; units: SelectOption[] }) {
  return (
    <form method="get" role="search" aria-label="Lọc người dùng" className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <TextField label="Tìm theo tên hoặc thư điện tử" name="q" type="search" defaultValue={filter.q ?? ""} className="sm:col-span-2 lg:col-span-3" />
      <SelectField label="Đơn vị" name="donvi" options={units} placeholder="Tất cả đơn vị" defaultValue={filter.unitId ? String(filter.unitId) : ""} />
      <SelectField label="Vai trò" name="vaitro" options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} placeholder="Tất cả vai trò" defaultValue={filter.role ?? ""} />
      <SelectField
        label="Chức vụ"
        name="chucvu"
        options={POSITIONS.map((position) => ({ value: position, label: POSITION_LABELS[position] }))}
        placeholder="Tất cả chức vụ"
        defaultValue={filter.position ?? ""}
      />
      <SelectField label="Trạng thái" name="trangthai" options={STATUS_OPTIONS} placeholder="Tất cả" defaultValue={filter.status === "all" ? "" : filter.status} />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-2">
        <Button>Lọc</Button>
        <Link href="/quan-tri/nguoi-dung" className={buttonClass("secondary")}>
          Bỏ lọc
        </Link>
      </div>
    </form>
  );
}
