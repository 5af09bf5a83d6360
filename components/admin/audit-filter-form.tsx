import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField } from "@/components/ui/select-field";
import type { AuditFilter } from "@/lib/validations/audit";
import { auditActionLabel } from "@/lib/audit/labels";

type AuditFilterFormProps = {
  filter: AuditFilter;
  actions: string[];
  actors: { id: number; name: string; email: string }[];
};

export function AuditFilterForm({ filter, actions, actors }: AuditFilterFormProps) {
  return (
    <form method="get" role="search" aria-label="Lọc nhật ký" className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField
        label="Người thực hiện"
        name="nguoi"
        options={actors.map((actor) => ({ value: String(actor.id), label: `${actor.name} (${actor.email})` }))}
        placeholder="Tất cả"
        defaultValue={filter.actorId ? String(filter.actorId) : ""}
      />
      <SelectField
        label="Hành động"
        name="hanhdong"
        options={actions.map((action) => ({ value: action, label: auditActionLabel(action) }))}
        placeholder="Tất cả"
        defaultValue={filter.action ?? ""}
      />
      <DateField label="Từ ngày" name="tu" defaultValue={filter.from} />
      <DateField label="Đến ngày" name="den" defaultValue={filter.to} />
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <Button>Lọc</Button>
        <Link href="/quan-tri/nhat-ky" className={buttonClass("secondary")}>
          Bỏ lọc
        </Link>
      </div>
    </form>
  );
}
