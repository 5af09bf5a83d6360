"use client";

import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createUnitAction, moveUnitAction, updateUnitAction } from "@/lib/actions/units";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/units/labels";
import { unitCreateSchema, unitMoveSchema, unitRenameSchema } from "@/lib/validations/unit";
import { useActionForm } from "@/components/admin/use-action-form";

const kindOptions: SelectOption[] = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));
const ROOT = "— Không có (đơn vị gốc) —";

export function CreateUnitForm({ parents }: { parents: SelectOption[] }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(createUnitAction, { schema: unitCreateSchema, resetOnSuccess: true });
  return (
    <form {...formProps} className="space-y-4">
      <FlashMessage result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Tên đơn vị" name="name" required minLength={2} maxLength={200} errors={fieldErrors.name} className="sm:col-span-2" />
        <TextField label="Tên viết tắt" name="shortName" maxLength={40} hint="Ví dụ: BTG, ĐTN (không bắt buộc)." errors={fieldErrors.shortName} />
        <SelectField label="Loại đơn vị" name="kind" required options={kindOptions} placeholder="— Chọn loại —" defaultValue="" errors={fieldErrors.kind} />
        <SelectField label="Trực thuộc" name="parentId" options={parents} placeholder={ROOT} defaultValue="" errors={fieldErrors.parentId} className="sm:col-span-2" />
      </div>
      <Button pending={pending}>Thêm đơn vị</Button>
    </form>
  );
}

export function RenameUnitForm({ unit }: { unit: { id: number; name: string; shortName: string | null; kind: UnitKind } }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(updateUnitAction, { schema: unitRenameSchema });
  return (
    <form {...formProps} className="space-y-4">
      <FlashMessage result={result} />
      <input type="hidden" name="unitId" value={unit.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Tên đơn vị" name="name" required minLength={2} maxLength={200} defaultValue={unit.name} errors={fieldErrors.name} className="sm:col-span-2" />
        <TextField label="Tên viết tắt" name="shortName" maxLength={40} defaultValue={unit.shortName ?? ""} errors={fieldErrors.shortName} />
        <SelectField label="Loại đơn vị" name="kind" required options={kindOptions} defaultValue={unit.kind} errors={fieldErrors.kind} />
      </div>
      <Button pending={pending}>Lưu tên và loại</Button>
    </form>
  );
}

/** The new parent; the unit itself and the units under it are not offered (no cycles). */
export function MoveUnitForm({ unitId, parentId, parents }: { unitId: number; parentId: number | null; parents: SelectOption[] }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(moveUnitAction, { schema: unitMoveSchema });
  return (
    <form {...formProps} className="space-y-4">
      <FlashMessage result={result} />
      <input type="hidden" name="unitId" value={unitId} />
      <SelectField label="Trực thuộc đơn vị" name="parentId" options={parents} placeholder={ROOT} defaultValue={parentId ? String(parentId) : ""} errors={fieldErrors.parentId} />
      <Button pending={pending} variant="secondary">
        Chuyển đơn vị
      </Button>
    </form>
  );
}
