import Link from "next/link";
import { documentTypeLabel } from "@/lib/documents/document-type-labels";
import type { DocumentFilters } from "@/lib/documents/document-filters";
import type { DocumentFilterOptions } from "@/lib/server/documents/get-document-filter-options";

type DocumentFilterFormProps = { filters: DocumentFilters; options: DocumentFilterOptions; hasFilters: boolean };

const fieldClass = "min-h-11 w-full rounded border border-stone-400 bg-white px-3 text-base text-stone-900";
const labelClass = "mb-1 block text-sm font-semibold text-stone-700";

// A plain GET form: filtering works with JavaScript off and results are linkable.
export function DocumentFilterForm({ filters, options, hasFilters }: DocumentFilterFormProps) {
  return (
    <form action="/van-ban" method="get" className="mb-6 rounded border border-stone-200 bg-white p-4" role="search">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="loc-tu-khoa" className={labelClass}>
            Số/ký hiệu hoặc trích yếu
          </label>
          <input
            id="loc-tu-khoa"
            type="search"
            name="q"
            maxLength={200}
            defaultValue={filters.query}
            placeholder="Ví dụ: 91-KH/ĐUK, chuyển đổi số"
            className={`${fieldClass} placeholder:text-stone-600`}
          />
        </div>
        <div>
          <label htmlFor="loc-loai" className={labelClass}>
            Loại văn bản
          </label>
          <select id="loc-loai" name="loai" defaultValue={filters.type ?? ""} className={fieldClass}>
            <option value="">Tất cả</option>
            {options.types.map((type) => (
              <option key={type} value={type}>
                {documentTypeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-co-quan" className={labelClass}>
            Cơ quan ban hành
          </label>
          <select id="loc-co-quan" name="co-quan" defaultValue={filters.issuingBody ?? ""} className={fieldClass}>
            <option value="">Tất cả</option>
            {options.issuingBodies.map((body) => (
              <option key={body} value={body}>
                {body}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-nam" className={labelClass}>
            Năm ban hành
          </label>
          <select id="loc-nam" name="nam" defaultValue={filters.year ? String(filters.year) : ""} className={fieldClass}>
            <option value="">Tất cả</option>
            {options.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
            Lọc văn bản
          </button>
          {hasFilters && (
            <Link href="/van-ban" className="py-2 text-sm font-semibold text-brand hover:underline">
              Xóa bộ lọc
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
