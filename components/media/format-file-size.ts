/** "820 KB", "1,2 MB": Vietnamese decimal comma, one decimal under 10 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${Math.round(kilobytes)} KB`;
  const megabytes = kilobytes / 1024;
  const text = megabytes < 10 ? megabytes.toFixed(1).replace(".", ",") : String(Math.round(megabytes));
  return `${text} MB`;
}
