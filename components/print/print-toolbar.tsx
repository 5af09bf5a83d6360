import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "./print-button";

export type ToolbarLink = { href: string; label: string; isDownload?: boolean };

/** Above a printable document, on screen only: the way back, the print button, related downloads, and how to print without it. */
export function PrintToolbar({ back, links = [] }: { back: ToolbarLink; links?: ToolbarLink[] }) {
  return (
    <div className="mb-4 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={back.href} className={buttonClass("ghost", "px-2")}>
          ‹ {back.label}
        </Link>
        <span className="flex-1" />
        <PrintButton />
        {links.map((link) =>
          link.isDownload ? (
            <a key={link.href} href={link.href} className={buttonClass("secondary")} download>
              {link.label}
            </a>
          ) : (
            <Link key={link.href} href={link.href} className={buttonClass("secondary")}>
              {link.label}
            </Link>
          ),
        )}
      </div>
      <p className="text-sm text-stone-600">
        Bản in theo thể thức văn bản của Đảng (khổ A4). Có thể dùng lệnh In của trình duyệt (Ctrl + P) và chọn “Lưu dưới dạng PDF”; số văn bản và
        chữ ký ghi tay sau khi in.
      </p>
    </div>
  );
}
