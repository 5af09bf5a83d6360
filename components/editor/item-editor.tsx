"use client";

import { Placeholder } from "@tiptap/extensions";
import { useEditor, type Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { BodyEditor } from "@/components/editor/body-editor";
import { ConflictNotice } from "@/components/editor/conflict-notice";
import { CorrectionFields } from "@/components/editor/correction-fields";
import { FIELDS, presenceMessage, SAVE_STATUS } from "@/components/editor/editor-labels";
import { valuesFromItem, type EditorValues } from "@/components/editor/editor-values";
import { ItemDetailsFields } from "@/components/editor/item-details-fields";
import { clearLocalDrafts, readLocalDraft, shouldOfferRestore, type LocalDraft } from "@/components/editor/local-draft";
import { RestoreNotice } from "@/components/editor/restore-notice";
import { PresenceNotice, SaveStatus } from "@/components/editor/save-status";
import { TextAreaField } from "@/components/ui/text-area-field";
import { usePresence } from "@/components/editor/use-presence";
import { useSaveSession } from "@/components/editor/use-save-session";
import { registerFlushBeforeMove } from "@/components/workflow/flush-before-move";
import { Button } from "@/components/ui/button";
import { contentExtensions, type BodyDocument } from "@/lib/content/tiptap-schema";
import type { EditorItem, EditorOptions } from "@/lib/items/editor-types";
import { adminPaths } from "@/lib/urls";
import { ITEM_LIMITS } from "@/lib/validations/item";

type Fields = Omit<EditorValues, "bodyJson">;

const EDITOR_EXTENSIONS = [...contentExtensions, Placeholder.configure({ placeholder: "Viết nội dung bài…", showOnlyCurrent: false })];

const withoutBody = ({ bodyJson, ...fields }: EditorValues): Fields => (void bodyJson, fields);

/** Is this JSON a document the editor's schema accepts? (a local copy is checked before use) */
function fitsSchema(editor: Editor, json: unknown): boolean {
  try {
    editor.schema.nodeFromJSON(json).check();
    return true;
  } catch {
    return false;
  }
}

/** The whole writing form of one item: text, side fields, saving, conflicts and presence. */
export function ItemEditor({ item, options, mode, viewerName }: { item: EditorItem; options: EditorOptions; mode: "edit" | "correct"; viewerName: string }) {
  const router = useRouter();
  const bodyLabelId = useId();
  const [fields, setFields] = useState<Fields>(() => withoutBody(valuesFromItem(item)));
  const fieldsRef = useRef(fields);
  const editorRef = useRef<Editor | null>(null);
  const lastBody = useRef<BodyDocument>(item.bodyJson);
  const [hasLoadError, setHasLoadError] = useState(false);
  const [restoreOffer, setRestoreOffer] = useState<LocalDraft | null>(null);
  const [correctionNote, setCorrectionNote] = useState("");
  // Bumped when the form is refilled (a restored copy): fields with their own typing state start over.
  const [fillCount, setFillCount] = useState(0);
  const noteRef = useRef("");

  const snapshot = useCallback((): EditorValues => {
    const editor = editorRef.current;
    // Through JSON: ProseMirror keeps attributes in prototype-less objects,
    // which a server action cannot send as plain data.
    if (editor && !editor.isDestroyed) lastBody.current = JSON.parse(JSON.stringify(editor.getJSON())) as BodyDocument;
    return { ...fieldsRef.current, bodyJson: lastBody.current };
  }, []);

  const session = useSaveSession({
    itemId: item.id,
    version: item.version,
    savedAt: item.updatedAt,
    mode,
    isAutosaveOn: mode === "edit" && !hasLoadError,
    snapshot,
    readCorrectionNote: useCallback(() => noteRef.current, []),
  });
  const { state, changed } = session;
  const others = usePresence(item.id);

  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: item.bodyJson,
    immediatelyRender: false,
    enableContentCheck: true,
    onContentError: () => setHasLoadError(true),
    onCreate: ({ editor: created }) => {
      editorRef.current = created;
      const store = typeof window === "undefined" ? null : window.localStorage;
      const draft = store ? readLocalDraft(store, item.id) : null;
      if (shouldOfferRestore(draft, { updatedAt: item.updatedAt, values: valuesFromItem(item) })) setRestoreOffer(draft);
    },
    onUpdate: () => changed(),
    editorProps: {
      attributes: { class: "prose-article min-h-72 px-4 py-3 focus:outline-none", "aria-labelledby": bodyLabelId, "aria-multiline": "true" },
    },
  });

  const update = useCallback(
    (patch: Partial<Fields>) => {
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      changed();
    },
    [changed],
  );

  // The side panel's move buttons ("Gửi thư ký"…) save what was typed first.
  const { queue, saveNow } = session;
  useEffect(() => {
    if (mode !== "edit") return;
    return registerFlushBeforeMove(item.id, async () => {
      const current = queue.getState();
      const settled = current.isDirty || queue.isBusy() ? await saveNow() : current;
      return !settled.isDirty && settled.phase !== "error" && settled.phase !== "conflict";
    });
  }, [item.id, mode, queue, saveNow]);

  function restore(draft: LocalDraft) {
    setRestoreOffer(null);
    if (!editor || !fitsSchema(editor, draft.values.bodyJson)) return;
    editor.commands.setContent(draft.values.bodyJson, { emitUpdate: false });
    // Based on an older version: the next save then meets the newer one as a
    // conflict, shown side by side, instead of overwriting it unseen.
    if (draft.baseVersion < queue.getState().version) queue.rebase(draft.baseVersion);
    update(withoutBody(draft.values));
    setFillCount((count) => count + 1);
  }

  function dismissRestore() {
    setRestoreOffer(null);
    clearLocalDrafts(window.localStorage, item.id);
  }

  function takeTheirs() {
    queue.useTheirs();
    clearLocalDrafts(window.localStorage, item.id);
    // Their whole item (side fields too), as the server has it now.
    window.location.reload();
  }

  async function preview() {
    const tab = window.open("", "_blank");
    const settled = mode === "edit" && (state.isDirty || queue.isBusy()) ? await saveNow() : state;
    if (settled.phase === "conflict" || (mode === "edit" && settled.phase === "error")) {
      tab?.close();
      return;
    }
    if (tab) {
      tab.opener = null;
      tab.location.href = adminPaths.itemPreview(item.id);
    } else {
      window.location.href = adminPaths.itemPreview(item.id);
    }
  }

  const isSaving = state.phase === "saving";
  return (
    <div className="space-y-4">
      {hasLoadError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {FIELDS.loadError}
        </p>
      )}
      <PresenceNotice message={presenceMessage(others.map((person) => person.name))} />
      {restoreOffer && <RestoreNotice savedLocallyAt={restoreOffer.savedLocallyAt} onRestore={() => restore(restoreOffer)} onDismiss={dismissRestore} />}
      {state.conflict && editor && (
        <ConflictNotice
          conflict={state.conflict}
          viewerName={viewerName}
          mine={fields}
          mineBodyHtml={editor.getHTML()}
          isBusy={isSaving}
          onUseTheirs={takeTheirs}
          onKeepMine={() => void queue.keepMine()}
        />
      )}

      <div className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 bg-white px-3 py-2">
        <SaveStatus state={state} onRetry={() => void queue.retry()} />
        <div className="flex flex-wrap gap-2">
          {mode === "edit" && (
            <Button type="button" pending={isSaving} disabled={Boolean(state.conflict) || hasLoadError} onClick={() => void saveNow()}>
              {SAVE_STATUS.save}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => void preview()}>
            {SAVE_STATUS.preview}
          </Button>
        </div>
      </div>

      <div className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <TextAreaField label={FIELDS.title} name="title" rows={2} maxLength={ITEM_LIMITS.title} value={fields.title} onChange={(event) => update({ title: event.target.value.replace(/\n/g, " ") })} inputClassName="text-xl font-bold" />
        <TextAreaField label={FIELDS.lead} name="lead" rows={3} maxLength={ITEM_LIMITS.lead} value={fields.lead} onChange={(event) => update({ lead: event.target.value })} hint={FIELDS.leadHint} inputClassName="font-semibold" />
        <div>
          <p id={bodyLabelId} className="mb-1 text-sm font-semibold text-stone-800">
            {FIELDS.body}
          </p>
          {editor ? <BodyEditor editor={editor} /> : <div className="min-h-72 rounded border border-stone-300 bg-stone-50 p-4 text-stone-600">Đang mở trình soạn thảo…</div>}
        </div>
      </div>

      <section aria-labelledby={`${bodyLabelId}-details`} className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id={`${bodyLabelId}-details`} className="mb-4 text-lg font-bold text-stone-900">
          {FIELDS.details}
        </h2>
        <ItemDetailsFields key={fillCount} value={fields} options={options} onChange={update} />
      </section>

      {mode === "correct" && (
        <CorrectionFields
          note={correctionNote}
          onNoteChange={(note) => {
            noteRef.current = note;
            setCorrectionNote(note);
          }}
          state={state}
          onSubmit={async () => {
            const settled = await saveNow();
            if (settled.phase === "saved") {
              noteRef.current = "";
              setCorrectionNote("");
              router.refresh();
            }
            return settled;
          }}
        />
      )}
    </div>
  );
}
