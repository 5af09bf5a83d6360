import { scaleBand, scaleLinear } from "d3-scale";

// Where every mark of a chart goes, computed from the data: pure functions
// (no React, no DOM), so the charts are drawn as plain SVG on the server and
// the geometry is unit-tested. Coordinates are in the SVG's viewBox units;
// the SVG itself scales to its box (width 100%).

/** The viewBox width of every chart: small enough that 12-unit text stays readable on a 390 px phone. */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 12;

/** Coordinates to two decimals: the same drawing, a lighter page. */
const round = (value: number) => Math.round(value * 100) / 100;

const numberFormat = new Intl.NumberFormat("vi-VN");
export const formatNumber = (value: number) => numberFormat.format(value);
/** 0.6 → "60%". */
export const formatPercent = (share: number) => `${numberFormat.format(Math.round(share * 100))}%`;

/** Cuts a label to what fits in `width` units at FONT_SIZE (an average glyph is ~0.56 em), ending with "…". */
export function fitLabel(label: string, width: number, fontSize = FONT_SIZE): string {
  const max = Math.max(4, Math.floor(width / (fontSize * 0.56)));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export type Tick = { value: number; position: number; text: string };

export type HorizontalBarInput = { key: string | number; label: string; value: number; valueText: string };

export type HorizontalBarLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: (HorizontalBarInput & { labelText: string; labelY: number; barY: number; barHeight: number; barWidth: number; valueX: number })[];
  ticks: Tick[];
  axisLabelY: number;
};

const ROW_HEIGHT = 38;
const BAR_HEIGHT = 14;

/**
 * Bars laid across, each under its label (long Vietnamese unit names need
 * the whole width), the value written at the bar's end, a scale below.
 * `domainMax` fixes the scale's end (1 for shares); otherwise it is the
 * largest value, rounded up to a nice number.
 */
export function horizontalBars(
  rows: readonly HorizontalBarInput[],
  options: { domainMax?: number; tickFormat?: (value: number) => string; width?: number } = {},
): HorizontalBarLayout {
  const width = options.width ?? CHART_WIDTH;
  const plot = { left: 4, right: width - 64, top: 8, bottom: 8 + rows.length * ROW_HEIGHT };
  const largest = Math.max(0, ...rows.map((row) => row.value));
  const x = scaleLinear()
    .domain([0, options.domainMax ?? Math.max(largest, 1)])
    .range([plot.left, plot.right]);
  if (options.domainMax === undefined) x.nice(4);
  const format = options.tickFormat ?? formatNumber;
  // Whole numbers only on a count axis: no "0,5 tin".
  const tickValues = x.ticks(4).filter((value) => options.domainMax !== undefined || Number.isInteger(value));
  const bars = rows.map((row, index) => {
    const top = plot.top + index * ROW_HEIGHT;
    const barWidth = Math.max(0, x(Math.max(0, row.value)) - plot.left);
    return {
      ...row,
      labelText: fitLabel(row.label, width - plot.left),
      labelY: top + FONT_SIZE,
      barY: top + FONT_SIZE + 5,
      barHeight: BAR_HEIGHT,
      barWidth: round(barWidth),
      valueX: round(plot.left + barWidth + 4),
    };
  });
  return {
    width,
    height: plot.bottom + 40,
    plot,
    bars,
    ticks: tickValues.map((value) => ({ value, position: round(x(value)), text: format(value) })),
    axisLabelY: plot.bottom + 34,
  };
}

export type MonthInput = { month: number; news: number; articles: number; inDepth: number };
export type StackPart = "news" | "articles" | "inDepth";
export const STACK_ORDER: readonly StackPart[] = ["news", "articles", "inDepth"];

export type MonthColumn = {
  month: number;
  x: number;
  width: number;
  total: number;
  /** Bottom to top: news, articles that are not in-depth, in-depth articles. */
  segments: { part: StackPart; value: number; y: number; height: number }[];
  /** false for months not reached yet: drawn as nothing. */
  isReached: boolean;
};

export type MonthChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  columns: MonthColumn[];
  ticks: Tick[];
  paceY: number | null;
};

/** What one month adds to each stacked part: `articles` in the data includes the in-depth ones, drawn apart. */
export function stackParts(month: Pick<MonthInput, "news" | "articles" | "inDepth">): Record<StackPart, number> {
  const inDepth = Math.max(0, Math.min(month.inDepth, month.articles));
  return { news: Math.max(0, month.news), articles: Math.max(0, month.articles - inDepth), inDepth };
}

/**
 * Twelve month columns of stacked bars (news, articles, in-depth articles)
 * and the horizontal line of the monthly pace the year's targets need.
 * Months missing from `months` (not reached yet) keep their place, empty.
 */
export function monthColumns(months: readonly MonthInput[], pacePerMonth: number, options: { width?: number; height?: number } = {}): MonthChartLayout {
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? 230;
  const plot = { left: 42, right: width - 8, top: 12, bottom: height - 42 };
  const byMonth = new Map(months.map((month) => [month.month, month]));
  const totals = months.map((month) => {
    const parts = stackParts(month);
    return parts.news + parts.articles + parts.inDepth;
  });
  const pace = Number.isFinite(pacePerMonth) && pacePerMonth > 0 ? pacePerMonth : 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, pace, ...totals)])
    .range([plot.bottom, plot.top])
    .nice(4);
  const x = scaleBand<number>()
    .domain(Array.from({ length: 12 }, (_, index) => index + 1))
    .range([plot.left, plot.right])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const columns = Array.from({ length: 12 }, (_, index): MonthColumn => {
    const month = index + 1;
    const data = byMonth.get(month);
    const parts = data ? stackParts(data) : { news: 0, articles: 0, inDepth: 0 };
    let base = 0;
    const segments = STACK_ORDER.map((part) => {
      const value = parts[part];
      const top = y(base + value);
      const segment = { part, value, y: round(top), height: round(y(base) - top) };
      base += value;
      return segment;
    }).filter((segment) => segment.value > 0);
    return { month, x: round(x(month) ?? 0), width: round(x.bandwidth()), total: base, segments, isReached: data !== undefined };
  });
  return {
    width,
    height,
    plot,
    columns,
    ticks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, position: round(y(value)), text: formatNumber(value) })),
    paceY: pace > 0 ? round(y(pace)) : null,
  };
}
