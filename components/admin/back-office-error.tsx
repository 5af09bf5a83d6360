"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

// A back-office page's error boundary: the error is in the server log, the
// reader only needs to know what did not load and what to do next.
export function BackOfficeError({ title, retry }: { title: string; retry: () => void }) {
  return (
    <section role="alert" className="rounded border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <p className="mt-2 text-stone-700">Hệ thống đang tạm gián đoạn, mong bạn thông cảm. Xin vui lòng thử lại sau ít phút.</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={retry} className={buttonClass("primary")}>
          Thử lại
        </button>
        <Link href="/quan-tri" className={buttonClass("secondary")}>
          Về trang quản trị
        </Link>
      </div>
    </section>
  );
}
