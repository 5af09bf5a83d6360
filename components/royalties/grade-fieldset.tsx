"use client";

import { useId, useState } from "react";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";
import { formatVnd } from "@/lib/royalties/format-vnd";
import type { GradingContext } from "@/lib/server/royalties/get-item-grade";
import { GENRE_LABELS, GRADE_FIELD_LABELS, ROYALTY_GENRES, ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { equalShareBasisPoints, formatCoefficient, formatSharePercent, parseCoefficient, parseSharePercent, royaltyTotalVnd, splitRoyalty } from "@/lib/royalties/royalty-maths";
import type { RoyaltyGradeRawInput } from "@/lib/validations/royalty-grade";

// The grading fields, shared by the publish dialog and the item page's
// grade/correct dialog: genre (preset from the item's kind), grade, the
// coefficient (prefilled with the cell's default, its range shown), bonus,
// note and, for several authors, their shares; the amount is worked out
// live with the same maths the server uses. Field names start "grade.".

export type GradeFieldValues = { genre: string; grade: string; coefficient: string; bonusId: string; bonusPercent: string; note: string; shares: Record<number, string> };

const PREFIX = "grade.";

/** The fieldset's values from the form, as the grading schema takes them. */
export function readGradeFields(data: FormData): RoyaltyGradeRawInput {
  const value = (name: string) => String(data.get(`${PREFIX}${name}`) ?? "");
  const shares = [...data.keys()]
    .filter((key) => key.startsWith(`${PREFIX}share.`))
    .map((key) => ({ userId: Number(key.slice(`${PREFIX}share.`.length)), percent: String(data.get(key) ?? "") }));
  return {
    genre: value("genre") as RoyaltyGradeRawInput["genre"],
    grade: value("grade"),
    coefficient: value("coefficient"),
    bonusId: value("bonusId"),
    bonusPercent: value("bonusPercent"),
    note: value("note"),
    shares: shares.length > 1 ? shares : undefined,
  };
}

export function GradeFieldset({ context, initial, errors }: { context: GradingContext; initial?: Partial<GradeFieldValues>; errors?: readonly string[] }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const schedule = context.schedule;
  const rates = schedule?.rates ?? [];
  const firstCell = (genre: string) => rates.find((rate) => rate.genre === genre);
  const equal = equalShareBasisPoints(context.authors.length);
  const [values, setValues] = useState<GradeFieldValues>(() => {
    const genre = initial?.genre ?? context.suggestedGenre;
    const cell = initial?.grade ? rates.find((rate) => rate.genre === genre && rate.grade === initial.grade) : firstCell(genre);
    return {
      genre,
      grade: cell?.grade ?? "",
      coefficient: initial?.coefficient ?? (cell ? formatCoefficient(cell.defaultCoefficient) : ""),
      bonusId: initial?.bonusId ?? "",
      bonusPercent: initial?.bonusPercent ?? "",
      note: initial?.note ?? "",
      shares: initial?.shares ?? Object.fromEntries(context.authors.map((author, index) => [author.id, formatSharePercent(equal[index]!)])),
    };
  });
  if (!schedule) return <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-stone-800">{ROYALTY_MESSAGES.noSchedule(context.year)}</p>;

  const cell = rates.find((rate) => rate.genre === values.genre && rate.grade === values.grade);
  const grades = rates.filter((rate) => rate.genre === values.genre);
  const bonus = schedule.bonuses.find((row) => String(row.id) === values.bonusId);
  const set = (patch: Partial<GradeFieldValues>) => setValues((current) => ({ ...current, ...patch }));
  const pickCell = (genre: string, grade?: string) => {
    const next = grade ? rates.find((rate) => rate.genre === genre && rate.grade === grade) : firstCell(genre);
    set({ genre, grade: next?.grade ?? "", coefficient: next ? formatCoefficient(next.defaultCoefficient) : "" });
  };
  const coefficient = parseCoefficient(values.coefficient);
  const bonusPercent = bonus ? Number(values.bonusPercent || 0) : 0;
  const isInRange = cell !== undefined && coefficient !== null && coefficient >= cell.minCoefficient && coefficient <= cell.maxCoefficient;
  const total = isInRange && Number.isInteger(bonusPercent) && bonusPercent >= 0 ? royaltyTotalVnd({ coefficient, unitValueVnd: schedule.unitValueVnd, bonusPercent }) : null;
  const shares = context.authors.map((author) => ({ userId: author.id, basisPoints: parseSharePercent(values.shares[author.id]) ?? -1 }));
  const sharesValid = shares.every((share) => share.basisPoints >= 0) && shares.reduce((sum, share) => sum + share.basisPoints, 0) === 10_000;
  const amounts = total !== null && sharesValid ? new Map(splitRoyalty(total, shares).map((share) => [share.userId, share.amountVnd])) : null;
  const select = "block min-h-11 w-full rounded border border-stone-300 bg-white px-2 py-2 text-base";

  return (
    <div className="space-y-3" data-grade-fieldset="">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-semibold text-stone-800">
          {GRADE_FIELD_LABELS.genre}
          <select name={`${PREFIX}genre`} value={values.genre} onChange={(event) => pickCell(event.target.value)} className={select}>
            {ROYALTY_GENRES.map((genre) => (
              <option key={genre} value={genre}>
                {GENRE_LABELS[genre]}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold text-stone-800">
          {GRADE_FIELD_LABELS.grade}
          <select name={`${PREFIX}grade`} value={values.grade} onChange={(event) => pickCell(values.genre, event.target.value)} className={select}>
            {grades.length === 0 && <option value="">— Định mức chưa có loại nào —</option>}
            {grades.map((rate) => (
              <option key={rate.grade} value={rate.grade}>
                Loại {rate.grade}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div>
        <label htmlFor={`${id}-coefficient`} className="block text-sm font-semibold text-stone-800">
          {GRADE_FIELD_LABELS.coefficient}
        </label>
        <input
          id={`${id}-coefficient`}
          name={`${PREFIX}coefficient`}
          inputMode="decimal"
          value={values.coefficient}
          onChange={(event) => set({ coefficient: event.target.value })}
          aria-describedby={`${id}-range`}
          aria-invalid={(values.coefficient !== "" && !isInRange) || undefined}
          className={fieldClass(values.coefficient !== "" && !isInRange)}
        />
        <p id={`${id}-range`} className="mt-1 text-sm text-stone-600">
          {cell ? `Khung cho phép: ${formatCoefficient(cell.minCoefficient)} – ${formatCoefficient(cell.maxCoefficient)}; một đơn vị hệ số ${formatVnd(schedule.unitValueVnd)}.` : "Chọn thể loại và loại."}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-semibold text-stone-800">
          {GRADE_FIELD_LABELS.bonus}
          <select
            name={`${PREFIX}bonusId`}
            value={values.bonusId}
            onChange={(event) => {
              const next = schedule.bonuses.find((row) => String(row.id) === event.target.value);
              set({ bonusId: event.target.value, bonusPercent: next ? String(next.minPercent) : "" });
            }}
            className={select}
          >
            <option value="">Không có</option>
            {schedule.bonuses.map((row) => (
              <option key={row.id} value={row.id}>
                {row.name} ({row.minPercent}–{row.maxPercent} %)
              </option>
            ))}
          </select>
        </label>
        {bonus && (
          <label className="block text-sm font-semibold text-stone-800">
            {GRADE_FIELD_LABELS.bonusPercent}
            <input name={`${PREFIX}bonusPercent`} inputMode="numeric" value={values.bonusPercent} onChange={(event) => set({ bonusPercent: event.target.value })} className={fieldClass(false)} />
          </label>
        )}
      </div>
      {context.authors.length > 1 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-stone-800">{GRADE_FIELD_LABELS.shares}</legend>
          {context.authors.map((author) => (
            <label key={author.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-40 text-stone-900">{author.name}</span>
              <input
                name={`${PREFIX}share.${author.id}`}
                inputMode="decimal"
                value={values.shares[author.id] ?? ""}
                onChange={(event) => set({ shares: { ...values.shares, [author.id]: event.target.value } })}
                className="min-h-11 w-24 rounded border border-stone-300 px-2 tabular-nums"
              />
              <span className="text-stone-600">% {amounts ? `= ${formatVnd(amounts.get(author.id) ?? 0)}` : ""}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="block text-sm font-semibold text-stone-800">
        {GRADE_FIELD_LABELS.note}
        <input name={`${PREFIX}note`} maxLength={500} value={values.note} onChange={(event) => set({ note: event.target.value })} className={fieldClass(false)} />
      </label>
      <p className="text-base text-stone-900" aria-live="polite">
        {GRADE_FIELD_LABELS.amount}: <strong data-grade-amount="">{total === null ? "—" : formatVnd(total)}</strong>
      </p>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
