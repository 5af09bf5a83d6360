import Link from "next/link";
import { shareLinks } from "@/lib/site/share-links";

type ShareBarProps = { absoluteUrl: string; printHref: string };

const buttonClass =
  "inline-flex min-h-10 items-center rounded border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:border-brand hover:text-brand";

/** Share and print, as plain links: no third-party script runs on our pages. */
export function ShareBar({ absoluteUrl, printHref }: ShareBarProps) {
  return (
    <ul aria-label="Chia sẻ và in bài" className="flex flex-wrap gap-2">
      {shareLinks(absoluteUrl).map((link) => (
        <li key={link.network}>
          <a href={link.href} className={buttonClass} target="_blank" rel="noopener noreferrer">
            {link.network === "facebook" ? "Facebook" : "Zalo"}
            <span className="sr-only">: {link.label} (mở cửa sổ mới)</span>
          </a>
        </li>
      ))}
      <li>
        <Link href={printHref} className={buttonClass} rel="alternate">
          Bản in
        </Link>
      </li>
    </ul>
  );
}
