// Share links for an item, as plain links to each network's share page: no
// SDK and no third-party script (our CSP allows none), so they also work with
// JavaScript turned off.
//
// Facebook: the documented sharer, `sharer.php?u=<url>`; Facebook then reads
// the page's Open Graph tags for the preview.
// Zalo: Zalo documents only its share *plugin* (sdk.js + a
// `.zalo-share-button` element, which loads a script and an iframe from
// sp.zalo.me). The page that plugin opens, `https://sp.zalo.me/share_to?url=`,
// works as a plain link from a browser with Zalo Web; in the Zalo app the
// reliable way into a group is "Sao chép liên kết" and pasting, and Zalo
// builds the same Open Graph preview from the pasted URL.

export type ShareNetwork = "facebook" | "zalo";
export type ShareLink = { network: ShareNetwork; name: string; label: string; href: string };

export const facebookShareUrl = (canonicalUrl: string) =>
  `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonicalUrl)}`;

export const zaloShareUrl = (canonicalUrl: string) => `https://sp.zalo.me/share_to?url=${encodeURIComponent(canonicalUrl)}`;

/** The share links of an item, in the order the buttons show them. */
export function shareLinks(canonicalUrl: string): ShareLink[] {
  return [
    { network: "facebook", name: "Facebook", label: "Chia sẻ lên Facebook", href: facebookShareUrl(canonicalUrl) },
    { network: "zalo", name: "Zalo", label: "Chia sẻ qua Zalo", href: zaloShareUrl(canonicalUrl) },
  ];
}
