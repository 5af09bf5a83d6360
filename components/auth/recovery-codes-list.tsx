"use client";
import { useRouter } from "next/navigation";
import { buttonClass } from "./form-field";

/**
 * Recovery codes, shown once: the person writes them down or prints them,
 * then says so, and only then does the page move on (refresh).
 */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const router = useRouter();
  return (
    <section aria-labelledby="ma-khoi-phuc" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <h3 id="ma-khoi-phuc" className="font-semibold text-amber-900">
        Mã khôi phục
      </h3>
      <p className="text-sm text-amber-900">
        Mỗi mã dùng được một lần thay cho mã xác thực khi bạn mất điện thoại. Hãy chép hoặc in ra và cất ở nơi an toàn: các mã chỉ hiển thị lần
        này.
      </p>
      <ol aria-label="Các mã khôi phục" className="grid grid-cols-2 gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ol>
      <button type="button" className={buttonClass} onClick={() => router.refresh()}>
        Tôi đã lưu các mã này
      </button>
    </section>
  );
}
