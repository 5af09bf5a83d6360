import { shareButtonClass } from "@/components/share/share-button-class";

/** The script that turns the link into a copy button (public/copy-link.js). */
export const COPY_LINK_SCRIPT = "/copy-link.js";

/**
 * "Sao chép liên kết": a link to the article's canonical URL, which
 * public/copy-link.js turns into a copy to the clipboard. Without the script
 * (or a clipboard) it still leads there and can be copied with the browser's
 * own "Copy link". No React on the reader's side: the page needs none.
 */
export function CopyLinkButton({ url, nonce }: { url: string; nonce?: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a
        href={url}
        className={shareButtonClass}
        data-copy-link={url}
        data-copied="Đã sao chép liên kết bài viết."
        data-copy-failed="Không sao chép được: hãy chép địa chỉ trên thanh địa chỉ của trình duyệt."
      >
        Sao chép liên kết
      </a>
      <span role="status" aria-live="polite" className="text-sm text-stone-700" data-copy-status="" />
      <script src={COPY_LINK_SCRIPT} nonce={nonce} async />
    </span>
  );
}
