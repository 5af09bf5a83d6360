"use client";

import { useActionForm } from "@/components/admin/use-action-form";
import { Button } from "@/components/ui/button";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextField } from "@/components/ui/text-field";
import { updateMediaDetailsAction } from "@/lib/actions/media";
import { MEDIA_TEXT_LIMITS, mediaUpdateSchema } from "@/lib/validations/media";

export function MediaDetailsForm({ mediaId, alt, caption, isImage }: { mediaId: number; alt: string | null; caption: string | null; isImage: boolean }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(updateMediaDetailsAction, { schema: mediaUpdateSchema });
  return (
    <form {...formProps} className="space-y-3">
      <FlashMessage result={result} />
      <input type="hidden" name="mediaId" value={mediaId} />
      {isImage && (
        <TextField
          label="Mô tả ảnh (cho người khiếm thị)"
          name="alt"
          maxLength={MEDIA_TEXT_LIMITS.alt}
          defaultValue={alt ?? ""}
          hint="Tả ngắn điều ảnh cho thấy, ví dụ: “Đồng chí Bí thư phát biểu tại hội nghị”."
          errors={fieldErrors.alt}
        />
      )}
      <TextField label="Chú thích" name="caption" maxLength={MEDIA_TEXT_LIMITS.caption} defaultValue={caption ?? ""} errors={fieldErrors.caption} />
      <Button pending={pending} variant="secondary">
        Lưu
      </Button>
    </form>
  );
}
