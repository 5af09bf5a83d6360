import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { MediaKind } from "@/lib/generated/prisma/enums";
import { adminPaths } from "@/lib/urls";
import { MEDIA_TEXT_LIMITS } from "@/lib/validations/media";
import { MEDIA_KIND_OPTIONS } from "@/lib/media/labels";

// A plain GET form: filtering works without JavaScript and the URL can be shared.
export function MediaFilterForm({ kind, q }: { kind?: MediaKind; q?: string }) {
  return (
    <form method="get" action={adminPaths.mediaLibrary} role="search" aria-label="Lọc thư viện" className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
      <SelectField label="Loại tệp" name="kind" options={MEDIA_KIND_OPTIONS} placeholder="Tất cả" defaultValue={kind ?? ""} />
      <TextField label="Tìm theo tên, mô tả, chú thích" name="q" type="search" maxLength={MEDIA_TEXT_LIMITS.query} defaultValue={q ?? ""} placeholder="ví dụ: hội nghị" />
      <div className="flex gap-2">
        <Button>Lọc</Button>
        {(kind || q) && (
          <Link href={adminPaths.mediaLibrary} className="inline-flex min-h-11 items-center px-2 text-sm text-brand underline">
            Bỏ lọc
          </Link>
        )}
      </div>
    </form>
  );
}
