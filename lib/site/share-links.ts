export type ShareLink = { network: "facebook" | "zalo"; label: string; href: string };

// Plain links to each network's share page: no SDK, no third-party script, so
// the article stays light and private and works without JavaScript.
export function shareLinks(absoluteArticleUrl: string): ShareLink[] {
  const url = encodeURIComponent(absoluteArticleUrl);
  return [
    {
      network: "facebook",
      label: "Chia sẻ lên Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    },
    { network: "zalo", label: "Chia sẻ qua Zalo", href: `https://sp.zalo.me/share_to?url=${url}` },
  ];
}
