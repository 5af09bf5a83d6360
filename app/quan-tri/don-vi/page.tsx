import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { CreateUnitForm } from "@/components/admin/unit-forms";
import { UnitTreeTable } from "@/components/admin/unit-tree-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/flash-message";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listUnitTree } from "@/lib/server/units/list-unit-tree";

export const metadata: Metadata = { title: "Đơn vị" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("units.manage");
  const [units, params] = await Promise.all([listUnitTree(), searchParams]);
  const parents = units.filter((unit) => unit.isActive).map((unit) => ({ value: String(unit.id), label: `${"— ".repeat(unit.depth)}${unit.name}` }));
  return (
    <div className="space-y-4">
      <PageHeading title="Đơn vị" description="Cấp ủy, các ban, đoàn thể, cấp ủy cơ sở và chi bộ, theo cây trực thuộc." />
      {params["da-xoa"] && <Notice>Đã xóa đơn vị.</Notice>}
      {units.length === 0 ? <EmptyState>Chưa có đơn vị nào. Hãy thêm đơn vị gốc (cấp ủy) trước.</EmptyState> : <UnitTreeTable units={units} />}
      <details className="rounded border border-stone-200 bg-white" open={units.length === 0}>
        <summary className="flex min-h-12 cursor-pointer items-center px-4 font-semibold text-brand">Thêm đơn vị</summary>
        <div className="border-t border-stone-200 p-4 sm:p-6">
          <CreateUnitForm parents={parents} />
        </div>
      </details>
    </div>
  );
}
