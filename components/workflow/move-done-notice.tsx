import { Notice } from "@/components/ui/flash-message";
import { parseMoveFlash } from "@/components/workflow/move-flash";
import { MOVE_LABELS } from "@/lib/workflow/move-labels";

/** "Đã chuyển bài lên Ban Biên tập." after a move that led here. */
export function MoveDoneNotice({ value }: { value: string | string[] | undefined }) {
  const move = parseMoveFlash(value);
  return move ? <Notice>{MOVE_LABELS[move].done}</Notice> : null;
}
