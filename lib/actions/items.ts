"use server";

// CONTRACT STUBS (lead): the workflow helper replaces each body with the real
// use case call; names, inputs and results stay as they are here.
import { z } from "zod";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SavedItem } from "@/lib/items/editor-types";
import { editorialNoteSchema, featureItemSchema, itemCorrectionSchema, itemMoveSchema } from "@/lib/validations/item";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** A workflow move from lib/workflow/transitions.ts. */
const move = authorizedAction("backoffice.enter", itemMoveSchema, async () => notYet());
/** Đính chính: the board edits a published item with a dated public note. */
const correct = authorizedAction("items.publish", itemCorrectionSchema, async (): Promise<ActionResult<SavedItem>> => notYet());
const addNote = authorizedAction("backoffice.enter", editorialNoteSchema, async () => notYet());
const feature = authorizedAction("items.publish", featureItemSchema, async () => notYet());

export async function moveItemAction(input: z.input<typeof itemMoveSchema>) { return move(input); }
export async function correctItemAction(input: z.input<typeof itemCorrectionSchema>) { return correct(input); }
export async function addEditorialNoteAction(input: z.input<typeof editorialNoteSchema>) { return addNote(input); }
export async function featureItemAction(input: z.input<typeof featureItemSchema>) { return feature(input); }
