"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentAdminLink, type AdminLink } from "@/components/admin/admin-links";

// Phones: a <details> menu (opens without JavaScript). Wider screens: a
// sidebar. Only one of the two lists is displayed at a time.
export function AdminNav({ links }: { links: AdminLink[] }) {
  const current = currentAdminLink(links, usePathname() ?? "");
  const item = (link: AdminLink) => (
    <li key={link.href}>
      <Link
        href={link.href}
        aria-current={link.href === current ? "page" : undefined}
        className="flex min-h-11 items-center rounded px-3 py-2 font-semibold text-stone-800 hover:bg-red-50 hover:text-brand aria-[current=page]:bg-brand aria-[current=page]:text-white"
      >
        {link.label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Quản trị" className="md:w-56 md:shrink-0 print:hidden">
      <details className="site-nav-disclosure rounded border border-stone-200 bg-white md:hidden">
        <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 font-semibold text-brand">
          <span aria-hidden="true" className="text-xl leading-none">
            ☰
          </span>
          Menu quản trị
        </summary>
        <ul className="space-y-1 border-t border-stone-200 p-2">{links.map(item)}</ul>
      </details>
      <ul className="hidden space-y-1 rounded border border-stone-200 bg-white p-2 md:block">{links.map(item)}</ul>
    </nav>
  );
}
