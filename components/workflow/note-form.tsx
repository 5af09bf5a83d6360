"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";
import { FlashMessage } from "@/components/ui/flash-message";
import { addEditorialNoteAction } from "@/lib/actions/items";
import type { ActionResult } from "@/lib/actions/action-result";

const EMPTY_MESSAGE = "Nhập nội dung góp ý.";

/** The editors' note to the author (góp ý biên tập); the thread above is refreshed after it. */
export function NoteForm({ itemId }: { itemId: number }) {
  const id = useId();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body") ?? "").trim();
    if (!body) {
      setResult({ ok: false, error: EMPTY_MESSAGE, fieldErrors: { body: [EMPTY_MESSAGE] } });
      return;
    }
    setPending(true);
    const outcome = await addEditorialNoteAction({ itemId, body });
    setPending(false);
    setResult(outcome.ok ? { ok: true, message: outcome.message ?? "Đã gửi góp ý." } : outcome);
    if (outcome.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  const errors = result && !result.ok ? result.fieldErrors?.body : undefined;
  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor={`${id}-body`} className="block text-sm font-semibold text-stone-800">
        Góp ý cho tác giả
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={3}
        maxLength={2000}
        aria-invalid={Boolean(errors) || undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={fieldClass(Boolean(errors))}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
      <Button variant="secondary" pending={pending}>
        Gửi góp ý
      </Button>
      <FlashMessage result={result && !errors ? result : null} />
    </form>
  );
}
