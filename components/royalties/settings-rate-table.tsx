"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { RoyaltyRateView } from "@/lib/server/royalties/get-royalty-schedule";
import { GENRE_LABELS, ROYALTY_GENRES } from "@/lib/royalties/royalty-labels";
import { formatCoefficient } from "@/lib/royalties/royalty-maths";

type Row = { key: number; genre: string; grade: string; min: string; standard: string; max: string };

const cellClass = "block min-h-11 w-20 rounded border border-stone-300 bg-white px-2 py-2 text-base tabular-nums";
const toRow = (rate: RoyaltyRateView, key: number): Row => ({
  key,
  genre: rate.genre,
  grade: rate.grade,
  min: formatCoefficient(rate.minCoefficient),
  standard: formatCoefficient(rate.defaultCoefficient),
  max: formatCoefficient(rate.maxCoefficient),
});

/**
 * The genre × grade table: each row one cell of it, with the coefficient's
 * allowed range and the value offered first. Rows can be added and removed;
 * the whole table is saved with the form.
 */
export function SettingsRateTable({ rates, errors }: { rates: readonly RoyaltyRateView[]; errors?: readonly string[] }) {
  const [rows, setRows] = useState<Row[]>(() => rates.map(toRow));
  const [nextKey, setNextKey] = useState(rates.length);
  const add = () => {
    setRows((current) => [...current, { key: nextKey, genre: "", grade: "", min: "", standard: "", max: "" }]);
    setNextKey((key) => key + 1);
  };
  return (
    <section aria-labelledby="bang-he-so" className="space-y-3">
      <div>
        <h2 id="bang-he-so" className="text-lg font-bold text-stone-900">
          Bảng hệ số nhuận bút
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Mỗi dòng là một thể loại và một loại (A, B, C…): khung hệ số tối thiểu – tối đa Ban Biên tập được chấm, và hệ số mặc định gợi ý khi chấm. Hệ số
          viết kiểu Việt Nam, tối đa hai chữ số thập phân (1,5).
        </p>
      </div>
      <div id="loi-bang-he-so">
        <FieldErrors id="loi-bang-he-so-chi-tiet" errors={errors} />
      </div>
      <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Bảng hệ số nhuận bút theo thể loại và loại</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">Thể loại</th>
              <th scope="col" className="px-2 py-2 font-semibold">Loại</th>
              <th scope="col" className="px-2 py-2 font-semibold">Hệ số tối thiểu</th>
              <th scope="col" className="px-2 py-2 font-semibold">Hệ số mặc định</th>
              <th scope="col" className="px-2 py-2 font-semibold">Hệ số tối đa</th>
              <th scope="col" className="px-2 py-2"><span className="sr-only">Thao tác</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const prefix = `rates.${index}`;
              const label = row.genre ? `${GENRE_LABELS[row.genre as keyof typeof GENRE_LABELS] ?? row.genre} ${row.grade}`.trim() : `dòng ${index + 1}`;
              return (
                <tr key={row.key} data-rate-row={label}>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <select name={`${prefix}.genre`} defaultValue={row.genre} aria-label={`Thể loại, ${label}`} className="block min-h-11 w-48 rounded border border-stone-300 bg-white px-2 py-2 text-base">
                      <option value="">— Chọn thể loại —</option>
                      {ROYALTY_GENRES.map((genre) => (
                        <option key={genre} value={genre}>
                          {GENRE_LABELS[genre]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`${prefix}.grade`} defaultValue={row.grade} maxLength={3} aria-label={`Loại, ${label}`} className={`${cellClass} w-16 uppercase`} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`${prefix}.min`} defaultValue={row.min} inputMode="decimal" aria-label={`Hệ số tối thiểu, ${label}`} className={cellClass} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`${prefix}.default`} defaultValue={row.standard} inputMode="decimal" aria-label={`Hệ số mặc định, ${label}`} className={cellClass} />
                  </td>
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <input name={`${prefix}.max`} defaultValue={row.max} inputMode="decimal" aria-label={`Hệ số tối đa, ${label}`} className={cellClass} />
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
        Thêm dòng hệ số
      </Button>
    </section>
  );
}
