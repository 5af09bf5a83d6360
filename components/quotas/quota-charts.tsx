import { formatNumber, formatPercent, stackParts } from "@/components/charts/chart-geometry";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { StackedMonthChart } from "@/components/charts/stacked-month-chart";
import { EmptyState } from "@/components/ui/empty-state";
import type { QuotaChartData } from "@/lib/quotas/quota-types";

const share = (completed: number, withTarget: number) => (withTarget > 0 ? completed / withTarget : 0);

function CompletionByUnit({ data }: { data: QuotaChartData }) {
  const units = data.completionByUnit.filter((unit) => unit.withTarget > 0);
  if (units.length === 0) return <EmptyState>Chưa có đơn vị nào có người được giao chỉ tiêu năm {data.year}.</EmptyState>;
  return (
    <HorizontalBarChart
      id="bieu-do-don-vi"
      title="Tỉ lệ hoàn thành chỉ tiêu theo đơn vị"
      description={`Phần trăm số người có chỉ tiêu năm ${data.year} đã hoàn thành, ở mỗi đơn vị.`}
      axisLabel="Tỉ lệ người hoàn thành (%)"
      domainMax={1}
      tickFormat={formatPercent}
      rows={units.map((unit) => {
        const value = share(unit.completed, unit.withTarget);
        return { key: unit.unitId, label: unit.name, value, valueText: `${formatPercent(value)} (${unit.completed}/${unit.withTarget})` };
      })}
      table={{
        caption: `Tỉ lệ hoàn thành chỉ tiêu năm ${data.year} theo đơn vị`,
        columns: ["Đơn vị", "Đã hoàn thành", "Có chỉ tiêu", "Tỉ lệ"],
        rows: units.map((unit) => [unit.name, unit.completed, unit.withTarget, formatPercent(share(unit.completed, unit.withTarget))]),
      }}
    />
  );
}

function ItemsPerMonth({ data }: { data: QuotaChartData }) {
  if (data.itemsPerMonth.length === 0) return <EmptyState>Năm {data.year} chưa có tháng nào để thống kê.</EmptyState>;
  const total = data.itemsPerMonth.reduce((sum, month) => sum + month.news + month.articles, 0);
  const pace = Math.round(data.pacePerMonth * 10) / 10;
  const paceText = pace > 0 ? `; đường nét đứt: ${formatNumber(pace)} tin, bài mỗi tháng là nhịp cần có để hoàn thành chỉ tiêu cả năm` : "";
  return (
    <StackedMonthChart
      id="bieu-do-thang"
      title="Tin, bài được đăng theo tháng"
      description={`Năm ${data.year}: ${formatNumber(total)} tin, bài được tính chỉ tiêu, chia theo loại${paceText}.`}
      months={data.itemsPerMonth}
      pacePerMonth={data.pacePerMonth}
      labels={{
        news: "Tin",
        articles: "Bài",
        inDepth: "Bài chuyên sâu",
        pace: `Nhịp cần đạt (${formatNumber(pace)}/tháng)`,
        xAxis: "Tháng",
        yAxis: "Số tin, bài",
      }}
      table={{
        caption: `Tin, bài được đăng theo tháng, năm ${data.year}`,
        columns: ["Tháng", "Tin", "Bài", "Bài chuyên sâu", "Cộng", ...(pace > 0 ? ["Nhịp cần đạt"] : [])],
        rows: data.itemsPerMonth.map((month) => {
          const parts = stackParts(month);
          const row = [`Tháng ${month.month}`, parts.news, parts.articles, parts.inDepth, parts.news + parts.articles + parts.inDepth];
          return pace > 0 ? [...row, formatNumber(pace)] : row;
        }),
      }}
    />
  );
}

function ItemsPerSection({ data }: { data: QuotaChartData }) {
  const sections = data.itemsPerSection.filter((section) => section.count > 0);
  if (sections.length === 0) return <EmptyState>Chưa có tin, bài nào được đăng trong năm {data.year}.</EmptyState>;
  return (
    <HorizontalBarChart
      id="bieu-do-chuyen-muc"
      title="Tin, bài theo chuyên mục"
      description={`Số tin, bài được tính chỉ tiêu năm ${data.year} theo chuyên mục chính của tin, bài.`}
      axisLabel="Số tin, bài"
      rows={sections.map((section) => ({ key: section.sectionId, label: section.name, value: section.count, valueText: formatNumber(section.count) }))}
      table={{
        caption: `Tin, bài năm ${data.year} theo chuyên mục`,
        columns: ["Chuyên mục", "Số tin, bài"],
        rows: sections.map((section) => [section.name, section.count]),
      }}
    />
  );
}

/** The dashboard's three charts, drawn on the server: they read with JavaScript off and print. */
export function QuotaCharts({ data }: { data: QuotaChartData }) {
  return (
    <section aria-labelledby="bieu-do" className="space-y-3">
      <h2 id="bieu-do" className="text-lg font-bold text-stone-900">
        Biểu đồ
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <CompletionByUnit data={data} />
        <ItemsPerMonth data={data} />
        <ItemsPerSection data={data} />
      </div>
    </section>
  );
}
