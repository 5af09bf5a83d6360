import Link from "next/link";
import { searchPath } from "@/lib/urls";

/** Tags link to a search for the tag's words. */
export function TagList({ tags }: { tags: { slug: string; name: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-stone-700">Từ khóa:</span>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={searchPath(tag.name)}
              className="inline-block rounded-full bg-stone-200 px-3 py-1 text-sm text-stone-800 hover:bg-red-50 hover:text-brand"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
