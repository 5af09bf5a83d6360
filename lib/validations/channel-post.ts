import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { normalizeDayText } from "@/lib/dates/day-text";
import { TIME_ZONE } from "@/lib/content/dates";
import { Channel } from "@/lib/generated/prisma/enums";

// "Đã đăng fanpage" / "Đã phát thanh" for one item. The rule that needs the
// database (not before the item's publication date) is checked by the use
// case; everything else here, with a Vietnamese message per field.

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

/** Today's date in Vietnam, "YYYY-MM-DD". */
export const vietnamToday = (now: Date = new Date()) => format(new TZDate(now.getTime(), TIME_ZONE), "yyyy-MM-dd");

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** An http(s) address: anything else (javascript:, ftp:, a bare name) is refused. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const channelPostSchema = z
  .object({
    itemId: id("Không rõ tin, bài."),
    channel: z.enum(Channel, { error: "Chọn kênh: fanpage hoặc phát thanh." }),
    outlet: z.string({ error: "Nhập nơi đăng." }).trim().max(150, { error: "Tên nơi đăng dài tối đa 150 ký tự." }),
    url: z
      .string()
      .trim()
      .max(1000, { error: "Liên kết dài tối đa 1000 ký tự." })
      .optional()
      .transform((value) => value || null),
    // Typed as dd/mm/yyyy (ISO still accepted); checked below as "2026-12-07".
    postedOn: z.preprocess(normalizeDayText, z.string({ error: "Nhập ngày." }).trim()),
  })
  .superRefine((value, context) => {
    if (value.outlet.length < 2) {
      const message = value.channel === "FANPAGE" ? "Nhập tên trang fanpage đã đăng." : "Nhập tên đài, trạm đã phát.";
      context.addIssue({ code: "custom", path: ["outlet"], message });
    }
    if (value.channel === "FANPAGE" && !value.url) {
      context.addIssue({ code: "custom", path: ["url"], message: "Dán liên kết tới bài đăng trên fanpage." });
    } else if (value.url && !isHttpUrl(value.url)) {
      context.addIssue({ code: "custom", path: ["url"], message: "Liên kết phải là địa chỉ web bắt đầu bằng http:// hoặc https://." });
    }
    if (!isRealDate(value.postedOn)) {
      context.addIssue({ code: "custom", path: ["postedOn"], message: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2026." });
    } else if (value.postedOn > vietnamToday()) {
      context.addIssue({ code: "custom", path: ["postedOn"], message: "Ngày đăng không được sau hôm nay." });
    }
  })
  // A radio broadcast has no link.
  .transform((value) => ({ ...value, url: value.channel === "RADIO" ? null : value.url }));
export type ChannelPostInput = z.infer<typeof channelPostSchema>;

export const channelPostRemoveSchema = z.object({ postId: id("Không rõ lần đăng cần xoá.") });
export type ChannelPostRemoveInput = z.infer<typeof channelPostRemoveSchema>;
