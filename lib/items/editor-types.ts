import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import type { BodyDocument } from "@/lib/content/tiptap-schema";
import type { EditMode } from "@/lib/workflow/edit-rules";

// The shapes the back-office editor and the server agree on. Plain JSON only:
// they cross the server/client boundary. Safe to import in client components.

export type EditorImage = { id: number; url: string; width: number | null; height: number | null; alt: string | null };

/** An item as the editor opens it. */
export type EditorItem = {
  id: number;
  version: number;
  status: ItemStatus;
  editMode: EditMode;
  kind: ItemKind;
  isInDepth: boolean;
  title: string;
  lead: string;
  bodyJson: BodyDocument;
  sectionIds: number[];
  tags: string[];
  coAuthors: { id: number; name: string }[];
  penName: string | null;
  source: string | null;
  cover: EditorImage | null;
  coverCaption: string | null;
  coverAlt: string | null;
  /** ISO time of the last save, for "Đã lưu lúc hh:mm". */
  updatedAt: string;
};

/** Choices the editor's side fields offer. */
export type EditorOptions = {
  sections: { id: number; name: string }[];
  /** People who can be named co-authors (active accounts). */
  people: { id: number; name: string; unitName: string }[];
};

/** What a successful save returns. */
export type SavedItem = { itemId: number; version: number; savedAt: string };

/**
 * A save refused because somebody else saved first: their version, so the
 * editor can show it beside the unsaved text. Never a silent overwrite.
 */
export type ItemConflict = {
  version: number;
  savedByName: string;
  savedAt: string;
  title: string;
  lead: string;
  bodyHtml: string;
  bodyJson: BodyDocument;
};

/** Others who have the item's editor open now ("X đang sửa"). */
export type PresenceEditor = { userId: number; name: string };
