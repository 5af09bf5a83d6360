// One holder at a time, first come first served: who may talk to the single
// PGlite session. A holder keeps it across as many messages as it needs
// (an extended-protocol batch, a whole transaction) and gives it back when
// the backend is idle again.

type Waiter<Owner> = { owner: Owner; grant: () => void; refuse: (reason: Error) => void };

export class SessionLease<Owner> {
  private current: Owner | undefined;
  private queue: Waiter<Owner>[] = [];

  get holder(): Owner | undefined {
    return this.current;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves once `owner` holds the lease (at once when it already does). */
  acquire(owner: Owner): Promise<void> {
    if (this.current === owner) return Promise.resolve();
    if (this.current === undefined && this.queue.length === 0) {
      this.current = owner;
      return Promise.resolve();
    }
    return new Promise((grant, refuse) => this.queue.push({ owner, grant, refuse }));
  }

  /** Hands the lease to the next waiter; a no-op for anyone but the holder. */
  release(owner: Owner): void {
    if (this.current !== owner) return;
    const next = this.queue.shift();
    this.current = next?.owner;
    next?.grant();
  }

  /** A waiter that went away before its turn: its `acquire` rejects with `reason`. */
  withdraw(owner: Owner, reason: Error): void {
    const leaving = this.queue.filter((waiter) => waiter.owner === owner);
    this.queue = this.queue.filter((waiter) => waiter.owner !== owner);
    for (const waiter of leaving) waiter.refuse(reason);
  }
}
