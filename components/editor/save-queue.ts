// The editor's saves, one at a time. Framework-free so it can be tested alone.
//
// Never two saves in flight: a save asked for while one is running waits for
// it and then goes out with the version that one returned, so the editor never
// conflicts with itself. Requests that pile up meanwhile become one save of
// the latest content. A conflict (somebody else saved first) stops the queue
// until the person chooses whose text to keep; nothing is overwritten silently.
import type { ItemConflict } from "@/lib/items/editor-types";

export type SaveOutcome = { ok: true; version: number; savedAt: string } | { ok: false; error: string; conflict?: ItemConflict };

export type SavePhase = "idle" | "saving" | "saved" | "error" | "conflict";

export type SaveQueueState = {
  phase: SavePhase;
  /** The version the next save is based on. */
  version: number;
  /** ISO time of the last successful save. */
  savedAt: string | null;
  error: string | null;
  conflict: ItemConflict | null;
  /** There are changes no successful save has carried yet. */
  isDirty: boolean;
};

export type SaveQueueOptions<P> = {
  version: number;
  savedAt: string | null;
  /** The content to save, read when the save is sent (always the latest). */
  snapshot: () => P;
  send: (payload: P, meta: { version: number; isAutosave: boolean }) => Promise<SaveOutcome>;
  onChange?: (state: SaveQueueState) => void;
  /** Shown when `send` throws (network down, server unreachable). */
  networkError: string;
};

export type SaveQueue = ReturnType<typeof createSaveQueue>;

export function createSaveQueue<P>(options: SaveQueueOptions<P>) {
  let state: SaveQueueState = {
    phase: "idle",
    version: options.version,
    savedAt: options.savedAt,
    error: null,
    conflict: null,
    isDirty: false,
  };
  // Every change bumps `changed`; a save carries the value it saw.
  let changed = 0;
  let saved = 0;
  let pending: { isAutosave: boolean } | null = null;
  let isRunning = false;
  let waiters: ((state: SaveQueueState) => void)[] = [];

  const update = (next: Partial<SaveQueueState>) => {
    state = { ...state, ...next };
    options.onChange?.(state);
  };

  async function sendOne(request: { isAutosave: boolean }) {
    // An autosave with nothing new is not worth a request; a click on "Lưu" always is.
    if (request.isAutosave && changed === saved) return;
    const carried = changed;
    update({ phase: "saving" });
    let outcome: SaveOutcome;
    try {
      outcome = await options.send(options.snapshot(), { version: state.version, isAutosave: request.isAutosave });
    } catch {
      outcome = { ok: false, error: options.networkError };
    }
    if (outcome.ok) {
      saved = Math.max(saved, carried);
      update({ phase: "saved", version: outcome.version, savedAt: outcome.savedAt, error: null, isDirty: changed !== saved });
    } else if (outcome.conflict) {
      pending = null;
      update({ phase: "conflict", conflict: outcome.conflict, error: outcome.error });
    } else {
      update({ phase: "error", error: outcome.error });
    }
  }

  async function run() {
    isRunning = true;
    try {
      while (pending && state.phase !== "conflict") {
        const request = pending;
        pending = null;
        await sendOne(request);
      }
    } finally {
      // In the same synchronous step as the last check of `pending`, so a
      // request can never slip in between and be left unsent.
      isRunning = false;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve(state);
    }
  }

  /**
   * Asks for a save; resolves once the queue is idle again. While a conflict
   * waits for a decision, nothing is sent.
   */
  function save(request: { isAutosave: boolean }): Promise<SaveQueueState> {
    if (state.phase === "conflict") return Promise.resolve(state);
    pending = { isAutosave: (pending?.isAutosave ?? true) && request.isAutosave };
    const idle = new Promise<SaveQueueState>((resolve) => waiters.push(resolve));
    if (!isRunning) void run();
    return idle;
  }

  return {
    getState: () => state,

    /** The content changed (typing, a field, an image). */
    markChanged() {
      changed += 1;
      if (!state.isDirty) update({ isDirty: true });
    },

    save,

    /** After "Chưa lưu được": the same content again, as a manual save. */
    retry(): Promise<SaveQueueState> {
      return save({ isAutosave: false });
    },

    isBusy: () => isRunning,

    /** Bases the next save on an older version (a restored local copy), so a newer one is a conflict. */
    rebase(version: number) {
      if (!isRunning && state.phase !== "conflict") update({ version });
    },

    /** "Dùng bản của họ": the editor now shows their text, which is saved as it is. */
    useTheirs(): SaveQueueState {
      const conflict = state.conflict;
      if (!conflict) return state;
      saved = changed;
      update({ phase: "saved", version: conflict.version, savedAt: conflict.savedAt, conflict: null, error: null, isDirty: false });
      return state;
    },

    /** "Giữ bản của tôi": saves this text on top of their version, on purpose. */
    keepMine(): Promise<SaveQueueState> {
      const conflict = state.conflict;
      if (!conflict) return Promise.resolve(state);
      update({ phase: "idle", version: conflict.version, conflict: null, error: null });
      return save({ isAutosave: false });
    },
  };
}
