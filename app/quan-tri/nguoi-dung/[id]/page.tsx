import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/admin/page-heading";
import { PersonActions } from "@/components/admin/person-actions";
import { EditPersonForm } from "@/components/admin/person-form";
import { PersonStatus } from "@/components/admin/people-table";
import { requireCapability } from "@/lib/server/auth/require-user";
import { formatDateTime } from "@/lib/content/dates";
import { listUnitOptions } from "@/lib/server/units/list-unit-tree";
import { getPerson } from "@/lib/server/users/get-person";

export const metadata: Metadata = { title: "Người dùng" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireCapability("people.manage");
  const id = Number((await params).id);
  const person = Number.isInteger(id) && id > 0 ? await getPerson(id) : null;
  if (!person) notFound();
  const units = await listUnitOptions({ activeOnly: false });
  const now = new Date();
  const isLocked = Boolean(person.lockedUntil && person.lockedUntil > now);
  // An inactive unit stays selectable only for someone already in it.
  const unitOptions = units
    .filter((unit) => unit.isActive || unit.id === person.unitId)
    .map((unit) => ({ value: String(unit.id), label: unit.label }));
  return (
    <div className="space-y-4">
      <p>
        <Link href="/quan-tri/nguoi-dung" className="text-sm text-brand underline-offset-2 hover:underline">
          ‹ Danh sách người dùng
        </Link>
      </p>
      <PageHeading title={person.name} description={person.email} />
      <dl className="grid gap-3 rounded border border-stone-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-stone-600">Trạng thái</dt>
          <dd className="mt-1">
            <PersonStatus isActive={person.isActive} lockedUntil={person.lockedUntil} now={now} />
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Đăng nhập gần nhất</dt>
          <dd className="mt-1">{person.lastSignInAt ? formatDateTime(person.lastSignInAt) : "Chưa đăng nhập"}</dd>
        </div>
        <div>
          <dt className="text-stone-600">Phiên đang mở</dt>
          <dd className="mt-1">{person._count.sessions}</dd>
        </div>
        <div>
          <dt className="text-stone-600">Xác thực hai bước</dt>
          <dd className="mt-1">{person.isTotpEnabled ? "Đã bật" : "Chưa bật"}</dd>
        </div>
        <div>
          <dt className="text-stone-600">Mật khẩu</dt>
          <dd className="mt-1">{person.mustChangePassword ? "Tạm thời, phải đổi khi đăng nhập" : "Do người dùng đặt"}</dd>
        </div>
        {isLocked && (
          <div>
            <dt className="text-stone-600">Tạm khóa đến</dt>
            <dd className="mt-1">{formatDateTime(person.lockedUntil!)}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="thong-tin" className="space-y-2">
        <h2 id="thong-tin" className="text-lg font-bold">
          Thông tin và vai trò
        </h2>
        <EditPersonForm
          person={{ id: person.id, name: person.name, position: person.position, unitId: person.unitId, roles: person.roles }}
          units={unitOptions}
        />
      </section>
      <section aria-labelledby="tai-khoan" className="space-y-2 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="tai-khoan" className="text-lg font-bold">
          Tài khoản
        </h2>
        <PersonActions
          person={{ id: person.id, name: person.name, email: person.email, isActive: person.isActive, isLocked }}
          isSelf={person.id === actor.id}
        />
      </section>
    </div>
  );
}
