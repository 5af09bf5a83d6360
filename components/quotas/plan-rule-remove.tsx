"use client";

import { Button } from "@/components/ui/button";

// Removing a saved rule asks first. The trigger sits in the rule's row,
// inside the editor's form; its dialog (a form of its own) is drawn after
// that form, as forms cannot nest. Invoker commands open and close it
// without JavaScript in current browsers; the click handlers cover older ones.

const supportsCommands = () => typeof HTMLButtonElement !== "undefined" && "command" in HTMLButtonElement.prototype;
const dialog = (id: string) => document.getElementById(id) as HTMLDialogElement | null;

export const removeDialogId = (ruleId: number) => `bo-quy-dinh-${ruleId}`;

export function RemoveRuleTrigger({ ruleId, label }: { ruleId: number; label: string }) {
  const id = removeDialogId(ruleId);
  return (
    <Button
      type="button"
      variant="ghost"
      commandfor={id}
      command="show-modal"
      aria-label={`Bỏ quy định cho ${label}`}
      onClick={() => {
        if (!supportsCommands()) dialog(id)?.showModal();
      }}
    >
      Bỏ
    </Button>
  );
}

type RemoveRuleDialogProps = {
  year: number;
  ruleId: number;
  label: string;
  /** What the rule asks, in words ("≥ 5 tin"). */
  target: string;
  action: (formData: FormData) => void;
  pending: boolean;
};

export function RemoveRuleDialog({ year, ruleId, label, target, action, pending }: RemoveRuleDialogProps) {
  const id = removeDialogId(ruleId);
  return (
    <dialog
      id={id}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border-t-4 border-brand bg-white p-0 shadow-xl backdrop:bg-black/40"
    >
      <form action={action} onSubmit={() => dialog(id)?.close()} className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-bold text-stone-900">
          Bỏ quy định cho {label}?
        </h2>
        <p className="text-stone-700">
          Kế hoạch năm {year} sẽ không còn chỉ tiêu “{target}” cho {label}. Bảng chỉ tiêu năm {year} tính lại ngay theo kế hoạch mới.
        </p>
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="ruleId" value={ruleId} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            type="button"
            variant="secondary"
            commandfor={id}
            command="close"
            onClick={() => {
              if (!supportsCommands()) dialog(id)?.close();
            }}
          >
            Hủy
          </Button>
          <Button variant="danger" pending={pending}>
            Bỏ quy định
          </Button>
        </div>
      </form>
    </dialog>
  );
}
