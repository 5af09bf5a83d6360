import type { JSONContent } from "@tiptap/core";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// What an item needs before it leaves its author (submit) and before it moves
// on towards the public site (forward, publish, schedule). A draft may be
// incomplete; these checks run on the move, not on every save.

export const MIN_TITLE_LENGTH = 5;

export type ReadyCheckItem = {
  kind: ItemKind;
  title: string;
  lead: string;
  bodyJson: unknown;
  sectionCount: number;
};

/** The moves that run the check, and how their refusal starts. */
export const READY_CHECK_PURPOSES = {
  submit: "Chưa gửi được bài",
  forward: "Chưa chuyển được bài",
  publish: "Chưa đăng được bài",
  schedule: "Chưa hẹn giờ đăng được bài",
  // Not a move: a correction must leave a published item complete.
  correct: "Chưa đính chính được bài",
} as const;

export type ReadyCheckPurpose = keyof typeof READY_CHECK_PURPOSES;

// Nodes that only hold or arrange other content. Any other node (an image, a
// figure, an embedded video…) is content in itself, so a photo story whose
// body is only pictures counts as written.
const CONTAINERS = new Set([
  "doc",
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "tableHeader",
  "hardBreak",
  "horizontalRule",
]);

export function hasBodyContent(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  const { type, text, content } = node as JSONContent;
  if (type === "text") return Boolean(text?.trim());
  if (type && !CONTAINERS.has(type)) return true;
  return Array.isArray(content) && content.some(hasBodyContent);
}

/** What is missing, in Vietnamese, in the order of the editor's fields; empty when ready. */
export function missingForReady(item: ReadyCheckItem): string[] {
  const missing: string[] = [];
  if (item.title.trim().length < MIN_TITLE_LENGTH) missing.push(`tiêu đề (ít nhất ${MIN_TITLE_LENGTH} ký tự)`);
  if (item.kind === "ARTICLE" && !item.lead.trim()) missing.push("sa-pô (bắt buộc với bài)");
  if (!hasBodyContent(item.bodyJson)) missing.push("nội dung bài");
  if (item.sectionCount < 1) missing.push("chuyên mục");
  return missing;
}

/** Throws VALIDATION listing everything missing, e.g. "Chưa gửi được bài, còn thiếu: tiêu đề …; chuyên mục." */
export function assertReady(item: ReadyCheckItem, purpose: ReadyCheckPurpose): void {
  const missing = missingForReady(item);
  if (missing.length === 0) return;
  throw new AppError("VALIDATION", `${READY_CHECK_PURPOSES[purpose]}, còn thiếu: ${missing.join("; ")}.`, { missing });
}
