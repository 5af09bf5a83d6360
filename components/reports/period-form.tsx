import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { adminPaths } from "@/lib/admin-paths";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, PERIOD_KIND_LABELS, PERIOD_KIND_PARAMS, type PeriodFormValues } from "@/lib/reports/report-period";
import type { PeriodKind } from "@/lib/reports/report-types";

const KIND_OPTIONS = (Object.keys(PERIOD_KIND_PARAMS) as PeriodKind[]).map((kind) => ({ value: PERIOD_KIND_PARAMS[kind], label: PERIOD_KIND_LABELS[kind] }));
const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));
const QUARTER_OPTIONS = ["I", "II", "III", "IV"].map((roman, i) => ({ value: String(i + 1), label: `Quý ${roman}` }));
const HALF_OPTIONS = [
  { value: "1", label: "6 tháng đầu năm" },
  { value: "2", label: "6 tháng cuối năm" },
];

/**
 * The reporting period as a GET form: the report is a bookmarkable link and
 * the form works without JavaScript. Only the boxes of the chosen kind count.
 */
export function PeriodForm({ values, thisYear }: { values: PeriodFormValues; thisYear: number }) {
  const quick = [
    { label: "Tháng này", query: "ky=thang" },
    { label: "Quý này", query: "ky=quy" },
    { label: "6 tháng", query: `ky=nua-nam` },
    { label: `Năm ${thisYear}`, query: `ky=nam&nam=${thisYear}` },
    { label: `Năm ${thisYear - 1}`, query: `ky=nam&nam=${thisYear - 1}` },
  ];
  return (
    <form method="get" aria-labelledby="chon-ky" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 id="chon-ky" className="text-base font-bold text-stone-900">
        Chọn kỳ báo cáo
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Loại kỳ" name="ky" options={KIND_OPTIONS} defaultValue={values.ky || "thang"} />
        <TextField label="Năm" name="nam" type="number" inputMode="numeric" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={values.nam} />
        <SelectField label="Tháng (khi chọn Tháng)" name="thang" options={MONTH_OPTIONS} defaultValue={values.thang} />
        <SelectField label="Quý (khi chọn Quý)" name="quy" options={QUARTER_OPTIONS} defaultValue={values.quy} />
        <SelectField label="Nửa năm (khi chọn 6 tháng)" name="nua" options={HALF_OPTIONS} defaultValue={values.nua} />
        <DateField label="Từ ngày (khi chọn Khoảng ngày)" name="tu" defaultValue={values.tu} />
        <DateField label="Đến ngày (khi chọn Khoảng ngày)" name="den" defaultValue={values.den} />
        <div className="flex items-end">
          <Button className="w-full sm:w-auto">Xem báo cáo</Button>
        </div>
      </div>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="text-stone-600">Chọn nhanh:</span>
        {quick.map((link) => (
          <Link key={link.label} href={`${adminPaths.reports}?${link.query}`} className="text-brand underline-offset-2 hover:underline">
            {link.label}
          </Link>
        ))}
      </p>
    </form>
  );
}
