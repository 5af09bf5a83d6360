// mammoth's messages are English and technical; the contributor gets a few
// Vietnamese sentences instead, each said once.
import { DOCX_MESSAGES } from "@/lib/media/upload-messages";

const STYLE = /^Unrecognised (paragraph|run|table) style: '(.*)' \(Style ID: (.*)\)$/s;

export function translateDocxMessages(messages: readonly { message: string }[]): string[] {
  const paragraphStyles = new Set<string>();
  const runStyles = new Set<string>();
  const warnings = new Set<string>();
  for (const { message } of messages) {
    const style = STYLE.exec(message);
    if (style) {
      // A style used but not defined in the file has no name, only its ID.
      const raw = style[2] && style[2] !== "null" ? style[2] : style[3]!;
      const name = raw.replace(/[\p{Cc}]/gu, "").trim().slice(0, 60) || "không tên";
      if (style[1] === "paragraph") paragraphStyles.add(name);
      else if (style[1] === "run") runStyles.add(name);
      continue;
    }
    // Said again, with the name, by the "Unrecognised … style" message.
    if (/was referenced but not defined in the document$/.test(message)) continue;
    if (/cell merging may be incorrect/.test(message)) warnings.add(DOCX_MESSAGES.tableMerging);
    // Images are counted by the import itself (skipped ones, with a reason).
    else if (/^Image of type|image file|v:imagedata/.test(message)) continue;
    else warnings.add(DOCX_MESSAGES.unsupportedContent);
  }
  const styleWarnings = [
    ...(paragraphStyles.size ? [DOCX_MESSAGES.unknownParagraphStyles([...paragraphStyles])] : []),
    ...(runStyles.size ? [DOCX_MESSAGES.unknownRunStyles([...runStyles])] : []),
  ];
  return [...styleWarnings, ...warnings];
}
