import { can, type Actor } from "@/lib/auth/permissions";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { AppError } from "@/lib/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";

// A directive document's lifecycle as one table, like the items' workflow
// (lib/workflow/transitions.ts): every legal move, the statuses it leaves
// from, where it lands and the capability it needs. The use cases check every
// move against it (assertDocumentMove); the back office offers only what
// allowedDocumentMoves() returns. Editing fields and files is not a move: it
// is allowed in every status (lib/server/documents/update-document.ts).

export type DocumentMove = "publish" | "unpublish" | "delete";

/** What a move needs to know about the document. */
export type LifecycleDocument = { status: PublicationStatus; publishedAt: Date | null };

export type DocumentMoveRule = {
  from: readonly PublicationStatus[];
  /** null: the row is gone. */
  to: PublicationStatus | null;
  capability: keyof typeof DOCUMENT_REFUSALS;
  /** Only a document that has never been on the public site (a mistaken entry). */
  isNeverPublishedOnly: boolean;
};

export const DOCUMENT_MOVES = {
  // The board: on the public site, first time or after a take-down.
  publish: { from: ["DRAFT", "UNPUBLISHED"], to: "PUBLISHED", capability: "documents.publish", isNeverPublishedOnly: false },
  // The board: off the public site (gỡ); the record, its files and history stay.
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", capability: "documents.publish", isNeverPublishedOnly: false },
  // Whoever manages documents: a draft that was never public. One that ever was is history.
  delete: { from: ["DRAFT"], to: null, capability: "documents.manage", isNeverPublishedOnly: true },
} as const satisfies Record<DocumentMove, DocumentMoveRule>;

export const DOCUMENT_MOVE_NAMES = Object.keys(DOCUMENT_MOVES) as DocumentMove[];

/** Why the move cannot be made from the document's status, in the words the back office shows. */
function statusRefusal(document: LifecycleDocument, move: DocumentMove): string {
  switch (move) {
    case "publish":
      return "Văn bản này đã được công bố.";
    case "unpublish":
      return "Văn bản này không ở trạng thái công bố.";
    case "delete":
      return document.status === "PUBLISHED"
        ? "Không xóa được văn bản đã công bố. Hãy gỡ văn bản để ẩn khỏi trang công khai; hồ sơ vẫn được giữ."
        : "Không xóa được văn bản đã từng công bố: hồ sơ của nó được giữ lại.";
  }
}

export type DocumentMoveRefusal = { code: "FORBIDDEN" | "INVALID_TRANSITION"; message: string };

/** Why this person may not make the move now, or null when they may. */
export function documentMoveRefusal(actor: Actor, document: LifecycleDocument, move: DocumentMove): DocumentMoveRefusal | null {
  const rule: DocumentMoveRule = DOCUMENT_MOVES[move];
  // The use cases' authorize() refuses first, in the same words; this keeps the table whole for allowedDocumentMoves.
  if (!can(actor, rule.capability)) return { code: "FORBIDDEN", message: DOCUMENT_REFUSALS[rule.capability] };
  const isFromAllowed = rule.from.includes(document.status) && !(rule.isNeverPublishedOnly && document.publishedAt);
  return isFromAllowed ? null : { code: "INVALID_TRANSITION", message: statusRefusal(document, move) };
}

/** Throws FORBIDDEN or INVALID_TRANSITION unless the move is legal for this person now. */
export function assertDocumentMove<M extends DocumentMove>(actor: Actor, document: LifecycleDocument, move: M): (typeof DOCUMENT_MOVES)[M] {
  const refusal = documentMoveRefusal(actor, document, move);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  return DOCUMENT_MOVES[move];
}

/** The moves this person can make on the document now, in table order. */
export function allowedDocumentMoves(actor: Actor, document: LifecycleDocument): DocumentMove[] {
  return DOCUMENT_MOVE_NAMES.filter((move) => documentMoveRefusal(actor, document, move) === null);
}
