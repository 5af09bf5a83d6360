import Link from "next/link";

/** One role's block on the back-office home: an <h2> the role is named by, and its content. */
export function HomeBlock({ id, title, description, children }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="border-l-4 border-brand pl-3 text-lg font-bold text-stone-900">
        {title}
      </h2>
      {description && <p className="mt-2 text-sm text-stone-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Small figures ("12 người dùng") in a grid. */
export function Figures({ figures }: { figures: { label: string; value: number | string; href?: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded border border-stone-200 bg-stone-50 px-3 py-2">
          <dt className="text-sm text-stone-600">{figure.label}</dt>
          <dd className="text-2xl font-bold text-stone-900">
            {figure.href ? (
              <Link href={figure.href} className="text-brand underline-offset-2 hover:underline" aria-label={`${figure.label}: ${figure.value}`}>
                {figure.value}
              </Link>
            ) : (
              figure.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
