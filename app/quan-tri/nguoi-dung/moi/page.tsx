import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { CreatePersonForm } from "@/components/admin/person-form";
import { requireCapability } from "@/lib/server/auth/require-user";
import { listUnitOptions } from "@/lib/server/units/list-unit-tree";

export const metadata: Metadata = { title: "Thêm người dùng" };

export default async function NewPersonPage() {
  await requireCapability("people.manage");
  const units = await listUnitOptions();
  return (
    <div className="space-y-4">
      <PageHeading title="Thêm người dùng" description="Tài khoản mới nhận một mật khẩu tạm thời; người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên." />
      <CreatePersonForm units={units.map((unit) => ({ value: String(unit.id), label: unit.label }))} />
    </div>
  );
}
