"use client";

import { useState } from "react";
import { useActionForm } from "@/components/admin/use-action-form";
import { SettingsBonusTable } from "@/components/royalties/settings-bonus-table";
import { SettingsRateTable } from "@/components/royalties/settings-rate-table";
import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { saveRoyaltySettingsAction } from "@/lib/actions/royalty-settings";
import { groupThousands, formatVnd } from "@/lib/royalties/format-vnd";
import { defaultUnitValueVnd } from "@/lib/royalties/default-schedule";
import type { RoyaltyScheduleView } from "@/lib/server/royalties/get-royalty-schedule";
import { DEFAULT_UNIT_PERCENT, ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { parseVnd } from "@/lib/royalties/royalty-maths";
import { royaltyScheduleSaveSchema, scheduleFormValues } from "@/lib/validations/royalty-schedule";

/**
 * One year's royalty settings, saved together: the amounts, the coefficient
 * table and the bonuses. The version it was read at goes with it, so a save
 * over someone else's newer one is refused, never silent.
 */
export function SettingsEditorForm({ schedule }: { schedule: RoyaltyScheduleView }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(saveRoyaltySettingsAction, { schema: royaltyScheduleSaveSchema, values: scheduleFormValues });
  const [baseSalary, setBaseSalary] = useState(groupThousands(schedule.baseSalaryVnd));
  const suggestedUnit = parseVnd(baseSalary);
  const year = schedule.year;
  return (
    <form {...formProps} className="space-y-8">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="updatedAt" value={schedule.updatedAt} />
      <p className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-stone-800">{ROYALTY_MESSAGES.snapshotHint}</p>
      <section aria-labelledby="muc-tien" className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="muc-tien" className="text-lg font-bold text-stone-900">
          Mức tiền (đồng)
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label="Mức lương cơ sở"
            name="baseSalaryVnd"
            inputMode="numeric"
            required
            value={baseSalary}
            onChange={(event) => setBaseSalary(event.target.value)}
            errors={fieldErrors.baseSalaryVnd}
          />
          <TextField
            label="Giá trị một đơn vị hệ số"
            name="unitValueVnd"
            inputMode="numeric"
            required
            defaultValue={groupThousands(schedule.unitValueVnd)}
            hint={`${ROYALTY_MESSAGES.unitHint(DEFAULT_UNIT_PERCENT)}${suggestedUnit ? ` (${DEFAULT_UNIT_PERCENT} % mức lương cơ sở: ${formatVnd(defaultUnitValueVnd(suggestedUnit))}).` : ""}`}
            errors={fieldErrors.unitValueVnd}
          />
          <TextField
            label={`Dự toán kinh phí năm ${year}`}
            name="budgetVnd"
            inputMode="numeric"
            defaultValue={groupThousands(schedule.budgetVnd)}
            hint="Tổng kinh phí nhuận bút, thù lao dự kiến chi trong năm."
            errors={fieldErrors.budgetVnd}
          />
        </div>
        <TextAreaField label="Ghi chú" name="note" rows={2} maxLength={1000} defaultValue={schedule.note ?? ""} hint="Ví dụ: căn cứ quyết định, quy chế chi trả của địa phương." errors={fieldErrors.note} />
      </section>
      {/* A saved version remounts the tables, so their rows are what was stored. */}
      <SettingsRateTable key={`rates-${schedule.updatedAt}`} rates={schedule.rates} errors={fieldErrors.rates} />
      <SettingsBonusTable key={`bonuses-${schedule.updatedAt}`} bonuses={schedule.bonuses} errors={fieldErrors.bonuses} />
      <div className="space-y-3 border-t border-stone-200 pt-4">
        <FlashMessage result={result} />
        <Button pending={pending}>Lưu định mức năm {year}</Button>
      </div>
    </form>
  );
}
