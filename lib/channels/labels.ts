import type { Channel } from "@/lib/generated/prisma/enums";

// The words of the channels beyond the page (seed 001), in one place. Pure:
// client forms, reports and exports share them.

export const CHANNELS = ["FANPAGE", "RADIO"] as const satisfies readonly Channel[];

export const CHANNEL_LABELS = { FANPAGE: "Fanpage", RADIO: "Phát thanh" } as const satisfies Record<Channel, string>;

/** The page itself, named beside the other channels in the cadence view. */
export const PAGE_CHANNEL_LABEL = "Trang TTĐT";

/** "Đã đăng fanpage" / "Đã phát thanh": what the secretary marks. */
export const CHANNEL_DONE_LABELS = { FANPAGE: "Đã đăng fanpage", RADIO: "Đã phát thanh" } as const satisfies Record<Channel, string>;

export const OUTLET_LABELS = { FANPAGE: "Tên trang fanpage", RADIO: "Đài, trạm phát thanh" } as const satisfies Record<Channel, string>;

/** How many times an item went out: "3 lần đăng", "2 lần phát". */
export const CHANNEL_COUNT_UNITS = { FANPAGE: "lần đăng", RADIO: "lần phát" } as const satisfies Record<Channel, string>;

/** How long the person who recorded a post may still remove it (a slip of the hand); the board may any time. */
export const REMOVE_WINDOW_HOURS = 24;

/** Every message of recording and removing a channel post. */
export const CHANNEL_MESSAGES = {
  onlyPublished: "Chỉ ghi nhận fanpage, phát thanh cho tin, bài đang đăng trên trang.",
  beforePublication: (dayText: string) => `Ngày đăng không được trước ngày tin, bài lên trang (${dayText}).`,
  postNotFound: "Không tìm thấy lần đăng này (có thể đã được xoá).",
  removeNotAllowed: `Chỉ người ghi nhận (trong ${REMOVE_WINDOW_HOURS} giờ) hoặc Ban Biên tập được xoá lần đăng này.`,
  recorded: (channel: Channel, outlet: string) => `Đã ghi nhận: ${CHANNEL_DONE_LABELS[channel].toLowerCase()} (${outlet}).`,
  removed: "Đã xoá lần ghi nhận.",
} as const;
