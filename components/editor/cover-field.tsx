"use client";

import { useState } from "react";
import { EditorDialog } from "@/components/editor/editor-dialog";
import { FIELDS } from "@/components/editor/editor-labels";
import { ImagePicker } from "@/components/editor/image-picker";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { EditorImage } from "@/lib/items/editor-types";

type CoverValues = { cover: EditorImage | null; coverAlt: string; coverCaption: string };

/** The cover image (upload or library), with its alt text and caption. */
export function CoverField({ value, onChange }: { value: CoverValues; onChange: (patch: Partial<CoverValues>) => void }) {
  const [isPicking, setIsPicking] = useState(false);
  const { cover } = value;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-stone-800">{FIELDS.cover}</legend>
      {cover && (
        <img
          src={cover.url}
          alt={value.coverAlt || cover.alt || ""}
          width={cover.width ?? undefined}
          height={cover.height ?? undefined}
          className="aspect-video w-full max-w-sm rounded border border-stone-200 object-cover"
        />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => setIsPicking(true)}>
          {cover ? FIELDS.changeCover : FIELDS.chooseCover}
        </Button>
        {cover && (
          <Button type="button" variant="danger" onClick={() => onChange({ cover: null, coverAlt: "", coverCaption: "" })}>
            {FIELDS.removeCover}
          </Button>
        )}
      </div>
      {cover && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={FIELDS.coverAlt} name="coverAlt" required maxLength={300} value={value.coverAlt} onChange={(event) => onChange({ coverAlt: event.target.value })} />
          <TextField label={FIELDS.coverCaption} name="coverCaption" maxLength={300} value={value.coverCaption} onChange={(event) => onChange({ coverCaption: event.target.value })} />
        </div>
      )}
      <EditorDialog open={isPicking} title={FIELDS.chooseCover} onClose={() => setIsPicking(false)} wide>
        {() => (
          <ImagePicker
            submitLabel={FIELDS.chooseCover}
            onCancel={() => setIsPicking(false)}
            onPick={({ media, alt, caption }) => {
              setIsPicking(false);
              onChange({ cover: { id: media.id, url: media.url, width: media.width, height: media.height, alt: media.alt }, coverAlt: alt, coverCaption: caption });
            }}
          />
        )}
      </EditorDialog>
    </fieldset>
  );
}
