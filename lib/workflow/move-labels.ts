import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { ITEM_STATUS_LABELS } from "@/lib/items/item-labels";
import { MOVES, WORKFLOW_MOVES, type WorkflowMove } from "@/lib/workflow/transitions";

// Every Vietnamese word of the workflow moves in one place, so the wording can
// be reviewed together: the button, the question asked before the move, the
// label of its note field, the message after it, and how the history panel
// names it. Safe to import in client components (plain data).

export type MoveLabel = {
  /** The button that makes the move ("" for the scheduler's move: never offered). */
  button: string;
  /** The question in the confirmation dialog. */
  confirm: string;
  /** The label of the note field in that dialog. */
  noteLabel: string;
  /** The message after a successful move. */
  done: string;
  /** How the history panel names the move. */
  event: string;
  /** Destructive or irreversible-looking moves get a red button. */
  tone: "primary" | "danger" | "neutral";
};

export const MOVE_LABELS = {
  submit: {
    button: "Gửi thư ký",
    confirm: "Gửi bài này cho Thư ký Ban Biên tập? Sau khi gửi, bạn chỉ sửa được khi rút bài lại hoặc khi bài được trả lại.",
    noteLabel: "Lời nhắn cho thư ký (không bắt buộc)",
    done: "Đã gửi bài cho thư ký.",
    event: "Gửi thư ký",
    tone: "primary",
  },
  withdraw: {
    button: "Rút lại",
    confirm: "Rút bài về bản nháp? Thư ký sẽ không còn thấy bài trong hàng chờ biên tập.",
    noteLabel: "Ghi chú (không bắt buộc)",
    done: "Đã rút bài về bản nháp.",
    event: "Rút lại",
    tone: "neutral",
  },
  return: {
    button: "Trả lại tác giả",
    confirm: "Trả bài lại cho tác giả để sửa? Tác giả sẽ thấy ghi chú của bạn.",
    noteLabel: "Cần sửa những gì (bắt buộc)",
    done: "Đã trả bài lại cho tác giả.",
    event: "Trả lại tác giả",
    tone: "neutral",
  },
  reject: {
    button: "Không sử dụng",
    confirm: "Không sử dụng bài này? Bài vẫn được lưu lại nhưng sẽ không được đăng.",
    noteLabel: "Lý do không sử dụng (bắt buộc)",
    done: "Đã chuyển bài sang trạng thái không sử dụng.",
    event: "Không sử dụng",
    tone: "danger",
  },
  forward: {
    button: "Chuyển Ban Biên tập",
    confirm: "Chuyển bài này lên Ban Biên tập duyệt?",
    noteLabel: "Lời nhắn cho Ban Biên tập (không bắt buộc)",
    done: "Đã chuyển bài lên Ban Biên tập.",
    event: "Chuyển Ban Biên tập",
    tone: "primary",
  },
  sendBack: {
    button: "Trả lại thư ký",
    confirm: "Trả bài lại cho thư ký biên tập thêm?",
    noteLabel: "Lý do trả lại (bắt buộc)",
    done: "Đã trả bài lại cho thư ký.",
    event: "Trả lại thư ký",
    tone: "neutral",
  },
  publish: {
    button: "Duyệt và đăng ngay",
    confirm: "Duyệt và đăng bài này lên trang ngay bây giờ?",
    noteLabel: "Ghi chú (không bắt buộc)",
    done: "Đã duyệt và đăng bài.",
    event: "Duyệt và đăng",
    tone: "primary",
  },
  schedule: {
    button: "Hẹn giờ đăng",
    confirm: "Duyệt bài và hẹn giờ đăng? Bài sẽ tự động lên trang vào thời điểm đã chọn.",
    noteLabel: "Ghi chú (không bắt buộc)",
    done: "Đã duyệt và hẹn giờ đăng bài.",
    event: "Duyệt, hẹn giờ đăng",
    tone: "primary",
  },
  unschedule: {
    button: "Hủy hẹn giờ",
    confirm: "Hủy hẹn giờ đăng? Bài trở lại hàng chờ duyệt của Ban Biên tập.",
    noteLabel: "Ghi chú (không bắt buộc)",
    done: "Đã hủy hẹn giờ; bài trở lại hàng chờ duyệt.",
    event: "Hủy hẹn giờ",
    tone: "neutral",
  },
  publishScheduled: {
    button: "",
    confirm: "",
    noteLabel: "",
    done: "Đã đăng bài theo lịch hẹn.",
    event: "Đăng theo lịch hẹn",
    tone: "primary",
  },
  unpublish: {
    button: "Gỡ bài",
    confirm: "Gỡ bài này khỏi trang? Bài vẫn được lưu và có thể đăng lại.",
    noteLabel: "Lý do gỡ bài (bắt buộc)",
    done: "Đã gỡ bài khỏi trang.",
    event: "Gỡ bài",
    tone: "danger",
  },
  republish: {
    button: "Đăng lại",
    confirm: "Đăng lại bài này lên trang? Bài giữ ngày đăng lần đầu.",
    noteLabel: "Ghi chú (không bắt buộc)",
    done: "Đã đăng lại bài.",
    event: "Đăng lại",
    tone: "primary",
  },
} as const satisfies Record<WorkflowMove, MoveLabel>;

/** The note the scheduler writes on the event of a publication it made. */
export const SCHEDULED_PUBLICATION_NOTE = "Tự động đăng theo lịch hẹn";

/** Why a publication time is refused, the event's note and the message after scheduling. */
export const SCHEDULE_MESSAGES = {
  missing: "Chọn thời điểm đăng bài.",
  notFuture: "Thời điểm hẹn đăng phải ở sau thời điểm hiện tại.",
  tooFar: "Chỉ hẹn giờ đăng trong vòng một năm tới.",
  eventNote: (when: string) => `Hẹn đăng lúc ${when}.`,
  done: (when: string) => `Đã duyệt, bài sẽ tự động đăng lúc ${when}.`,
} as const;

/** The refusal of a move the item's status no longer allows: most often somebody else moved it a moment ago. */
export const staleMoveMessage = (status: ItemStatus, move: WorkflowMove) =>
  `Bài đang ở trạng thái «${ITEM_STATUS_LABELS[status]}» nên không thể «${MOVE_LABELS[move].button}»; ` +
  "có thể người khác vừa xử lý bài. Hãy tải lại trang để xem trạng thái mới.";

/** The message when a required note is empty. */
export const NOTE_REQUIRED_MESSAGE = "Nhập lý do/ghi chú cho thao tác này.";

// Events that are not moves of the table.
const CREATED_EVENT = "Tạo bài";
const RESUBMITTED_EVENT = "Gửi lại thư ký";
const CORRECTED_EVENT = "Đính chính";

/**
 * How the history names a recorded event, from its statuses alone (the event
 * row does not store the move). Every pair of the table maps to one move but
 * SCHEDULED → PUBLISHED, shared by "publish now" and the scheduler; its note
 * tells them apart.
 */
export function describeEvent(from: ItemStatus | null, to: ItemStatus): string {
  if (from === null) return to === "DRAFT" ? CREATED_EVENT : ITEM_STATUS_LABELS[to];
  if (from === "PUBLISHED" && to === "PUBLISHED") return CORRECTED_EVENT;
  if (from === "RETURNED" && to === "SUBMITTED") return RESUBMITTED_EVENT;
  const move = WORKFLOW_MOVES.find(
    (candidate) =>
      candidate !== "publishScheduled" &&
      MOVES[candidate].to === to &&
      (MOVES[candidate].from as readonly ItemStatus[]).includes(from),
  );
  return move ? MOVE_LABELS[move].event : `${ITEM_STATUS_LABELS[from]} → ${ITEM_STATUS_LABELS[to]}`;
}
