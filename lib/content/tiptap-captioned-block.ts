// What the body's captioned blocks (an image's figure, a stored video) share:
// a block of its own, with an editable caption as its inline content that
// takes the same marks as a paragraph's text. Safe to import in client components.
export const captionedBlock = {
  group: "block",
  content: "inline*",
  marks: "bold italic underline link",
  draggable: true,
  isolating: true,
} as const;
