// When to autosave: a few seconds after the last change, and no later than a
// maximum wait while someone types without pausing. Framework-free.

export type AutosaveTimerOptions = {
  /** Quiet time after the last change. */
  delayMs: number;
  /** Longest time a change may wait while changes keep coming. */
  maxWaitMs: number;
  onFire: () => void;
  now?: () => number;
};

export function createAutosaveTimer({ delayMs, maxWaitMs, onFire, now = Date.now }: AutosaveTimerOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const fire = () => {
    clear();
    firstChangeAt = null;
    onFire();
  };

  return {
    /** A change happened: (re)start the countdown. */
    poke() {
      const at = now();
      firstChangeAt ??= at;
      clear();
      const wait = Math.min(delayMs, Math.max(0, firstChangeAt + maxWaitMs - at));
      timer = setTimeout(fire, wait);
    },
    /** Save now if a countdown is running (leaving the page). */
    flush() {
      if (timer !== null) fire();
    },
    cancel() {
      clear();
      firstChangeAt = null;
    },
    isPending: () => timer !== null,
  };
}
