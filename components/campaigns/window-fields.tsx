import { TextField } from "@/components/ui/text-field";

type Errors = Record<string, string[] | undefined>;
export type WindowValues = { startDate: string; startTime: string; endDate: string; endTime: string };

/** Start and end as Vietnam dates (dd/mm/yyyy) and optional times (HH:mm). */
export function WindowFields({ values, errors, isRequired }: { values: WindowValues; errors: Errors; isRequired: boolean }) {
  const dateProps = { inputMode: "numeric" as const, placeholder: "dd/mm/yyyy", maxLength: 10, autoComplete: "off" };
  const timeProps = { inputMode: "numeric" as const, placeholder: "hh:mm", maxLength: 5, autoComplete: "off" };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-stone-800">Thời gian hiển thị (giờ Việt Nam)</legend>
      <p className="text-sm text-stone-600">
        Ngày theo dạng ngày/tháng/năm. Bỏ trống giờ: bắt đầu từ 00:00 của ngày bắt đầu, kết thúc hết ngày kết thúc.
        {!isRequired && " Bỏ trống ngày: hiện ngay / hiện cho tới khi tắt."}
      </p>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField label="Ngày bắt đầu" name="startDate" required={isRequired} defaultValue={values.startDate} errors={errors.startDate} {...dateProps} />
        <TextField label="Giờ bắt đầu" name="startTime" defaultValue={values.startTime} errors={errors.startTime} {...timeProps} />
        <TextField label="Ngày kết thúc" name="endDate" required={isRequired} defaultValue={values.endDate} errors={errors.endDate} {...dateProps} />
        <TextField label="Giờ kết thúc" name="endTime" defaultValue={values.endTime} errors={errors.endTime} {...timeProps} />
      </div>
    </fieldset>
  );
}
