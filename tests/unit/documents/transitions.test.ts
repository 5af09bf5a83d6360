// The documents' lifecycle table written out by hand as a matrix: every move
// × every state × every role. Deliberately NOT derived from DOCUMENT_MOVES: a
// move opened to the wrong person or state by mistake must fail here.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  allowedDocumentMoves,
  assertDocumentMove,
  DOCUMENT_MOVE_NAMES,
  documentMoveRefusal,
  type DocumentMove,
  type LifecycleDocument,
} from "@/lib/documents/transitions";

// The states a document can be in: a status, and whether it was ever public.
type State = "draft" | "draft-once-public" | "published" | "unpublished";
const STATES: Record<State, LifecycleDocument> = {
  draft: { status: "DRAFT", publishedAt: null },
  // Not reachable through the use cases today, but the rule must hold for it.
  "draft-once-public": { status: "DRAFT", publishedAt: new Date("2026-03-01T02:00:00Z") },
  published: { status: "PUBLISHED", publishedAt: new Date("2026-03-01T02:00:00Z") },
  unpublished: { status: "UNPUBLISHED", publishedAt: new Date("2026-03-01T02:00:00Z") },
};

//   C a contributor, S a secretary, B a board member, T standing committee, Q an administrator
type Party = "C" | "S" | "B" | "T" | "Q";
const PARTIES: Record<Party, Actor> = {
  C: { id: 1, roles: ["CONTRIBUTOR"], isActive: true },
  S: { id: 2, roles: ["SECRETARY"], isActive: true },
  B: { id: 3, roles: ["EDITORIAL_BOARD"], isActive: true },
  T: { id: 4, roles: ["STANDING_COMMITTEE"], isActive: true },
  Q: { id: 5, roles: ["ADMINISTRATOR"], isActive: true },
};

// Who may make each move from each state; a state not listed: nobody.
const ALLOWED: Record<DocumentMove, Partial<Record<State, Party[]>>> = {
  publish: { draft: ["B"], "draft-once-public": ["B"], unpublished: ["B"] },
  unpublish: { published: ["B"] },
  // Only a mistaken entry, by whoever manages documents.
  delete: { draft: ["S", "B"] },
};

// Who holds each move's capability (a refusal to anyone else is FORBIDDEN).
const HOLDERS: Record<DocumentMove, Party[]> = { publish: ["B"], unpublish: ["B"], delete: ["S", "B"] };

const cases = DOCUMENT_MOVE_NAMES.flatMap((move) =>
  (Object.keys(STATES) as State[]).flatMap((state) =>
    (Object.keys(PARTIES) as Party[]).map((party) => ({
      move,
      state,
      party,
      isAllowed: (ALLOWED[move][state] ?? []).includes(party),
      code: HOLDERS[move].includes(party) ? "INVALID_TRANSITION" : "FORBIDDEN",
    })),
  ),
);

describe("document lifecycle matrix", () => {
  it("covers every move of the table", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...DOCUMENT_MOVE_NAMES].sort());
  });

  it.each(cases)("$move from $state by $party: allowed=$isAllowed", ({ move, state, party, isAllowed, code }) => {
    const actor = PARTIES[party];
    const document = STATES[state];
    expect(documentMoveRefusal(actor, document, move)?.code ?? null).toBe(isAllowed ? null : code);
    if (isAllowed) expect(() => assertDocumentMove(actor, document, move)).not.toThrow();
    else expect(() => assertDocumentMove(actor, document, move)).toThrow(expect.objectContaining({ code }));
    expect(allowedDocumentMoves(actor, document).includes(move)).toBe(isAllowed);
  });

  it("lands where the use cases write: publish on PUBLISHED, unpublish on UNPUBLISHED, delete removes the row", () => {
    expect(assertDocumentMove(PARTIES.B, STATES.draft, "publish").to).toBe("PUBLISHED");
    expect(assertDocumentMove(PARTIES.B, STATES.published, "unpublish").to).toBe("UNPUBLISHED");
    expect(assertDocumentMove(PARTIES.S, STATES.draft, "delete").to).toBeNull();
  });

  it("says why a move does not fit the document's state, in the use cases' words", () => {
    const refusal = (state: State, move: DocumentMove) => documentMoveRefusal(PARTIES.B, STATES[state], move)?.message;
    expect(refusal("published", "publish")).toBe("Văn bản này đã được công bố.");
    expect(refusal("draft", "unpublish")).toBe("Văn bản này không ở trạng thái công bố.");
    expect(refusal("unpublished", "unpublish")).toBe("Văn bản này không ở trạng thái công bố.");
    expect(refusal("published", "delete")).toBe(
      "Không xóa được văn bản đã công bố. Hãy gỡ văn bản để ẩn khỏi trang công khai; hồ sơ vẫn được giữ.",
    );
    expect(refusal("unpublished", "delete")).toBe("Không xóa được văn bản đã từng công bố: hồ sơ của nó được giữ lại.");
    expect(refusal("draft-once-public", "delete")).toBe("Không xóa được văn bản đã từng công bố: hồ sơ của nó được giữ lại.");
  });

  it("refuses someone without the capability in the use cases' words", () => {
    expect(documentMoveRefusal(PARTIES.S, STATES.draft, "publish")?.message).toBe("Chỉ Ban Biên tập mới được công bố hoặc gỡ văn bản.");
    expect(documentMoveRefusal(PARTIES.C, STATES.draft, "delete")?.message).toBe("Bạn không có quyền thêm hoặc sửa văn bản.");
  });

  it("a disabled account can make no move at all", () => {
    const disabled: Actor = { ...PARTIES.B, isActive: false };
    for (const document of Object.values(STATES)) expect(allowedDocumentMoves(disabled, document)).toEqual([]);
  });
});
