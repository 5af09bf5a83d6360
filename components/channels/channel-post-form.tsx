"use client";

import { useId } from "react";
import { useActionForm } from "@/components/admin/use-action-form";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextField } from "@/components/ui/text-field";
import { recordChannelPostAction } from "@/lib/actions/channel-posts";
import { CHANNEL_DONE_LABELS, OUTLET_LABELS } from "@/lib/channels/labels";
import type { Channel } from "@/lib/generated/prisma/enums";
import { channelPostSchema } from "@/lib/validations/channel-post";

type Props = { itemId: number; channel: Channel; outlets: string[]; today: string };

/** "Đã đăng fanpage" (page, link, date) or "Đã phát thanh" (station, date), in the side panel. */
export function ChannelPostForm({ itemId, channel, outlets, today }: Props) {
  const listId = useId();
  const { result, formProps, fieldErrors, pending } = useActionForm(recordChannelPostAction, { schema: channelPostSchema });
  const title = CHANNEL_DONE_LABELS[channel];
  return (
    <div className="rounded border border-stone-200 bg-stone-50 px-3 py-2">
      <h3 className="text-sm font-semibold text-stone-900">{title}</h3>
      <form {...formProps} className="mt-2 space-y-3" aria-label={title}>
        <FlashMessage result={result} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="channel" value={channel} />
        <TextField
          label={OUTLET_LABELS[channel]}
          name="outlet"
          required
          maxLength={150}
          list={listId}
          defaultValue={outlets[0] ?? ""}
          errors={fieldErrors.outlet}
        />
        <datalist id={listId}>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet} />
          ))}
        </datalist>
        {channel === "FANPAGE" && (
          <TextField label="Liên kết bài đăng" name="url" type="url" required maxLength={1000} placeholder="https://www.facebook.com/…" errors={fieldErrors.url} />
        )}
        <DateField label={channel === "FANPAGE" ? "Ngày đăng" : "Ngày phát"} name="postedOn" required max={today} defaultValue={today} errors={fieldErrors.postedOn} />
        <Button pending={pending}>Ghi nhận</Button>
      </form>
    </div>
  );
}
