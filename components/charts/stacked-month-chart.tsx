import { ChartFigure, Legend, Swatch, type ChartTable } from "@/components/charts/chart-figure";
import { FONT_SIZE, formatNumber, monthColumns, type MonthInput, type StackPart } from "@/components/charts/chart-geometry";

// Each part has its own fill AND its own texture, so the parts stay apart
// in a black-and-white printout and for readers who do not see colours.
const fills = (id: string): Record<StackPart, string> => ({
  news: "#9f1111",
  articles: `url(#${id}-hatch)`,
  inDepth: `url(#${id}-dots)`,
});

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill="#fde68a" />
        <line x1="0" y1="0" x2="0" y2="5" stroke="#78350f" strokeWidth="2" />
      </pattern>
      <pattern id={`${id}-dots`} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill="#e7e5e4" />
        <circle cx="2" cy="2" r="1" fill="#1c1917" />
      </pattern>
    </defs>
  );
}

/**
 * Items per month, stacked by kind, against the dashed line of the monthly
 * pace the year's targets need. Months not reached yet stay empty.
 */
export function StackedMonthChart({
  id,
  title,
  description,
  months,
  pacePerMonth,
  labels,
  table,
}: {
  id: string;
  title: string;
  description: string;
  months: readonly MonthInput[];
  pacePerMonth: number;
  labels: Record<StackPart, string> & { pace: string; xAxis: string; yAxis: string };
  table: ChartTable;
}) {
  const layout = monthColumns(months, pacePerMonth);
  const { plot } = layout;
  const fill = fills(id);
  const legend = (
    <Legend
      entries={[
        ...(["news", "articles", "inDepth"] as const).map((part) => ({ key: part, label: labels[part], swatch: <Swatch fill={fill[part]} /> })),
        ...(layout.paceY === null ? [] : [{ key: "pace", label: labels.pace, swatch: <Swatch fill="none" stroke="#1c1917" dash="4 2" /> }]),
      ]}
    />
  );
  return (
    <ChartFigure id={id} title={title} description={description} width={layout.width} height={layout.height} table={table} legend={legend}>
      <Patterns id={id} />
      <g aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} stroke="#d6d3d1" strokeDasharray={tick.value === 0 ? undefined : "2 3"} />
            <text x={plot.left - 4} y={tick.position + 4} textAnchor="end" fill="#57534e" fontSize={FONT_SIZE - 1}>
              {tick.text}
            </text>
          </g>
        ))}
        {layout.columns.map((column) => (
          <g key={column.month}>
            {column.isReached && <title>{`Tháng ${column.month}: ${formatNumber(column.total)} tin, bài`}</title>}
            {column.segments.map((segment) => (
              <rect key={segment.part} x={column.x} y={segment.y} width={column.width} height={segment.height} fill={fill[segment.part]} stroke="#fff" strokeWidth={0.75} />
            ))}
            {column.isReached && column.total > 0 && (
              <text x={column.x + column.width / 2} y={(column.segments.at(-1)?.y ?? plot.bottom) - 3} textAnchor="middle" fill="#1c1917" fontSize={FONT_SIZE - 2}>
                {formatNumber(column.total)}
              </text>
            )}
            <text x={column.x + column.width / 2} y={plot.bottom + 14} textAnchor="middle" fill={column.isReached ? "#44403c" : "#a8a29e"} fontSize={FONT_SIZE - 1}>
              {column.month}
            </text>
          </g>
        ))}
        {layout.paceY !== null && <line x1={plot.left} x2={plot.right} y1={layout.paceY} y2={layout.paceY} stroke="#1c1917" strokeWidth={1.5} strokeDasharray="6 3" />}
        <text x={(plot.left + plot.right) / 2} y={layout.height - 6} textAnchor="middle" fill="#44403c">
          {labels.xAxis}
        </text>
        <text x={10} y={(plot.top + plot.bottom) / 2} textAnchor="middle" fill="#44403c" transform={`rotate(-90 10 ${(plot.top + plot.bottom) / 2})`}>
          {labels.yAxis}
        </text>
      </g>
    </ChartFigure>
  );
}
