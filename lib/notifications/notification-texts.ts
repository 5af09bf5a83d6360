import { formatDateTime } from "@/lib/content/dates";
import type { WorkflowMove } from "@/lib/workflow/transitions";

// What each notification says, in one place so the wording can be reviewed.
// In-app messages are one line; the e-mail repeats it with a link.

/** Moves of the table, a correction (đính chính) and an editorial note. */
export type NotificationEvent = WorkflowMove | "correct" | "note";

export type NotificationFacts = {
  actorName: string;
  title: string;
  note: string | null;
  scheduledAt: Date | null;
};

const NOTE_MAX = 300;

const quoted = (title: string) => `«${title.trim() || "Bài chưa có tiêu đề"}»`;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > NOTE_MAX ? `${flat.slice(0, NOTE_MAX - 1)}…` : flat;
}

const withNote = (sentence: string, lead: string, note: string | null) => (note ? `${sentence} ${lead}: ${clip(note)}` : sentence);

export function notificationMessage(event: NotificationEvent, facts: NotificationFacts): string {
  const { actorName: who, note } = facts;
  const item = quoted(facts.title);
  switch (event) {
    case "submit":
      return withNote(`${who} đã gửi bài ${item}, chờ thư ký biên tập.`, "Lời nhắn", note);
    case "withdraw":
      return `${who} đã rút bài ${item} về bản nháp.`;
    case "return":
      return withNote(`${who} đã trả lại bài ${item} để sửa.`, "Cần sửa", note);
    case "reject":
      return withNote(`Bài ${item} không được sử dụng.`, "Lý do", note);
    case "forward":
      return withNote(`${who} đã chuyển bài ${item}, chờ Ban Biên tập duyệt.`, "Lời nhắn", note);
    case "sendBack":
      return withNote(`${who} (Ban Biên tập) đã trả lại bài ${item} cho thư ký.`, "Lý do", note);
    case "publish":
      return `Bài ${item} đã được duyệt và đăng lên trang.`;
    case "schedule":
      return facts.scheduledAt
        ? `Bài ${item} đã được duyệt, hẹn đăng lúc ${formatDateTime(facts.scheduledAt)}.`
        : `Bài ${item} đã được duyệt và hẹn giờ đăng.`;
    case "unschedule":
      return `${who} đã hủy hẹn giờ đăng bài ${item}.`;
    case "publishScheduled":
      return `Bài ${item} đã được đăng lên trang theo lịch hẹn.`;
    case "unpublish":
      return withNote(`Bài ${item} đã được gỡ khỏi trang.`, "Lý do", note);
    case "republish":
      return `Bài ${item} đã được đăng lại lên trang.`;
    case "correct":
      return withNote(`Bài ${item} đã được đính chính.`, "Nội dung đính chính", note);
    case "note":
      return withNote(`${who} có góp ý về bài ${item}.`, "Góp ý", note);
  }
}

/** The e-mail's subject: the message's gist without the note. */
export function notificationSubject(event: NotificationEvent, facts: NotificationFacts): string {
  return notificationMessage(event, { ...facts, note: null });
}
