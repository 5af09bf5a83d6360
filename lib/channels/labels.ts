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
