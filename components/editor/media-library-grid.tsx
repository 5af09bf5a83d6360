"use client";

import { useEffect, useState, type FormEvent } from "react";
import { fetchImageLibrary } from "@/components/editor/upload-client";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/field-errors";
import type { MediaPage, UploadedMedia } from "@/lib/media/upload-types";

export const LIBRARY_TEXT = {
  search: "Tìm ảnh theo tên, mô tả",
  searchButton: "Tìm",
  loading: "Đang tải thư viện ảnh…",
  empty: "Chưa có ảnh nào khớp.",
  previous: "Trang trước",
  next: "Trang sau",
  page: (page: number, count: number) => `Trang ${page}/${count}`,
  pick: (name: string) => `Chọn ảnh ${name}`,
} as const;

type LoadState = { status: "loading" } | { status: "error"; error: string } | { status: "done"; data: MediaPage };

/** The images already uploaded, searchable and paged; one can be picked. */
export function MediaLibraryGrid({ selectedId, onSelect }: { selectedId: number | null; onSelect: (media: UploadedMedia) => void }) {
  const [query, setQuery] = useState("");
  const [request, setRequest] = useState({ query: "", page: 1 });
  const [load, setLoad] = useState<LoadState>({ status: "loading" });

  useEffect(() => {
    let isCurrent = true;
    fetchImageLibrary(request.query, request.page).then((result) => {
      if (!isCurrent) return;
      setLoad(result.ok ? { status: "done", data: result.data } : { status: "error", error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [request]);

  function search(event: FormEvent) {
    event.preventDefault();
    setLoad({ status: "loading" });
    setRequest({ query, page: 1 });
  }

  const goTo = (page: number) => {
    setLoad({ status: "loading" });
    setRequest((previous) => ({ ...previous, page }));
  };

  return (
    <div className="space-y-3">
      <form role="search" onSubmit={search} className="flex gap-2">
        <label className="sr-only" htmlFor="tim-anh-thu-vien">
          {LIBRARY_TEXT.search}
        </label>
        <input id="tim-anh-thu-vien" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={LIBRARY_TEXT.search} className={`${fieldClass(false)} mt-0`} />
        <Button variant="secondary">{LIBRARY_TEXT.searchButton}</Button>
      </form>
      {load.status === "loading" && <p className="text-sm text-stone-600">{LIBRARY_TEXT.loading}</p>}
      {load.status === "error" && (
        <p role="alert" className="text-sm text-red-800">
          {load.error}
        </p>
      )}
      {load.status === "done" && load.data.items.length === 0 && <p className="text-sm text-stone-600">{LIBRARY_TEXT.empty}</p>}
      {load.status === "done" && load.data.items.length > 0 && (
        <>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {load.data.items.map((media) => (
              <li key={media.id}>
                <button
                  type="button"
                  aria-pressed={media.id === selectedId}
                  aria-label={LIBRARY_TEXT.pick(media.alt || media.originalName)}
                  onClick={() => onSelect(media)}
                  className="block w-full overflow-hidden rounded border-2 border-transparent bg-stone-100 aria-pressed:border-brand"
                >
                  <img src={media.url} alt="" loading="lazy" className="aspect-[4/3] w-full object-cover" />
                  <span className="block truncate px-1 py-0.5 text-left text-xs text-stone-700">{media.alt || media.originalName}</span>
                </button>
              </li>
            ))}
          </ul>
          {load.data.pageCount > 1 && (
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <Button type="button" variant="secondary" disabled={load.data.page <= 1} onClick={() => goTo(load.data.page - 1)}>
                {LIBRARY_TEXT.previous}
              </Button>
              <span>{LIBRARY_TEXT.page(load.data.page, load.data.pageCount)}</span>
              <Button type="button" variant="secondary" disabled={load.data.page >= load.data.pageCount} onClick={() => goTo(load.data.page + 1)}>
                {LIBRARY_TEXT.next}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
