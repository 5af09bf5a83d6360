import Link from "next/link";
import { formatWeekdayDate } from "@/lib/content/dates";
import { env } from "@/lib/env";
import { SITE_INFO } from "@/lib/site-info";
import { SearchForm } from "@/components/site/search-form";

function Emblem() {
  // A gold star on red: the flag's star, drawn inline so it costs no request.
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className="h-12 w-12 shrink-0 sm:h-16 sm:w-16">
      <circle cx="32" cy="32" r="31" fill="#9f1111" />
      <polygon
        fill="#f7c948"
        points="32,10 37.3,25.7 53.9,25.9 40.6,35.8 45.5,51.6 32,42 18.5,51.6 23.4,35.8 10.1,25.9 26.7,25.7"
      />
    </svg>
  );
}

export function SiteMasthead() {
  const { siteName } = env();
  return (
    <div className="bg-white">
      <div className="border-b border-stone-200 bg-stone-100 text-sm text-stone-700">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1.5">
          <p>{formatWeekdayDate(new Date())}</p>
          <ul className="flex gap-4">
            <li>
              <Link href="/van-ban" className="underline-offset-2 hover:underline">
                Văn bản
              </Link>
            </li>
            <li>
              <a href="/rss.xml" className="underline-offset-2 hover:underline">
                RSS
              </a>
            </li>
          </ul>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-4 md:flex-row md:items-center md:justify-between md:py-6">
        <Link href="/" className="flex items-center gap-3 sm:gap-4" aria-label={`${siteName}, về trang chủ`}>
          <Emblem />
          <span className="flex flex-col">
            <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase sm:text-sm">
              {SITE_INFO.parentBody} · {SITE_INFO.committeeName}
            </span>
            <span className="text-lg leading-snug font-bold text-brand sm:text-2xl">{siteName}</span>
          </span>
        </Link>
        <SearchForm className="md:w-80" />
      </div>
    </div>
  );
}
