// Serves one PGlite database to any number of TCP connections without ever
// mixing their conversations.
//
// PGlite is a single PostgreSQL session. @electric-sql/pglite-socket (up to
// 0.2.18) queues each protocol *message* and pins a connection only while an
// explicit transaction is open, so two connections' extended-protocol
// batches (Parse/Bind/Describe/Execute/Sync) can interleave: B's Parse
// replaces the unnamed statement between A's Parse and A's Bind, and A binds
// its values into B's statement (electric-sql/pglite#1046, open). Here a
// connection takes the session with its first message and keeps it until
// the backend says ReadyForQuery with status idle: a whole batch, a whole
// transaction. Everyone else waits their turn, first come first served.
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { queryMessage, ReadyForQueryScanner, syncMessage, takeFrontendMessage, TERMINATE } from "./pg-wire";
import { SessionLease } from "./session-lease";

// A holder this long is almost always a transaction whose code waits on a
// query sent through another connection: that wait never ends here.
const LONG_HOLD_WARNING_MS = 15_000;

export type PgliteSessionServer = {
  port: number;
  stop(): Promise<void>;
};

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private hasStarted = false;
  private isClosed = false;
  private pumping: Promise<void> | undefined;

  constructor(
    private readonly socket: net.Socket,
    private readonly db: PGlite,
    private readonly lease: SessionLease<Connection>,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      // The pump takes bytes that arrive while it runs on its next turn; it
      // stops only when no whole message is left.
      this.pumping ??= this.pump().finally(() => {
        this.pumping = undefined;
      });
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.close());
  }

  /** Runs this connection's whole messages one at a time, in order. */
  private async pump(): Promise<void> {
    try {
      while (!this.isClosed) {
        const taken = takeFrontendMessage(this.buffer, this.hasStarted);
        if (!taken) return;
        this.buffer = taken.rest;
        const { message } = taken;
        if (message.kind === "encryption-request") {
          this.socket.write("N");
        } else if (message.kind === "cancel-request") {
          // PGlite has no backend to signal; the protocol expects no answer.
          this.socket.destroy();
          return;
        } else {
          if (message.kind === "startup") this.hasStarted = true;
          await this.execute(message.bytes, message.kind === "typed" && message.type === TERMINATE);
        }
      }
    } catch (error) {
      if (!this.isClosed) console.error("Embedded PostgreSQL: connection dropped:", (error as Error).message);
      this.socket.destroy();
    }
  }

  private async execute(bytes: Buffer, isTerminate: boolean): Promise<void> {
    await this.waitForSession();
    const scanner = new ReadyForQueryScanner();
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(new Uint8Array(bytes), {
          onRawData: (data) => {
            scanner.push(data);
            if (this.socket.writable) this.socket.write(Buffer.from(data));
          },
        }),
      );
    } catch (error) {
      await this.resetSession();
      throw error;
    }
    if (isTerminate) {
      await this.resetSession();
      this.socket.end();
    } else if (scanner.lastStatus === "I") {
      this.lease.release(this);
    }
  }

  private async waitForSession(): Promise<void> {
    const warning = setTimeout(() => {
      console.warn(
        `Embedded PostgreSQL: a query has waited ${LONG_HOLD_WARNING_MS / 1000} s for the database; ` +
          "another connection holds it (an open transaction waiting on a query outside it?).",
      );
    }, LONG_HOLD_WARNING_MS);
    try {
      await this.lease.acquire(this);
    } finally {
      clearTimeout(warning);
    }
  }

  /**
   * Leaves the session as a fresh connection finds it: ends a half-sent
   * extended batch, rolls back an open transaction, then lets the next in.
   */
  private async resetSession(): Promise<void> {
    if (this.lease.holder !== this) return;
    try {
      // Their answers go nowhere: nobody is waiting for them.
      const discard = { onRawData: () => undefined };
      await this.db.runExclusive(async () => {
        await this.db.execProtocolRawStream(new Uint8Array(syncMessage()), discard);
        if (this.db.isInTransaction()) await this.db.execProtocolRawStream(new Uint8Array(queryMessage("ROLLBACK")), discard);
      });
    } catch (error) {
      console.error("Embedded PostgreSQL: could not reset the session:", (error as Error).message);
    } finally {
      this.lease.release(this);
    }
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.lease.withdraw(this, new Error("connection closed"));
    await this.pumping?.catch(() => undefined);
    await this.resetSession();
    this.socket.destroy();
  }
}

/** Listens on host:port (0: any free port) and serves `db` to every connection. */
export async function servePgliteSession(options: {
  db: PGlite;
  host: string;
  port: number;
}): Promise<PgliteSessionServer> {
  await options.db.waitReady;
  const lease = new SessionLease<Connection>();
  const connections = new Set<Connection>();
  const server = net.createServer((socket) => {
    const connection = new Connection(socket, options.db, lease);
    connections.add(connection);
    socket.on("close", () => connections.delete(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    async stop() {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...connections].map((connection) => connection.close()));
      await closing;
    },
  };
}
