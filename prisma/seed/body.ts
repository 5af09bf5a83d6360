// Small builders for Tiptap JSON (the shape lib/content/tiptap-schema.ts reads).
import type { JSONContent } from "@tiptap/core";
import type { BodyDocument } from "@/lib/content/tiptap-schema";

type Mark = NonNullable<JSONContent["marks"]>[number];

export const text = (value: string, ...marks: Mark[]): JSONContent =>
  marks.length ? { type: "text", text: value, marks } : { type: "text", text: value };

export const bold: Mark = { type: "bold" };
export const italic: Mark = { type: "italic" };
export const link = (href: string): Mark => ({ type: "link", attrs: { href } });

export const paragraph = (...content: (JSONContent | string)[]): JSONContent => ({
  type: "paragraph",
  content: content.map((part) => (typeof part === "string" ? text(part) : part)),
});

export const heading = (level: 2 | 3 | 4, value: string): JSONContent => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});

export const bulletList = (items: string[]): JSONContent => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});

export const blockquote = (...paragraphs: JSONContent[]): JSONContent => ({ type: "blockquote", content: paragraphs });

export const figure = (image: { src: string; alt: string; width: number; height: number }, caption: string): JSONContent => ({
  type: "figure",
  attrs: { src: image.src, alt: image.alt, title: null, width: image.width, height: image.height },
  content: [text(caption)],
});

export const doc = (...content: JSONContent[]): BodyDocument => ({ type: "doc", content });
