"use client";

import { useState } from "react";
import { useActionForm } from "@/components/admin/use-action-form";
import { BannerImageField, type BannerPreview } from "@/components/campaigns/banner-image-field";
import { WindowFields, type WindowValues } from "@/components/campaigns/window-fields";
import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createBannerAction, updateBannerAction } from "@/lib/actions/banners";
import { BANNER_SLOT_LABELS } from "@/lib/campaigns/labels";
import type { BannerSlot } from "@/lib/generated/prisma/enums";
import { bannerCreateSchema, bannerUpdateSchema } from "@/lib/validations/banner";

export type BannerFormValues = WindowValues & {
  id?: number;
  name: string;
  slot: BannerSlot;
  image: BannerPreview | null;
  alt: string;
  linkUrl: string;
  sortOrder: number;
};

const slotOptions = (Object.keys(BANNER_SLOT_LABELS) as BannerSlot[]).map((slot) => ({ value: slot, label: BANNER_SLOT_LABELS[slot] }));

export function BannerForm({ values }: { values: BannerFormValues }) {
  const isNew = values.id === undefined;
  const { result, formProps, fieldErrors, pending } = useActionForm(isNew ? createBannerAction : updateBannerAction, {
    schema: isNew ? bannerCreateSchema : bannerUpdateSchema,
  });
  const [alt, setAlt] = useState(values.alt);
  return (
    <form {...formProps} className="space-y-5">
      <FlashMessage result={result} />
      {!isNew && <input type="hidden" name="bannerId" value={values.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Tên banner" name="name" required maxLength={200} defaultValue={values.name} hint="Chỉ để nhận ra trong trang quản trị." errors={fieldErrors.name} />
        <SelectField label="Vị trí" name="slot" required options={slotOptions} defaultValue={values.slot} errors={fieldErrors.slot} />
      </div>
      <BannerImageField name="imageId" legend="Ảnh banner" initial={values.image} isRequired errors={fieldErrors.imageId} onAlt={setAlt} />
      <TextField
        label="Mô tả ảnh (cho người khiếm thị)"
        name="alt"
        required
        maxLength={300}
        value={alt}
        onChange={(event) => setAlt(event.target.value)}
        errors={fieldErrors.alt}
      />
      <TextField
        label="Liên kết"
        name="linkUrl"
        required
        maxLength={500}
        defaultValue={values.linkUrl}
        hint="Đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ http(s):// của trang khác (mở trong thẻ mới)."
        errors={fieldErrors.linkUrl}
      />
      <WindowFields values={values} errors={fieldErrors} isRequired={false} />
      <TextField label="Thứ tự (số nhỏ hiện trước)" name="sortOrder" type="number" inputMode="numeric" min={0} max={9999} defaultValue={values.sortOrder} errors={fieldErrors.sortOrder} className="max-w-xs" />
      <Button pending={pending}>{isNew ? "Thêm banner" : "Lưu banner"}</Button>
    </form>
  );
}
