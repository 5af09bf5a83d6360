import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuotaCharts } from "@/components/quotas/quota-charts";
import type { QuotaChartData } from "@/lib/quotas/quota-types";

const data: QuotaChartData = {
  year: 2026,
  completionByUnit: [
    { unitId: 1, name: "Ban Tuyên giáo và Dân vận", completed: 3, withTarget: 4 },
    { unitId: 2, name: "Công đoàn Khối", completed: 0, withTarget: 2 },
    { unitId: 3, name: "Đơn vị không có ai được giao", completed: 0, withTarget: 0 },
  ],
  itemsPerMonth: [
    { month: 1, news: 5, articles: 3, inDepth: 1 },
    { month: 2, news: 2, articles: 0, inDepth: 0 },
  ],
  pacePerMonth: 4.5,
  itemsPerSection: [
    { sectionId: 10, name: "Theo gương Bác", count: 7 },
    { sectionId: 11, name: "Chuyên mục trống", count: 0 },
  ],
};

const render = (chartData: QuotaChartData) => renderToStaticMarkup(createElement(QuotaCharts, { data: chartData }));

describe("the dashboard's charts, drawn on the server", () => {
  const html = render(data);

  it("are three responsive SVG images, each named by its <title> and described", () => {
    const svgs = html.match(/<svg[^>]*data-chart="[^"]+"[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img"/);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(svg).toMatch(/width="100%"/);
      const [, labelledBy] = svg.match(/aria-labelledby="([^"]+)"/)!;
      for (const id of labelledBy.split(" ")) expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain("<title id=\"bieu-do-don-vi-title\">Tỉ lệ hoàn thành chỉ tiêu theo đơn vị</title>");
  });

  it("label the axes in Vietnamese and write the values on the marks", () => {
    expect(html).toContain("Tỉ lệ người hoàn thành (%)");
    expect(html).toContain("Tháng</text>");
    expect(html).toContain("Số tin, bài</text>");
    expect(html).toContain("75% (3/4)");
    expect(html).toContain("Nhịp cần đạt (4,5/tháng)");
  });

  it("give screen readers the same numbers as a table, and leave out units and sections with nothing", () => {
    const tables = html.match(/<div class="sr-only"><table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(3);
    expect(tables[0]).toContain("<th scope=\"row\">Ban Tuyên giáo và Dân vận</th><td>3</td><td>4</td><td>75%</td>");
    expect(tables[0]).not.toContain("Đơn vị không có ai được giao");
    // January: 5 news, 2 plain articles, 1 in-depth: 8 in all.
    expect(tables[1]).toContain("<th scope=\"row\">Tháng 1</th><td>5</td><td>2</td><td>1</td><td>8</td>");
    expect(tables[2]).not.toContain("Chuyên mục trống");
  });

  it("fill the kinds with patterns a black-and-white printout keeps apart, and name them in a legend", () => {
    expect(html).toContain('<pattern id="bieu-do-thang-hatch"');
    expect(html).toContain('fill="url(#bieu-do-thang-hatch)"');
    expect(html).toContain('fill="url(#bieu-do-thang-dots)"');
    expect(html).toMatch(/Bài chuyên sâu<\/li>/);
  });

  it("say so in words when there is nothing to draw", () => {
    const empty = render({ year: 2027, completionByUnit: [], itemsPerMonth: [], pacePerMonth: 0, itemsPerSection: [] });
    expect(empty).toContain("Chưa có đơn vị nào có người được giao chỉ tiêu năm 2027.");
    expect(empty).toContain("Chưa có tin, bài nào được đăng trong năm 2027.");
    expect(empty).toContain("Năm 2027 chưa có tháng nào để thống kê.");
    expect(empty).not.toContain("<svg");
    const noPace = render({ ...data, pacePerMonth: 0 });
    expect(noPace).toContain("<svg");
    expect(noPace).not.toContain("Nhịp cần đạt");
  });
});
