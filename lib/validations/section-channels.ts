import { z } from "zod";
import { Cadence, Channel } from "@/lib/generated/prisma/enums";

// A section's cadence on the channels beyond the page (seed 001): the
// Facebook fanpage and the commune/village radio. Fields of the section form,
// optional so that a caller that does not send them leaves the targets as
// they are. "Không đặt" (NONE) or a target of 0 removes the channel's target.

const targetField = (channelName: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? undefined : value),
    z.coerce
      .number({ error: `Chỉ tiêu ${channelName} phải là một số.` })
      .int({ error: `Chỉ tiêu ${channelName} phải là số nguyên.` })
      .min(0, { error: `Chỉ tiêu ${channelName} không được âm.` })
      .max(1000, { error: `Chỉ tiêu ${channelName} tối đa 1000.` })
      .optional(),
  );

export const sectionChannelFields = {
  fanpageCadence: z.enum(Cadence, { error: "Chọn nhịp đăng fanpage." }).optional(),
  fanpageTarget: targetField("fanpage"),
  radioCadence: z.enum(Cadence, { error: "Chọn nhịp phát thanh." }).optional(),
  radioTarget: targetField("phát thanh"),
};

export type ChannelTargetInput = { cadence: Cadence; target: number };
export type ChannelTargetsInput = Partial<Record<Channel, ChannelTargetInput>>;

type ChannelFieldValues = {
  fanpageCadence?: Cadence;
  fanpageTarget?: number;
  radioCadence?: Cadence;
  radioTarget?: number;
};

const one = (cadence: Cadence | undefined, target: number | undefined): ChannelTargetInput | undefined =>
  cadence === undefined ? undefined : cadence === "NONE" ? { cadence, target: 0 } : { cadence, target: target ?? 0 };

/** The form's four fields as `channelTargets` (only the channels the form sent). */
export function toChannelTargets<T extends ChannelFieldValues>(value: T): Omit<T, keyof ChannelFieldValues> & { channelTargets?: ChannelTargetsInput } {
  const { fanpageCadence, fanpageTarget, radioCadence, radioTarget, ...rest } = value;
  const channelTargets: ChannelTargetsInput = {};
  const fanpage = one(fanpageCadence, fanpageTarget);
  const radio = one(radioCadence, radioTarget);
  if (fanpage) channelTargets.FANPAGE = fanpage;
  if (radio) channelTargets.RADIO = radio;
  return fanpage || radio ? { ...rest, channelTargets } : rest;
}
