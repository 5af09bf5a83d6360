import { searchPath } from "@/lib/urls";

type SearchFormProps = { className?: string; defaultValue?: string; inputId?: string };

const SEARCH_ACTION = searchPath("").split("?")[0];

// A plain GET form: search works without JavaScript and results are linkable.
export function SearchForm({ className = "", defaultValue, inputId = "o-tim-kiem" }: SearchFormProps) {
  return (
    <form action={SEARCH_ACTION} method="get" role="search" className={`flex w-full ${className}`}>
      <label htmlFor={inputId} className="sr-only">
        Tìm kiếm
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Tìm tin, bài, văn bản…"
        className="min-h-11 w-full min-w-0 rounded-l border border-r-0 border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 rounded-r bg-brand px-4 font-semibold whitespace-nowrap text-white hover:bg-brand-dark"
      >
        Tìm kiếm
      </button>
    </form>
  );
}
