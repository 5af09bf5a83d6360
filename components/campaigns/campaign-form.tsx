"use client";

import { useState } from "react";
import { useActionForm } from "@/components/admin/use-action-form";
import { BannerImageField, type BannerPreview } from "@/components/campaigns/banner-image-field";
import { WindowFields, type WindowValues } from "@/components/campaigns/window-fields";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { createCampaignAction, updateCampaignAction } from "@/lib/actions/campaigns";
import { campaignCreateSchema, campaignUpdateSchema } from "@/lib/validations/campaign";

export type CampaignFormValues = WindowValues & {
  id?: number;
  name: string;
  slug: string;
  description: string;
  banner: BannerPreview | null;
  bannerAlt: string;
  bannerLink: string;
  isSiteWide: boolean;
  sortOrder: number;
};

/** New or edit: the campaign's name, address, dates in Vietnam time, banner, link, site-wide switch and order. */
export function CampaignForm({ values }: { values: CampaignFormValues }) {
  const isNew = values.id === undefined;
  const { result, formProps, fieldErrors, pending } = useActionForm(isNew ? createCampaignAction : updateCampaignAction, {
    schema: isNew ? campaignCreateSchema : campaignUpdateSchema,
  });
  const [alt, setAlt] = useState(values.bannerAlt);
  return (
    <form {...formProps} className="space-y-5">
      <FlashMessage result={result} />
      {!isNew && <input type="hidden" name="campaignId" value={values.id} />}
      <TextField label="Tên chuyên trang" name="name" required minLength={3} maxLength={200} defaultValue={values.name} errors={fieldErrors.name} />
      <TextField
        label="Đường dẫn"
        name="slug"
        maxLength={80}
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        defaultValue={values.slug}
        hint={isNew ? "Bỏ trống để tạo từ tên, không dấu (ví dụ “Đại hội Đảng bộ” → /chuyen-trang/dai-hoi-dang-bo)." : "Chỉ sửa khi thật cần: liên kết đã chia sẻ sẽ không còn đúng."}
        errors={fieldErrors.slug}
      />
      <TextAreaField label="Mô tả" name="description" rows={4} maxLength={2000} defaultValue={values.description} errors={fieldErrors.description} />
      <WindowFields values={values} errors={fieldErrors} isRequired />
      <BannerImageField name="bannerImageId" legend="Ảnh banner" initial={values.banner} errors={fieldErrors.bannerImageId} onAlt={setAlt} />
      <TextField
        label="Mô tả ảnh banner (cho người khiếm thị)"
        name="bannerAlt"
        maxLength={300}
        value={alt}
        onChange={(event) => setAlt(event.target.value)}
        hint="Bắt buộc khi có ảnh banner."
        errors={fieldErrors.bannerAlt}
      />
      <TextField
        label="Liên kết của banner"
        name="bannerLink"
        maxLength={500}
        defaultValue={values.bannerLink}
        hint="Bỏ trống để dẫn tới trang của chuyên trang. Đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ http(s)://."
        errors={fieldErrors.bannerLink}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Checkbox name="isSiteWide" label="Hiện dải banner mỏng trên mọi trang trong thời gian diễn ra" defaultChecked={values.isSiteWide} />
        <TextField label="Thứ tự (số nhỏ hiện trước)" name="sortOrder" type="number" inputMode="numeric" min={0} max={9999} defaultValue={values.sortOrder} errors={fieldErrors.sortOrder} />
      </div>
      <Button pending={pending}>{isNew ? "Tạo chuyên trang" : "Lưu chuyên trang"}</Button>
    </form>
  );
}
