import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

/** The years offered: five back, one ahead, and the chosen one whatever it is. */
export function pickerYears(selected: number, current: number): number[] {
  const years = new Set<number>([selected]);
  for (let year = current + 1; year >= current - 5; year -= 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/** A GET form (?nam=2026): works without JavaScript, and the view stays a bookmarkable link. */
export function QuotaYearPicker({ year, currentYear, action }: { year: number; currentYear: number; action: string }) {
  return (
    <form method="get" action={action} aria-label="Chọn năm" className="flex flex-wrap items-end gap-2">
      <SelectField
        label="Năm"
        name="nam"
        defaultValue={String(year)}
        options={pickerYears(year, currentYear).map((value) => ({ value: String(value), label: `Năm ${value}` }))}
        className="w-36"
      />
      <Button variant="secondary">Xem</Button>
    </form>
  );
}
