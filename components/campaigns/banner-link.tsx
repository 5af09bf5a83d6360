import Link from "next/link";
import { isExternalLink } from "@/lib/campaigns/link-target";

/** A banner's link: in-site paths stay client-side Links; other sites open in a new tab without access to this one. */
export function BannerLink({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) {
  if (isExternalLink(href)) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
        {children}
        <span className="sr-only"> (mở trong thẻ mới)</span>
      </a>
    );
  }
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
