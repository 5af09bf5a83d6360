import Link from "next/link";
import { env } from "@/lib/env";
import { SITE_INFO } from "@/lib/site-info";

export function SiteFooter() {
  const { siteName } = env();
  const year = new Date().getFullYear();
  return (
    <footer className="mt-12 border-t-4 border-brand bg-stone-900 text-stone-200">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2 text-sm leading-relaxed">
          <p className="text-base font-bold text-white">{siteName}</p>
          <p>{SITE_INFO.publisherNote}</p>
          <p>{SITE_INFO.responsiblePerson}</p>
          <address className="not-italic">
            <p>Địa chỉ: {SITE_INFO.address}</p>
            <p>
              Điện thoại:{" "}
              <a className="underline underline-offset-2" href={`tel:${SITE_INFO.phone.replace(/\s+/g, "")}`}>
                {SITE_INFO.phone}
              </a>
            </p>
            <p>
              Thư điện tử:{" "}
              <a className="underline underline-offset-2" href={`mailto:${SITE_INFO.email}`}>
                {SITE_INFO.email}
              </a>
            </p>
          </address>
        </div>
        <div className="text-sm">
          <p className="mb-2 font-semibold text-white">Liên kết</p>
          <ul className="space-y-2">
            <li>
              <Link className="underline underline-offset-2" href="/van-ban">
                Văn bản chỉ đạo
              </Link>
            </li>
            <li>
              <Link className="underline underline-offset-2" href="/tim-kiem">
                Tìm kiếm
              </Link>
            </li>
            <li>
              <a className="underline underline-offset-2" href="/rss.xml">
                Nhận tin qua RSS
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="border-t border-stone-700 px-4 py-3 text-center text-xs text-stone-300">
        © {year} {SITE_INFO.editorialBoard}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
      </p>
    </footer>
  );
}
