"use client";

import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createSectionAction, updateSectionAction } from "@/lib/actions/sections";
import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import { ChannelTargetFields } from "@/components/channels/channel-target-fields";
import { CADENCE_LABELS, CADENCES } from "@/lib/sections/labels";
import { sectionCreateSchema, sectionUpdateSchema } from "@/lib/validations/section";
import { useActionForm } from "@/components/admin/use-action-form";

const cadenceOptions = CADENCES.map((cadence) => ({ value: cadence, label: CADENCE_LABELS[cadence] }));

type ChannelTargetValue = { channel: Channel; cadence: Cadence; target: number };
type SectionValues = { name: string; description: string | null; cadence: Cadence; cadenceTarget: number; channelTargets?: ChannelTargetValue[] };

function SectionFields({ section, errors }: { section: SectionValues; errors: Record<string, string[] | undefined> }) {
  return (
    <>
      <TextField label="Tên chuyên mục" name="name" required minLength={2} maxLength={120} defaultValue={section.name} errors={errors.name} />
      <TextField label="Mô tả" name="description" maxLength={500} defaultValue={section.description ?? ""} hint="Một câu giới thiệu hiện trên trang chuyên mục (không bắt buộc)." errors={errors.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Nhịp đăng bài" name="cadence" required options={cadenceOptions} defaultValue={section.cadence} errors={errors.cadence} />
        <TextField
          label="Chỉ tiêu mỗi kỳ (số tin, bài)"
          name="cadenceTarget"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          required
          defaultValue={section.cadenceTarget}
          hint="Số tin, bài tối thiểu mỗi ngày, tuần hoặc tháng; bỏ qua khi chọn “Không đặt”."
          errors={errors.cadenceTarget}
        />
      </div>
      <ChannelTargetFields targets={section.channelTargets ?? []} errors={errors} />
    </>
  );
}

export function CreateSectionForm() {
  const { result, formProps, fieldErrors, pending } = useActionForm(createSectionAction, { schema: sectionCreateSchema, resetOnSuccess: true });
  return (
    <form {...formProps} className="space-y-4">
      <FlashMessage result={result} />
      <SectionFields section={{ name: "", description: null, cadence: "WEEKLY", cadenceTarget: 1 }} errors={fieldErrors} />
      <p className="text-sm text-stone-600">Đường dẫn được tạo từ tên, không dấu (ví dụ “Theo gương Bác” → /chuyen-muc/theo-guong-bac).</p>
      <Button pending={pending}>Thêm chuyên mục</Button>
    </form>
  );
}

export function EditSectionForm({ section }: { section: SectionValues & { id: number; slug: string } }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(updateSectionAction, { schema: sectionUpdateSchema });
  return (
    <form {...formProps} className="space-y-4">
      <FlashMessage result={result} />
      <input type="hidden" name="sectionId" value={section.id} />
      <SectionFields section={section} errors={fieldErrors} />
      <TextField
        label="Đường dẫn"
        name="slug"
        required
        maxLength={80}
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        defaultValue={section.slug}
        hint="Đổi tên không đổi đường dẫn. Chỉ sửa ô này khi thật cần: các liên kết đã chia sẻ tới chuyên mục sẽ không còn đúng."
        errors={fieldErrors.slug}
      />
      <Button pending={pending}>Lưu chuyên mục</Button>
    </form>
  );
}
