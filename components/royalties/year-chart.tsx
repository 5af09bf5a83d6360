import { scaleBand, scaleLinear } from "d3-scale";
import { ChartFigure, Legend, Swatch } from "@/components/charts/chart-figure";
import { FONT_SIZE } from "@/components/charts/chart-geometry";
import { formatVnd } from "@/lib/royalties/format-vnd";
import type { RoyaltyYear } from "@/lib/royalties/royalty-sheet-types";

const WIDTH = 560;
const HEIGHT = 260;
const PLOT = { left: 48, right: WIDTH - 8, top: 12, bottom: HEIGHT - 28 };
const GRADED_FILL = "#9f1111";
const millions = (vnd: number) => (vnd / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/**
 * Per month: royalties graded (solid) beside royalties paid (hatched, so the
 * two read apart in black and white), in million VND. Drawn on the server.
 */
export function YearChart({ data }: { data: RoyaltyYear }) {
  const id = "bieu-do-nhuan-but";
  const max = Math.max(1, ...data.months.flatMap((month) => [month.gradedVnd, month.paidVnd]));
  const y = scaleLinear().domain([0, max]).nice(4).range([PLOT.bottom, PLOT.top]);
  const x = scaleBand<number>().domain(data.months.map((month) => month.month)).range([PLOT.left, PLOT.right]).paddingInner(0.25).paddingOuter(0.1);
  const bar = x.bandwidth() / 2;
  const description = `Năm ${data.year}: đã chấm ${formatVnd(data.gradedVnd)}, đã chi ${formatVnd(data.paidVnd)}${data.budgetVnd > 0 ? ` trên dự toán ${formatVnd(data.budgetVnd)}` : ""}.`;
  return (
    <ChartFigure
      id={id}
      title="Nhuận bút đã chấm và đã chi theo tháng"
      description={description}
      width={WIDTH}
      height={HEIGHT}
      legend={
        <Legend
          entries={[
            { key: "graded", label: "Đã chấm", swatch: <Swatch fill={GRADED_FILL} /> },
            { key: "paid", label: "Đã chi", swatch: <Swatch fill="#fde68a" stroke="#78350f" /> },
          ]}
        />
      }
      table={{
        caption: `Nhuận bút năm ${data.year} theo tháng`,
        columns: ["Tháng", "Đã chấm", "Đã chi"],
        rows: data.months.map((month) => [`Tháng ${month.month}`, formatVnd(month.gradedVnd), formatVnd(month.paidVnd)]),
      }}
    >
      <defs>
        <pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#fde68a" />
          <line x1="0" y1="0" x2="0" y2="5" stroke="#78350f" strokeWidth="2" />
        </pattern>
      </defs>
      <g aria-hidden="true">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={PLOT.right} y1={y(tick)} y2={y(tick)} stroke="#d6d3d1" strokeDasharray={tick === 0 ? undefined : "2 3"} />
            <text x={PLOT.left - 4} y={y(tick) + 4} textAnchor="end" fill="#57534e" fontSize={FONT_SIZE - 1}>
              {millions(tick)}
            </text>
          </g>
        ))}
        <text x={4} y={PLOT.top - 2} fill="#44403c" fontSize={FONT_SIZE - 1}>
          triệu đồng
        </text>
        {data.months.map((month) => {
          const left = x(month.month) ?? 0;
          return (
            <g key={month.month}>
              <title>{`Tháng ${month.month}: đã chấm ${formatVnd(month.gradedVnd)}, đã chi ${formatVnd(month.paidVnd)}`}</title>
              <rect x={left} y={y(month.gradedVnd)} width={bar} height={PLOT.bottom - y(month.gradedVnd)} fill={GRADED_FILL} />
              <rect x={left + bar} y={y(month.paidVnd)} width={bar} height={PLOT.bottom - y(month.paidVnd)} fill={`url(#${id}-hatch)`} stroke="#78350f" strokeWidth={0.5} />
              <text x={left + bar} y={PLOT.bottom + 14} textAnchor="middle" fill="#44403c">
                {month.month}
              </text>
            </g>
          );
        })}
        <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 2} textAnchor="middle" fill="#44403c">
          Tháng
        </text>
      </g>
    </ChartFigure>
  );
}
