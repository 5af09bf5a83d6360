import Link from "next/link";

// Shown by the error boundaries. Deliberately says nothing technical: the
// details are in the server log, the reader only needs to know what to do.
// No server-only imports: error boundaries are client components.
export function ErrorNotice({ onRetry }: { onRetry?: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold text-[#9f1111]">Hệ thống đang tạm gián đoạn</h1>
      <p className="mt-3 text-lg text-stone-700">
        Hệ thống đang tạm gián đoạn, mong bạn thông cảm. Xin vui lòng thử lại sau ít phút.
      </p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-4">
        {onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="min-h-11 rounded bg-[#9f1111] px-5 font-semibold text-white hover:bg-[#7a0c0c]"
          >
            Thử lại
          </button>
        )}
        <Link href="/" className="font-semibold text-[#9f1111] underline underline-offset-2">
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
