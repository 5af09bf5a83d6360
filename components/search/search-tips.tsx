import Link from "next/link";

/** Shown before a search, and under "no results": how to search well. */
export function SearchTips() {
  return (
    <ul className="mt-3 list-disc space-y-1.5 pl-6 text-stone-700">
      <li>
        Gõ có dấu hoặc không dấu đều được: <q>theo guong bac</q> cũng tìm thấy <q>Theo gương Bác</q>.
      </li>
      <li>Dùng ít từ hơn hoặc từ khác gần nghĩa; có thể chỉ gõ phần đầu của từ.</li>
      <li>
        Tìm văn bản theo số/ký hiệu (ví dụ <q>91-KH/ĐUK</q> hoặc <q>91 KH</q>) hoặc xem{" "}
        <Link href="/van-ban" className="font-semibold text-brand underline-offset-2 hover:underline">
          thư viện văn bản
        </Link>
        .
      </li>
    </ul>
  );
}
