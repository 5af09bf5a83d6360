import { describe, expect, it, vi } from "vitest";
import { createSaveQueue, type SaveOutcome } from "@/components/editor/save-queue";
import type { ItemConflict } from "@/lib/items/editor-types";

type Sent = { payload: string; version: number; isAutosave: boolean };

/** A fake server: each send waits until the test answers it. */
function harness(initialVersion = 3) {
  let content = "a";
  const sent: Sent[] = [];
  const answers: ((outcome: SaveOutcome) => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const queue = createSaveQueue<string>({
    version: initialVersion,
    savedAt: null,
    snapshot: () => content,
    networkError: "Mất kết nối",
    send: (payload, meta) => {
      sent.push({ payload, ...meta });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<SaveOutcome>((resolve) => {
        answers.push((outcome) => {
          inFlight -= 1;
          resolve(outcome);
        });
      });
    },
  });
  const type = (text: string) => {
    content = text;
    queue.markChanged();
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const answer = async (outcome: SaveOutcome) => {
    answers.shift()!(outcome);
    await flush();
  };
  return { queue, sent, type, answer, flush, maxInFlight: () => maxInFlight };
}

const ok = (version: number, savedAt = "2026-11-23T07:05:00.000Z"): SaveOutcome => ({ ok: true, version, savedAt });
const conflict: ItemConflict = {
  version: 9,
  savedByName: "Trần Thị B",
  savedAt: "2026-11-23T07:04:00.000Z",
  title: "Bản của họ",
  lead: "",
  bodyHtml: "<p>họ</p>",
  bodyJson: { type: "doc", content: [{ type: "paragraph" }] },
};

describe("createSaveQueue", () => {
  it("sends the latest content with the version the previous save returned, one at a time", async () => {
    const h = harness(3);
    h.type("một");
    const first = h.queue.save({ isAutosave: true });
    await h.flush();
    expect(h.queue.getState().phase).toBe("saving");
    h.type("một hai");
    void h.queue.save({ isAutosave: true });
    h.type("một hai ba");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    expect(h.sent).toHaveLength(1);

    await h.answer(ok(4));
    // The two requests made meanwhile became one save of the newest text, on version 4.
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]).toEqual({ payload: "một hai ba", version: 4, isAutosave: true });
    await h.answer(ok(5));
    const settled = await first;
    expect(settled).toMatchObject({ phase: "saved", version: 5, isDirty: false, error: null });
    expect(h.maxInFlight()).toBe(1);
  });

  it("skips an autosave with nothing new, but a manual save always goes out", async () => {
    const h = harness();
    await h.queue.save({ isAutosave: true });
    expect(h.sent).toHaveLength(0);
    const manual = h.queue.save({ isAutosave: false });
    await h.flush();
    expect(h.sent).toEqual([{ payload: "a", version: 3, isAutosave: false }]);
    await h.answer(ok(4));
    expect((await manual).version).toBe(4);
  });

  it("a manual request merged with a waiting autosave is sent as manual", async () => {
    const h = harness();
    h.type("x");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    h.type("xy");
    void h.queue.save({ isAutosave: true });
    void h.queue.save({ isAutosave: false });
    await h.answer(ok(4));
    expect(h.sent[1]).toMatchObject({ payload: "xy", isAutosave: false, version: 4 });
  });

  it("stays dirty when the text changed while a save was in flight", async () => {
    const h = harness();
    h.type("x");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    h.type("xy");
    await h.answer(ok(4));
    expect(h.queue.getState()).toMatchObject({ phase: "saved", isDirty: true, version: 4 });
  });

  it("a conflict stops the queue until the person chooses", async () => {
    const h = harness(3);
    h.type("mine");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    h.type("mine 2");
    void h.queue.save({ isAutosave: true });
    await h.answer({ ok: false, error: "Người khác đã lưu", conflict });
    // The waiting request was dropped, and new ones are refused.
    expect(h.sent).toHaveLength(1);
    expect(h.queue.getState()).toMatchObject({ phase: "conflict", conflict, isDirty: true, version: 3 });
    h.type("mine 3");
    await h.queue.save({ isAutosave: true });
    await h.queue.save({ isAutosave: false });
    expect(h.sent).toHaveLength(1);
  });

  it("'Giữ bản của tôi' re-saves this text on top of their version, explicitly", async () => {
    const h = harness(3);
    h.type("mine");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    await h.answer({ ok: false, error: "x", conflict });
    const kept = h.queue.keepMine();
    await h.flush();
    expect(h.sent[1]).toEqual({ payload: "mine", version: 9, isAutosave: false });
    await h.answer(ok(10));
    expect(await kept).toMatchObject({ phase: "saved", version: 10, conflict: null, isDirty: false });
  });

  it("'Dùng bản của họ' takes their version and drops the unsaved changes", async () => {
    const h = harness(3);
    h.type("mine");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    await h.answer({ ok: false, error: "x", conflict });
    expect(h.queue.useTheirs()).toMatchObject({ phase: "saved", version: 9, savedAt: conflict.savedAt, isDirty: false, conflict: null });
    h.type("next");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    expect(h.sent[1]).toMatchObject({ payload: "next", version: 9 });
  });

  it("an error keeps the changes; retry sends them again", async () => {
    const h = harness(3);
    h.type("x");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    await h.answer({ ok: false, error: "Tiêu đề dài tối đa 300 ký tự." });
    expect(h.queue.getState()).toMatchObject({ phase: "error", error: "Tiêu đề dài tối đa 300 ký tự.", isDirty: true, version: 3 });
    const retried = h.queue.retry();
    await h.flush();
    expect(h.sent[1]).toEqual({ payload: "x", version: 3, isAutosave: false });
    await h.answer(ok(4));
    expect(await retried).toMatchObject({ phase: "saved", error: null, isDirty: false });
  });

  it("a thrown send (network down) is an error with the network message", async () => {
    const onChange = vi.fn();
    const queue = createSaveQueue<string>({
      version: 1,
      savedAt: null,
      snapshot: () => "x",
      networkError: "Mất kết nối",
      send: () => Promise.reject(new Error("fetch failed")),
      onChange,
    });
    queue.markChanged();
    expect(await queue.save({ isAutosave: true })).toMatchObject({ phase: "error", error: "Mất kết nối", isDirty: true });
    expect(onChange.mock.calls.map(([state]) => state.phase)).toEqual(["idle", "saving", "error"]);
  });

  it("rebase makes the next save meet a newer version as a conflict", async () => {
    const h = harness(7);
    h.queue.rebase(5);
    h.type("restored");
    void h.queue.save({ isAutosave: true });
    await h.flush();
    expect(h.sent[0].version).toBe(5);
  });
});
