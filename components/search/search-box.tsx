type SearchBoxProps = { defaultValue: string };

// The results page's own GET form (the header has another; ids differ).
export function SearchBox({ defaultValue }: SearchBoxProps) {
  return (
    <form action="/tim-kiem" method="get" role="search" className="flex w-full max-w-2xl">
      <label htmlFor="tu-khoa-tim-kiem" className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id="tu-khoa-tim-kiem"
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Nhập từ khóa, ví dụ: theo gương Bác, 91-KH/ĐUK"
        className="min-h-11 w-full min-w-0 rounded-l border border-r-0 border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600"
      />
      <button type="submit" className="min-h-11 rounded-r bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
        Tìm
      </button>
    </form>
  );
}
