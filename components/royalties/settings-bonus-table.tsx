"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { RoyaltyBonusView } from "@/lib/server/royalties/get-royalty-schedule";

type Row = { key: number; name: string; minPercent: string; maxPercent: string };

const inputClass = "block min-h-11 rounded border border-stone-300 bg-white px-2 py-2 text-base";

/** The local bonuses (e.g. works about ethnic minorities, 10–20 %): a name and the allowed percent range. */
export function SettingsBonusTable({ bonuses, errors }: { bonuses: readonly RoyaltyBonusView[]; errors?: readonly string[] }) {
  const [rows, setRows] = useState<Row[]>(() =>
    bonuses.map((bonus, key) => ({ key, name: bonus.name, minPercent: String(bonus.minPercent), maxPercent: String(bonus.maxPercent) })),
  );
  const [nextKey, setNextKey] = useState(bonuses.length);
  const add = () => {
    setRows((current) => [...current, { key: nextKey, name: "", minPercent: "", maxPercent: "" }]);
    setNextKey((key) => key + 1);
  };
  return (
    <section aria-labelledby="khoan-thuong" className="space-y-3">
      <div>
        <h2 id="khoan-thuong" className="text-lg font-bold text-stone-900">
          Các khoản thưởng
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Theo quy định của địa phương, ví dụ tác phẩm về đồng bào dân tộc thiểu số được cộng thêm 10–20 % nhuận bút. Tỷ lệ là số nguyên (%).
        </p>
      </div>
      <FieldErrors id="loi-khoan-thuong" errors={errors} />
      <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Các khoản thưởng nhuận bút</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">Khoản thưởng</th>
              <th scope="col" className="px-2 py-2 font-semibold">Tối thiểu (%)</th>
              <th scope="col" className="px-2 py-2 font-semibold">Tối đa (%)</th>
              <th scope="col" className="px-2 py-2"><span className="sr-only">Thao tác</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = row.name || `khoản thưởng dòng ${index + 1}`;
              return (
                <tr key={row.key}>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`bonuses.${index}.name`} defaultValue={row.name} maxLength={200} aria-label={`Tên, ${label}`} className={`${inputClass} w-80`} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`bonuses.${index}.minPercent`} defaultValue={row.minPercent} inputMode="numeric" aria-label={`Tối thiểu, ${label}`} className={`${inputClass} w-20`} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`bonuses.${index}.maxPercent`} defaultValue={row.maxPercent} inputMode="numeric" aria-label={`Tối đa, ${label}`} className={`${inputClass} w-20`} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <Button type="button" variant="ghost" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                      Bỏ<span className="sr-only"> {label}</span>
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="button" variant="secondary" onClick={add}>
        Thêm khoản thưởng
      </Button>
    </section>
  );
}
