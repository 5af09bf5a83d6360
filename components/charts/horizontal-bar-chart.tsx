import { ChartFigure, type ChartTable } from "@/components/charts/chart-figure";
import { FONT_SIZE, horizontalBars, type HorizontalBarInput } from "@/components/charts/chart-geometry";

/**
 * Bars laid across with their label above and their value at the end:
 * shares (domainMax 1) or counts. Drawn on the server as SVG.
 */
export function HorizontalBarChart({
  id,
  title,
  description,
  axisLabel,
  rows,
  table,
  domainMax,
  tickFormat,
}: {
  id: string;
  title: string;
  description: string;
  axisLabel: string;
  rows: readonly HorizontalBarInput[];
  table: ChartTable;
  domainMax?: number;
  tickFormat?: (value: number) => string;
}) {
  const layout = horizontalBars(rows, { domainMax, tickFormat });
  const { plot } = layout;
  return (
    <ChartFigure id={id} title={title} description={description} width={layout.width} height={layout.height} table={table}>
      <g aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.position} x2={tick.position} y1={plot.top} y2={plot.bottom} stroke="#d6d3d1" strokeDasharray={tick.value === 0 ? undefined : "2 3"} />
            <text x={tick.position} y={plot.bottom + 14} textAnchor="middle" fill="#57534e" fontSize={FONT_SIZE - 1}>
              {tick.text}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.key}>
            <title>{`${bar.label}: ${bar.valueText}`}</title>
            <text x={plot.left} y={bar.labelY} fill="#1c1917">
              {bar.labelText}
            </text>
            <rect x={plot.left} y={bar.barY} width={bar.barWidth} height={bar.barHeight} fill="#9f1111" stroke="#5c0a0a" strokeWidth={0.5} />
            <text x={bar.valueX} y={bar.barY + bar.barHeight - 3} fill="#1c1917" fontWeight={600}>
              {bar.valueText}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={layout.axisLabelY} textAnchor="middle" fill="#44403c">
          {axisLabel}
        </text>
      </g>
    </ChartFigure>
  );
}
