import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { MoveUnitForm, RenameUnitForm } from "@/components/admin/unit-forms";
import { UnitStatusActions } from "@/components/admin/unit-status-actions";
import { Badge } from "@/components/ui/badge";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getUnit } from "@/lib/server/units/get-unit";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { listUnitTree } from "@/lib/server/units/list-unit-tree";
import { descendantIds } from "@/lib/units/unit-tree";

export const metadata: Metadata = { title: "Đơn vị" };

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("units.manage");
  const id = Number((await params).id);
  const unit = Number.isInteger(id) && id > 0 ? await getUnit(id) : null;
  if (!unit) notFound();
  const tree = await listUnitTree();
  const below = descendantIds(tree, unit.id);
  const parents = tree
    .filter((other) => other.id !== unit.id && !below.has(other.id) && (other.isActive || other.id === unit.parentId))
    .map((other) => ({ value: String(other.id), label: `${"— ".repeat(other.depth)}${other.name}` }));
  const { people, items, children } = unit._count;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/quan-tri/don-vi" className="text-sm text-brand underline-offset-2 hover:underline">
          ‹ Cây đơn vị
        </Link>
      </p>
      <PageHeading title={unit.name} description={`${UNIT_KIND_LABELS[unit.kind]}${unit.parent ? ` · trực thuộc ${unit.parent.name}` : " · đơn vị gốc"}`}>
        {unit.isActive ? <Badge tone="success">Đang hoạt động</Badge> : <Badge>Ngừng hoạt động</Badge>}
      </PageHeading>
      <p className="text-sm text-stone-700">
        {people} người dùng · {items} tin, bài · {children} đơn vị trực thuộc
      </p>
      <Panel id="doi-ten" title="Đổi tên">
        <RenameUnitForm unit={unit} />
      </Panel>
      <Panel id="chuyen" title="Chuyển sang đơn vị khác">
        <MoveUnitForm unitId={unit.id} parentId={unit.parentId} parents={parents} />
      </Panel>
      <Panel id="trang-thai" title="Trạng thái">
        <UnitStatusActions unit={unit} isEmpty={people === 0 && items === 0 && children === 0} />
      </Panel>
    </div>
  );
}
