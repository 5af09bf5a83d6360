import { describe, expect, it } from "vitest";
import { fitLabel, formatPercent, horizontalBars, monthColumns, stackParts } from "@/components/charts/chart-geometry";

describe("horizontal bars", () => {
  const rows = [
    { key: 1, label: "Ban Tuyên giáo", value: 0.5, valueText: "50%" },
    { key: 2, label: "Công đoàn", value: 1, valueText: "100%" },
    { key: 3, label: "Đoàn Thanh niên", value: 0, valueText: "0%" },
  ];

  it("draws a share of 1 across the whole plot, half as half, nothing as nothing", () => {
    const layout = horizontalBars(rows, { domainMax: 1, tickFormat: formatPercent });
    const full = layout.plot.right - layout.plot.left;
    expect(layout.bars.map((bar) => bar.barWidth)).toEqual([full / 2, full, 0]);
    expect(layout.ticks[0]).toMatchObject({ value: 0, text: "0%" });
    expect(layout.ticks.at(-1)).toMatchObject({ value: 1, text: "100%", position: layout.plot.right });
  });

  it("stacks the rows downwards and grows the chart with them", () => {
    const two = horizontalBars(rows.slice(0, 2));
    const three = horizontalBars(rows);
    expect(three.bars[1].barY).toBeGreaterThan(three.bars[0].barY + three.bars[0].barHeight);
    expect(three.height).toBeGreaterThan(two.height);
    // The value is written just past the bar's end.
    for (const bar of three.bars) expect(bar.valueX).toBeGreaterThan(three.plot.left + bar.barWidth);
  });

  it("rounds a count axis up to a nice number and never ticks half an item", () => {
    const layout = horizontalBars([
      { key: "a", label: "Theo gương Bác", value: 7, valueText: "7" },
      { key: "b", label: "Tin tức", value: 3, valueText: "3" },
    ]);
    const last = layout.ticks.at(-1)!;
    expect(last.value).toBeGreaterThanOrEqual(7);
    expect(layout.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    expect(layout.bars[0].barWidth).toBeCloseTo(((layout.plot.right - layout.plot.left) * 7) / last.value, 1);
  });

  it("still draws an axis when every value is zero", () => {
    const layout = horizontalBars([{ key: 1, label: "A", value: 0, valueText: "0" }]);
    expect(layout.bars[0].barWidth).toBe(0);
    expect(layout.ticks.length).toBeGreaterThan(1);
  });
});

describe("month columns", () => {
  const months = [
    { month: 1, news: 4, articles: 2, inDepth: 1 },
    { month: 2, news: 0, articles: 0, inDepth: 0 },
    { month: 3, news: 1, articles: 0, inDepth: 0 },
  ];

  it("draws articles apart from the in-depth ones they include", () => {
    expect(stackParts({ news: 4, articles: 2, inDepth: 1 })).toEqual({ news: 4, articles: 1, inDepth: 1 });
    // A slip in the data (more in-depth than articles) never draws a negative part.
    expect(stackParts({ news: 0, articles: 1, inDepth: 3 })).toEqual({ news: 0, articles: 0, inDepth: 1 });
  });

  it("keeps twelve places, stacks each month bottom to top, leaves months to come empty", () => {
    const layout = monthColumns(months, 2);
    expect(layout.columns).toHaveLength(12);
    const january = layout.columns[0];
    expect(january.total).toBe(6);
    expect(january.segments.map((segment) => segment.part)).toEqual(["news", "articles", "inDepth"]);
    // Each part sits on the one below it, the first on the axis.
    expect(january.segments[0].y + january.segments[0].height).toBeCloseTo(layout.plot.bottom, 1);
    expect(january.segments[1].y + january.segments[1].height).toBeCloseTo(january.segments[0].y, 1);
    expect(layout.columns[1]).toMatchObject({ isReached: true, total: 0, segments: [] });
    expect(layout.columns.slice(3).every((column) => !column.isReached && column.segments.length === 0)).toBe(true);
    // Columns march left to right without overlapping.
    for (let i = 1; i < 12; i++) expect(layout.columns[i].x).toBeGreaterThan(layout.columns[i - 1].x + layout.columns[i - 1].width);
  });

  it("puts the pace line at its height on the same scale as the bars", () => {
    const layout = monthColumns(months, 3);
    const tickAtPace = layout.ticks.find((tick) => tick.value === 3);
    expect(layout.paceY).not.toBeNull();
    if (tickAtPace) expect(layout.paceY).toBeCloseTo(tickAtPace.position, 1);
    // Six items stand twice as high as the pace of three.
    const january = layout.columns[0];
    expect(layout.plot.bottom - january.segments.at(-1)!.y).toBeCloseTo(2 * (layout.plot.bottom - layout.paceY!), 1);
  });

  it("raises the scale to show a pace above every month, and draws no line without a pace", () => {
    expect(monthColumns(months, 20).ticks.at(-1)!.value).toBeGreaterThanOrEqual(20);
    expect(monthColumns(months, 0).paceY).toBeNull();
    expect(monthColumns(months, Number.NaN).paceY).toBeNull();
  });
});

describe("labels", () => {
  it("cuts a long name with an ellipsis and leaves a short one alone", () => {
    expect(fitLabel("Công đoàn", 300)).toBe("Công đoàn");
    const cut = fitLabel("Đảng bộ Cơ quan Ủy ban nhân dân tỉnh và các sở, ban, ngành trực thuộc", 120);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(25);
  });

  it("writes shares as whole percents", () => {
    expect(formatPercent(0.666)).toBe("67%");
    expect(formatPercent(1)).toBe("100%");
  });
});
