"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox";
import { FlashMessage } from "@/components/ui/flash-message";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createPersonAction, updatePersonAction } from "@/lib/actions/people";
import type { Position, Role } from "@/lib/generated/prisma/enums";
import { POSITION_LABELS, POSITIONS, ROLE_LABELS, ROLES } from "@/lib/users/labels";
import { personCreateSchema, personFormValues, personUpdateSchema } from "@/lib/validations/user";
import { TemporaryPassword } from "@/components/admin/temporary-password";
import { useActionForm } from "@/components/admin/use-action-form";

const positionOptions: SelectOption[] = POSITIONS.map((position) => ({ value: position, label: POSITION_LABELS[position] }));
const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

type PersonFields = { name: string; position: Position | ""; unitId: number | ""; roles: Role[] };

function SharedFields({ person, units, errors }: { person: PersonFields; units: SelectOption[]; errors: Record<string, string[] | undefined> }) {
  return (
    <>
      <TextField label="Họ và tên" name="name" required minLength={2} maxLength={120} autoComplete="off" defaultValue={person.name} errors={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Chức vụ" name="position" required options={positionOptions} placeholder="— Chọn chức vụ —" defaultValue={person.position} errors={errors.position} />
        <SelectField label="Đơn vị" name="unitId" required options={units} placeholder="— Chọn đơn vị —" defaultValue={String(person.unitId)} errors={errors.unitId} />
      </div>
      <CheckboxGroup
        legend="Vai trò"
        name="roles"
        hint="Chọn ít nhất một vai trò; một người có thể giữ nhiều vai trò."
        options={roleOptions}
        defaultValues={person.roles}
        errors={errors.roles}
      />
    </>
  );
}

/** The new-person form; on success it shows the temporary password once. */
export function CreatePersonForm({ units }: { units: SelectOption[] }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(createPersonAction, {
    schema: personCreateSchema,
    values: personFormValues,
    resetOnSuccess: true,
  });
  const created = result?.ok ? result.data : undefined;
  return (
    <div className="space-y-6">
      {created && (
        <TemporaryPassword name={created.name} email={created.email} password={created.temporaryPassword}>
          <Link href={`/quan-tri/nguoi-dung/${created.userId}`} className={buttonClass("secondary")}>
            Xem tài khoản vừa tạo
          </Link>
        </TemporaryPassword>
      )}
      <form {...formProps} className="max-w-2xl space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
        {!created && <FlashMessage result={result} />}
        <TextField label="Thư điện tử" name="email" type="email" required maxLength={200} autoComplete="off" errors={fieldErrors.email} />
        <SharedFields person={{ name: "", position: "", unitId: "", roles: [] }} units={units} errors={fieldErrors} />
        <div className="flex flex-wrap gap-2">
          <Button pending={pending}>Tạo tài khoản</Button>
          <Link href="/quan-tri/nguoi-dung" className={buttonClass("secondary")}>
            Về danh sách
          </Link>
        </div>
      </form>
    </div>
  );
}

/** Name, position, unit and roles of an existing person. */
export function EditPersonForm({ person, units }: { person: PersonFields & { id: number }; units: SelectOption[] }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(updatePersonAction, {
    schema: personUpdateSchema,
    values: personFormValues,
  });
  return (
    <form {...formProps} className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <FlashMessage result={result} />
      <input type="hidden" name="userId" value={person.id} />
      <SharedFields person={person} units={units} errors={fieldErrors} />
      <p className="text-sm text-stone-600">Khi đổi vai trò, mọi phiên đăng nhập của người này sẽ kết thúc ngay.</p>
      <Button pending={pending}>Lưu thay đổi</Button>
    </form>
  );
}
