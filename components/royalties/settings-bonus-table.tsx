"use client";

import { SettingsRows } from "@/components/royalties/settings-rows";
import { FieldErrors } from "@/components/ui/field-errors";
import type { RoyaltyBonusView } from "@/lib/server/royalties/get-royalty-schedule";

type Row = { name: string; minPercent: string; maxPercent: string };

const inputClass = "block min-h-11 rounded border border-stone-300 bg-white px-2 py-2 text-base";

/** The local bonuses (e.g. works about ethnic minorities, 10–20 %): a name and the allowed percent range. */
export function SettingsBonusTable({ bonuses, errors }: { bonuses: readonly RoyaltyBonusView[]; errors?: readonly string[] }) {
  return (
    <SettingsRows<Row>
      id="khoan-thuong"
      title="Các khoản thưởng"
      description="Theo quy định của địa phương, ví dụ tác phẩm về đồng bào dân tộc thiểu số được cộng thêm 10–20 % nhuận bút. Tỷ lệ là số nguyên (%)."
      messages={<FieldErrors id="loi-khoan-thuong" errors={errors} />}
      caption="Các khoản thưởng nhuận bút"
      headings={["Khoản thưởng", "Tối thiểu (%)", "Tối đa (%)"]}
      initialRows={bonuses.map((bonus) => ({ name: bonus.name, minPercent: String(bonus.minPercent), maxPercent: String(bonus.maxPercent) }))}
      blankRow={{ name: "", minPercent: "", maxPercent: "" }}
      addLabel="Thêm khoản thưởng"
      renderRow={(row, index) => {
        const label = row.name || `khoản thưởng dòng ${index + 1}`;
        return {
          label,
          cells: [
            <input key="name" name={`bonuses.${index}.name`} defaultValue={row.name} maxLength={200} aria-label={`Tên, ${label}`} className={`${inputClass} w-80`} />,
            <input key="min" name={`bonuses.${index}.minPercent`} defaultValue={row.minPercent} inputMode="numeric" aria-label={`Tối thiểu, ${label}`} className={`${inputClass} w-20`} />,
            <input key="max" name={`bonuses.${index}.maxPercent`} defaultValue={row.maxPercent} inputMode="numeric" aria-label={`Tối đa, ${label}`} className={`${inputClass} w-20`} />,
          ],
        };
      }}
    />
  );
}
