// Tiptap JSON → sanitised HTML, on the server, without a DOM.
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { AppError } from "@/lib/errors";
import { sanitizeHtml } from "./sanitize-html";
import { contentExtensions } from "./tiptap-schema";

export function isBodyDocument(value: unknown): value is JSONContent & { type: "doc" } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "doc";
}

/**
 * Renders a stored body with the editor's own extension list, then passes the
 * result through the allowlist: the stored JSON is user input like any other.
 * A document that does not fit the schema is a VALIDATION error.
 */
export function renderBodyHtml(body: unknown): string {
  if (!isBodyDocument(body)) throw new AppError("VALIDATION", "Nội dung bài viết không hợp lệ.");
  let html: string;
  try {
    html = renderToHTMLString({ extensions: contentExtensions, content: body });
  } catch (error) {
    throw new AppError("VALIDATION", "Nội dung bài viết không hợp lệ.", {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  return sanitizeHtml(html);
}
