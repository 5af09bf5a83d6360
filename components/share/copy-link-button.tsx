"use client";

import { useState } from "react";
import { shareButtonClass } from "@/components/share/share-button-class";

type CopyState = "idle" | "copied" | "failed";

const MESSAGES: Record<CopyState, string> = {
  idle: "",
  copied: "Đã sao chép liên kết bài viết.",
  failed: "Không sao chép được: hãy chép địa chỉ trên thanh địa chỉ của trình duyệt.",
};

/**
 * "Sao chép liên kết": copies the article's canonical URL. It is a link to
 * that URL, so without JavaScript it still leads there (and can be copied
 * with the browser's own "Copy link").
 */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<CopyState>("idle");

  async function copy(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard) return; // let the link do its job
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a href={url} onClick={copy} className={shareButtonClass} data-copy-link={url}>
        Sao chép liên kết
      </a>
      <span role="status" aria-live="polite" className="text-sm text-stone-700">
        {MESSAGES[state]}
      </span>
    </span>
  );
}
