import { headers } from "next/headers";
import Link from "next/link";
import { shareLinks } from "@/lib/sharing/share-urls";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { shareButtonClass } from "@/components/share/share-button-class";

type ShareButtonsProps = { canonicalUrl: string; printHref: string; radioHref: string };

/**
 * Share the item (Facebook, Zalo, copy its link) and its other versions (print,
 * radio). Plain links: no third-party script runs on our pages, and all of it
 * works without JavaScript (the copy button is then a link to the article)
 * and without React: the copy button is a 1 KB static script.
 */
export async function ShareButtons({ canonicalUrl, printHref, radioHref }: ShareButtonsProps) {
  // The copy button's script runs under the page's CSP nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <nav aria-label="Chia sẻ và các bản khác của bài" className="mt-6 space-y-3 border-t border-stone-200 pt-4" data-share-buttons="">
      <ul className="flex flex-wrap gap-2">
        {shareLinks(canonicalUrl).map((link) => (
          <li key={link.network}>
            <a href={link.href} className={shareButtonClass} target="_blank" rel="noopener noreferrer" aria-label={`${link.label} (mở cửa sổ mới)`} data-share={link.network}>
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={canonicalUrl} nonce={nonce} />
        </li>
      </ul>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={printHref} className={shareButtonClass} rel="alternate" prefetch={false}>
            Bản in
          </Link>
        </li>
        <li>
          <a href={radioHref} className={shareButtonClass} rel="alternate" type="text/plain">
            Bản đọc phát thanh
          </a>
        </li>
      </ul>
    </nav>
  );
}
