// The one file-size format of the site (media library, document files):
// "850 KB", "4,9 KB", "1,2 MB", Vietnamese decimal comma, one decimal under 10.
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${units[unit]}`;
}

const FORMAT_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
  "application/msword": "Word (DOC)",
};

/** "PDF", "Word (DOCX)", else the file name's extension in capitals. */
export function fileFormatLabel(mimeType: string, fileName: string): string {
  return FORMAT_LABELS[mimeType] ?? (fileName.split(".").pop()?.toUpperCase() || "Tệp");
}
