"use client";

import { useActionState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { deleteUnitAction, setUnitActiveAction } from "@/lib/actions/units";

type UnitStatusActionsProps = {
  unit: { id: number; name: string; isActive: boolean };
  /** Only an empty unit (no people, items or units under it) can be deleted. */
  isEmpty: boolean;
};

export function UnitStatusActions({ unit, isEmpty }: UnitStatusActionsProps) {
  const [activeResult, setActive, activePending] = useActionState(setUnitActiveAction, initialActionResult as ActionResult);
  const [deleteResult, remove, deletePending] = useActionState(deleteUnitAction, initialActionResult as ActionResult);
  return (
    <div className="space-y-3">
      <FlashMessage result={activeResult} />
      <FlashMessage result={deleteResult} />
      <div className="flex flex-wrap gap-2">
        {unit.isActive ? (
          <ConfirmDialog
            triggerLabel="Ngừng hoạt động"
            triggerVariant="danger"
            title={`Ngừng hoạt động ${unit.name}?`}
            confirmLabel="Ngừng hoạt động"
            action={setActive}
            fields={{ unitId: unit.id, isActive: "false" }}
            pending={activePending}
            closeKey={activeResult === initialActionResult ? undefined : activeResult}
          >
            <p>Đơn vị sẽ không còn được chọn cho người dùng mới. Người dùng, tin bài và số liệu chỉ tiêu của đơn vị vẫn được giữ.</p>
          </ConfirmDialog>
        ) : (
          <ConfirmDialog
            triggerLabel="Hoạt động trở lại"
            title={`Cho ${unit.name} hoạt động trở lại?`}
            confirmLabel="Hoạt động trở lại"
            confirmVariant="primary"
            action={setActive}
            fields={{ unitId: unit.id, isActive: "true" }}
            pending={activePending}
            closeKey={activeResult === initialActionResult ? undefined : activeResult}
          >
            <p>Đơn vị sẽ lại được chọn cho người dùng.</p>
          </ConfirmDialog>
        )}
        {isEmpty && (
          <ConfirmDialog
            triggerLabel="Xóa đơn vị"
            triggerVariant="danger"
            title={`Xóa hẳn ${unit.name}?`}
            confirmLabel="Xóa đơn vị"
            action={remove}
            fields={{ unitId: unit.id }}
            pending={deletePending}
            closeKey={deleteResult === initialActionResult ? undefined : deleteResult}
          >
            <p>Đơn vị chưa có người dùng, tin bài hay đơn vị trực thuộc nên có thể xóa. Thao tác này không hoàn tác được.</p>
          </ConfirmDialog>
        )}
      </div>
      {!isEmpty && (
        <p className="text-sm text-stone-600">Đơn vị đã có người dùng, tin bài hoặc đơn vị trực thuộc nên không xóa được; hãy ngừng hoạt động nếu không còn dùng.</p>
      )}
    </div>
  );
}
