import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <section className="rounded border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-stone-900">Không có quyền truy cập</h1>
      <p className="mt-2 text-stone-700">Bạn không có quyền truy cập trang này.</p>
      <p className="mt-4">
        <Link href="/quan-tri" className={buttonClass("primary")}>
          Về trang quản trị
        </Link>
      </p>
    </section>
  );
}
