// The workflow table written out by hand as a matrix: every move × every
// status × every kind of person. Deliberately NOT derived from MOVES: a move
// opened to the wrong person or status by mistake must fail here.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { allowedMoves, assertMove, moveRefusal, WORKFLOW_MOVES, type WorkflowItem, type WorkflowMove } from "@/lib/workflow/transitions";

const STATUSES: ItemStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "SCHEDULED", "PUBLISHED", "REJECTED", "UNPUBLISHED"];

// The parties. The item below is written by A (creator) and X (co-author).
//   A  the author, a contributor
//   O  another contributor
//   S  a secretary
//   B  a board member
//   X  a board member (also a contributor) who co-wrote the item
//   Q  an administrator
//   T  a standing committee member
type Party = "A" | "O" | "S" | "B" | "X" | "Q" | "T";
const PARTIES: Record<Party, Actor> = {
  A: { id: 1, roles: ["CONTRIBUTOR"], isActive: true },
  O: { id: 2, roles: ["CONTRIBUTOR"], isActive: true },
  S: { id: 3, roles: ["SECRETARY"], isActive: true },
  B: { id: 4, roles: ["EDITORIAL_BOARD"], isActive: true },
  X: { id: 5, roles: ["CONTRIBUTOR", "EDITORIAL_BOARD"], isActive: true },
  Q: { id: 6, roles: ["ADMINISTRATOR"], isActive: true },
  T: { id: 7, roles: ["STANDING_COMMITTEE"], isActive: true },
};
const item = (status: ItemStatus): WorkflowItem => ({ status, createdById: 1, authorIds: [1, 5] });

// Who may make each move from each status; a status not listed: nobody.
const ALLOWED: Record<WorkflowMove, Partial<Record<ItemStatus, Party[]>>> = {
  submit: { DRAFT: ["A", "X"], RETURNED: ["A", "X"] },
  withdraw: { SUBMITTED: ["A", "X"] },
  return: { SUBMITTED: ["S", "B", "X"] },
  reject: { SUBMITTED: ["S", "B", "X"], FORWARDED: ["S", "B", "X"] },
  forward: { SUBMITTED: ["S", "B", "X"] },
  sendBack: { FORWARDED: ["B", "X"], SCHEDULED: ["B", "X"] },
  // Nobody approves an item they wrote: X is a board member, but an author.
  publish: { FORWARDED: ["B"], SCHEDULED: ["B"] },
  schedule: { FORWARDED: ["B"] },
  unschedule: { SCHEDULED: ["B", "X"] },
  // Only the scheduler, never a person.
  publishScheduled: {},
  unpublish: { PUBLISHED: ["B", "X"] },
  republish: { UNPUBLISHED: ["B"] },
};

const cases = WORKFLOW_MOVES.flatMap((move) =>
  STATUSES.flatMap((status) =>
    (Object.keys(PARTIES) as Party[]).map((party) => ({
      move,
      status,
      party,
      isAllowed: (ALLOWED[move][status] ?? []).includes(party),
    })),
  ),
);

describe("workflow transition matrix", () => {
  it("covers every move of the table", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...WORKFLOW_MOVES].sort());
  });

  it.each(cases)("$move from $status by $party: allowed=$isAllowed", ({ move, status, party, isAllowed }) => {
    const actor = PARTIES[party];
    expect(moveRefusal(actor, item(status), move) === null).toBe(isAllowed);
    if (isAllowed) expect(() => assertMove(actor, item(status), move)).not.toThrow();
    else expect(() => assertMove(actor, item(status), move)).toThrow();
    expect(allowedMoves(actor, item(status)).includes(move)).toBe(isAllowed);
  });

  it("a board member cannot approve an item they wrote, with a message saying why", () => {
    for (const move of ["publish", "schedule"] as const) {
      expect(() => assertMove(PARTIES.X, item("FORWARDED"), move)).toThrow(
        expect.objectContaining({ code: "FORBIDDEN", message: "Không ai được tự duyệt bài do chính mình viết." }),
      );
    }
    expect(() => assertMove(PARTIES.X, item("UNPUBLISHED"), "republish")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("a wrong status is INVALID_TRANSITION for someone who holds the capability, FORBIDDEN for others", () => {
    expect(() => assertMove(PARTIES.A, item("FORWARDED"), "withdraw")).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION" }));
    expect(() => assertMove(PARTIES.S, item("PUBLISHED"), "return")).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION" }));
    expect(() => assertMove(PARTIES.S, item("FORWARDED"), "publish")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertMove(PARTIES.O, item("DRAFT"), "submit")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertMove(PARTIES.B, item("SCHEDULED"), "publishScheduled")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("a disabled account can make no move at all", () => {
    const disabled: Actor = { ...PARTIES.B, isActive: false };
    for (const status of STATUSES) expect(allowedMoves(disabled, item(status))).toEqual([]);
  });

  it("roles combine: a secretary who also writes submits her own item and reviews others'", () => {
    const both: Actor = { id: 1, roles: ["CONTRIBUTOR", "SECRETARY"], isActive: true };
    expect(allowedMoves(both, item("DRAFT"))).toEqual(["submit"]);
    expect(allowedMoves(both, { status: "SUBMITTED", createdById: 9, authorIds: [9] })).toEqual(["return", "reject", "forward"]);
  });
});
