// The server's check of a body sent by the editor (or by anything else that
// can post to an action): it must be a document of the editor's own schema.
import { getSchema } from "@tiptap/core";
import { AppError } from "@/lib/errors";
import { cleanBodyUrls } from "./clean-body-urls";
import { contentExtensions, type BodyDocument } from "./tiptap-schema";

let schema: ReturnType<typeof getSchema> | undefined;
const editorSchema = () => (schema ??= getSchema(contentExtensions));

const INVALID = "Nội dung bài viết không hợp lệ.";

/**
 * Parses the JSON with ProseMirror's schema of the editor's extensions and
 * checks every node's content and marks; returns the normalised document.
 * Unknown node or mark types, wrong nesting and malformed attributes are a
 * VALIDATION error. Unsafe link targets and picture sources are dropped
 * first (./clean-body-urls), so they are never stored. The HTML is made from
 * the result and sanitised separately.
 */
export function validateBody(json: unknown): BodyDocument {
  if (typeof json !== "object" || json === null || (json as { type?: unknown }).type !== "doc") {
    throw new AppError("VALIDATION", INVALID);
  }
  try {
    const node = editorSchema().nodeFromJSON(cleanBodyUrls(json as BodyDocument));
    node.check();
    return node.toJSON() as BodyDocument;
  } catch (error) {
    throw new AppError("VALIDATION", INVALID, { cause: error instanceof Error ? error.message : String(error) });
  }
}
