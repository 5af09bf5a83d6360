import Link from "next/link";

export type Crumb = { name: string; href?: string };

/** "Trang chủ › Chuyên mục › Bài viết"; the last crumb is the current page. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const trail: Crumb[] = [{ name: "Trang chủ", href: "/" }, ...crumbs];
  return (
    <nav aria-label="Đường dẫn" className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {trail.map((crumb, index) => {
          const isCurrent = index === trail.length - 1;
          return (
            <li key={`${crumb.name}-${index}`} className="flex items-center gap-1.5">
              {index > 0 && <span aria-hidden="true">›</span>}
              {isCurrent || !crumb.href ? (
                <span aria-current={isCurrent ? "page" : undefined} className="line-clamp-1 text-stone-800">
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.href} className="underline-offset-2 hover:text-brand hover:underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
