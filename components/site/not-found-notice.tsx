import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";

/** The 404 message: where to go next, never a dead end. */
export function NotFoundNotice() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="text-5xl font-bold text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-3 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-lg text-stone-700">
        Trang bạn tìm không có hoặc đã được gỡ bỏ. Mời bạn về trang chủ hoặc tìm bài viết cần đọc.
      </p>
      <div className="mx-auto mt-6 max-w-md">
        <SearchForm inputId="o-tim-kiem-404" />
      </div>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline underline-offset-2">
          ‹ Về trang chủ
        </Link>
      </p>
    </div>
  );
}
