import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { CHANNEL_LABELS } from "@/lib/channels/labels";
import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import { CADENCE_LABELS, CADENCES } from "@/lib/sections/labels";

// The section form's fanpage and radio cadence (seed 001: the Facebook
// fanpages and the commune/village radio, each daily), beside the page's own.

const cadenceOptions = CADENCES.map((cadence) => ({ value: cadence, label: CADENCE_LABELS[cadence] }));

const FIELDS = [
  { channel: "FANPAGE", cadenceName: "fanpageCadence", targetName: "fanpageTarget", unit: "lần đăng" },
  { channel: "RADIO", cadenceName: "radioCadence", targetName: "radioTarget", unit: "lần phát" },
] as const satisfies { channel: Channel; cadenceName: string; targetName: string; unit: string }[];

type Props = { targets: { channel: Channel; cadence: Cadence; target: number }[]; errors: Record<string, string[] | undefined> };

export function ChannelTargetFields({ targets, errors }: Props) {
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-semibold text-stone-900">Nhịp trên các kênh khác</legend>
      {FIELDS.map((field) => {
        const current = targets.find((target) => target.channel === field.channel);
        return (
          <div key={field.channel} className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={`Nhịp ${CHANNEL_LABELS[field.channel].toLowerCase()}`}
              name={field.cadenceName}
              options={cadenceOptions}
              defaultValue={current?.cadence ?? "NONE"}
              errors={errors[field.cadenceName]}
            />
            <TextField
              label={`Chỉ tiêu ${CHANNEL_LABELS[field.channel].toLowerCase()} mỗi kỳ (${field.unit})`}
              name={field.targetName}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              defaultValue={current?.target ?? 0}
              errors={errors[field.targetName]}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
