// The frame of every chart: a <figure> whose caption names it, the SVG
// (role="img", named by its <title>, described by <desc>), a legend in
// HTML and the same numbers as a table that only screen readers see.
// A server component: nothing here reaches the browser's JavaScript.

export type ChartTable = { caption: string; columns: string[]; rows: (string | number)[][] };

export function ChartFigure({
  id,
  title,
  description,
  width,
  height,
  table,
  legend,
  children,
}: {
  /** Unique on the page: ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (read out with it, shown under the caption). */
  description: string;
  width: number;
  height: number;
  table: ChartTable;
  legend?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="relative min-w-0 rounded border border-stone-200 bg-white p-4 break-inside-avoid">
      <figcaption id={`${id}-caption`} className="font-semibold text-stone-900">
        {title}
      </figcaption>
      <p className="mt-1 text-sm text-stone-600">{description}</p>
      {legend}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="mt-3 block h-auto w-full max-w-2xl overflow-visible text-stone-800"
        fontSize={12}
        data-chart={id}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {/* A table keeps its content's width whatever its own: the hiding box is a div. */}
      <div className="sr-only">
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A legend entry's swatch, filled like the marks it names (patterns included, so it reads in black and white). */
export function Swatch({ fill, stroke = "none", dash }: { fill: string; stroke?: string; dash?: string }) {
  return (
    <svg viewBox="0 0 16 12" width="16" height="12" aria-hidden="true" className="inline-block shrink-0 align-middle">
      {dash ? (
        <line x1="0" y1="6" x2="16" y2="6" stroke={stroke} strokeWidth="2" strokeDasharray={dash} />
      ) : (
        <rect x="0.5" y="0.5" width="15" height="11" fill={fill} stroke={stroke === "none" ? "#44403c" : stroke} strokeWidth="0.75" />
      )}
    </svg>
  );
}

export function Legend({ entries }: { entries: { key: string; label: string; swatch: React.ReactNode }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
      {entries.map((entry) => (
        <li key={entry.key} className="flex items-center gap-1.5">
          {entry.swatch}
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
