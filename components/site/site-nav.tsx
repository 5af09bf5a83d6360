import Link from "next/link";
import type { SectionLink } from "@/lib/server/sections/list-visible-sections";
import { sectionPath } from "@/lib/urls";

type SiteNavProps = { sections: SectionLink[] };

const linkClass = "block px-3 py-3 font-semibold text-white hover:bg-brand-dark hover:underline underline-offset-4";

// Phones get a <details> disclosure (opens without JavaScript); wider screens
// a plain bar. Only one of the two lists is ever displayed, so assistive
// technology meets the links once.
export function SiteNav({ sections }: SiteNavProps) {
  const links = [{ href: "/", name: "Trang chủ" }, ...sections.map((s) => ({ href: sectionPath(s.slug), name: s.name }))];
  return (
    <nav aria-label="Chuyên mục" className="on-brand bg-brand text-white">
      <div className="mx-auto max-w-6xl">
        <details className="site-nav-disclosure md:hidden">
          <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 font-semibold">
            <span aria-hidden="true" className="text-xl leading-none">
              ☰
            </span>
            Chuyên mục
          </summary>
          <ul className="border-t border-white/30 pb-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={`${linkClass} px-4`}>
                  {link.name}
                </Link>
              </li>
            ))}
          </ul>
        </details>
        <ul className="hidden flex-wrap px-1 md:flex">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={`${linkClass} text-[0.95rem]`}>
                {link.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
