"use client";

import { SettingsRows } from "@/components/royalties/settings-rows";
import { FieldErrors } from "@/components/ui/field-errors";
import type { RoyaltyRateView } from "@/lib/server/royalties/get-royalty-schedule";
import { GENRE_LABELS, ROYALTY_GENRES } from "@/lib/royalties/royalty-labels";
import { formatCoefficient } from "@/lib/royalties/royalty-maths";

type Row = { genre: string; grade: string; min: string; standard: string; max: string };

const cellClass = "block min-h-11 w-20 rounded border border-stone-300 bg-white px-2 py-2 text-base tabular-nums";
const toRow = (rate: RoyaltyRateView): Row => ({
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
  return (
    <SettingsRows<Row>
      id="bang-he-so"
      title="Bảng hệ số nhuận bút"
      description="Mỗi dòng là một thể loại và một loại (A, B, C…): khung hệ số tối thiểu – tối đa Ban Biên tập được chấm, và hệ số mặc định gợi ý khi chấm. Hệ số viết kiểu Việt Nam, tối đa hai chữ số thập phân (1,5)."
      messages={
        <div id="loi-bang-he-so">
          <FieldErrors id="loi-bang-he-so-chi-tiet" errors={errors} />
        </div>
      }
      caption="Bảng hệ số nhuận bút theo thể loại và loại"
      headings={["Thể loại", "Loại", "Hệ số tối thiểu", "Hệ số mặc định", "Hệ số tối đa"]}
      initialRows={rates.map(toRow)}
      blankRow={{ genre: "", grade: "", min: "", standard: "", max: "" }}
      addLabel="Thêm dòng hệ số"
      renderRow={(row, index) => {
        const prefix = `rates.${index}`;
        const label = row.genre ? `${GENRE_LABELS[row.genre as keyof typeof GENRE_LABELS] ?? row.genre} ${row.grade}`.trim() : `dòng ${index + 1}`;
        return {
          label,
          attributes: { "data-rate-row": label },
          cells: [
            <select key="genre" name={`${prefix}.genre`} defaultValue={row.genre} aria-label={`Thể loại, ${label}`} className="block min-h-11 w-48 rounded border border-stone-300 bg-white px-2 py-2 text-base">
              <option value="">— Chọn thể loại —</option>
              {ROYALTY_GENRES.map((genre) => (
                <option key={genre} value={genre}>
                  {GENRE_LABELS[genre]}
                </option>
              ))}
            </select>,
            <input key="grade" name={`${prefix}.grade`} defaultValue={row.grade} maxLength={3} aria-label={`Loại, ${label}`} className={`${cellClass} w-16 uppercase`} />,
            <input key="min" name={`${prefix}.min`} defaultValue={row.min} inputMode="decimal" aria-label={`Hệ số tối thiểu, ${label}`} className={cellClass} />,
            <input key="default" name={`${prefix}.default`} defaultValue={row.standard} inputMode="decimal" aria-label={`Hệ số mặc định, ${label}`} className={cellClass} />,
            <input key="max" name={`${prefix}.max`} defaultValue={row.max} inputMode="decimal" aria-label={`Hệ số tối đa, ${label}`} className={cellClass} />,
          ],
        };
      }}
    />
  );
}
