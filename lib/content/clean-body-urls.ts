// The URL rules of the HTML allowlist, applied to the editor's JSON before it
// is stored: a body posted by hand (not by our editor) could carry an image
// whose src is "javascript:…" or a link to "data:…". The public HTML drops
// them anyway; here they are dropped from what is stored, so the editor and
// every later render only ever see safe URLs. Links lose only their href
// (the text stays); a picture with a refused source is removed, as the public
// page would not show it. Video and embed sources are checked by their nodes'
// own attribute validators.
import type { JSONContent } from "@tiptap/core";
import { classifyHref, isAllowedImageSrc } from "./media-src";

const PICTURE_NODES = new Set(["image", "figure"]);

function isRefusedPicture(node: JSONContent): boolean {
  if (!node.type || !PICTURE_NODES.has(node.type)) return false;
  const src = node.attrs?.src;
  return typeof src !== "string" || !isAllowedImageSrc(src);
}

function cleanMarks(marks: JSONContent["marks"]): JSONContent["marks"] {
  if (!marks) return marks;
  return marks.filter((mark) => mark.type !== "link" || classifyHref(typeof mark.attrs?.href === "string" ? mark.attrs.href : undefined) !== "invalid");
}

/** A copy of the document without unsafe link targets and picture sources. */
export function cleanBodyUrls<T extends JSONContent>(node: T): T {
  const cleaned: JSONContent = { ...node };
  if (node.marks) cleaned.marks = cleanMarks(node.marks);
  if (node.content) cleaned.content = node.content.filter((child) => !isRefusedPicture(child)).map((child) => cleanBodyUrls(child));
  return cleaned as T;
}
