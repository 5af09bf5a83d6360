// A part of a settings form that is one table of editable rows (rules,
// rates, bonuses): its heading and explanation, then the table, whose last
// column holds each row's actions ("Bỏ").

export const formRowCellClass = "border-t border-stone-100 px-2 py-2 align-top";

export function FormTableSection({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-lg font-bold text-stone-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
      </div>
      {children}
    </section>
  );
}

export function FormRowHeading({ children }: { children: React.ReactNode }) {
  return (
    <th scope="col" className="px-2 py-2 font-semibold">
      {children}
    </th>
  );
}

/** The table (scrolling sideways on a phone): `headings` are the columns before the actions column. */
export function FormRowTable({ caption, headings, describedBy, children }: { caption: string; headings: React.ReactNode; describedBy?: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm" aria-describedby={describedBy}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
          <tr>
            {headings}
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
