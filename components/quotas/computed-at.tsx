import { formatDateTime } from "@/lib/content/dates";

/** "Số liệu tính đến 08:30, ngày 06 tháng 12 năm 2026": the numbers are as of the page's loading. */
export function ComputedAt({ at }: { at: string }) {
  return (
    <p className="text-sm text-stone-600">
      Số liệu tính đến <time dateTime={at}>{formatDateTime(at)}</time>.
    </p>
  );
}
