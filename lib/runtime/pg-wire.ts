// Just enough of the PostgreSQL wire protocol (v3) to serve one PGlite
// session to many TCP connections: cut the client's byte stream into whole
// messages, and read the transaction status off each ReadyForQuery the
// backend sends. Pure: no sockets, no database.
// https://www.postgresql.org/docs/current/protocol-message-formats.html

const PROTOCOL_V3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** What a connection's next bytes are, given whether the startup message came. */
export type FrontendMessage =
  | { kind: "encryption-request"; bytes: Buffer }
  | { kind: "cancel-request"; bytes: Buffer }
  | { kind: "startup"; bytes: Buffer }
  | { kind: "typed"; type: string; bytes: Buffer };

/** Backend transaction status: idle, in a transaction, or in a failed one. */
export type TransactionStatus = "I" | "T" | "E";

/**
 * Takes the first whole message off `buffer`, or nothing when more bytes are
 * needed. Before the startup message, messages have no type byte.
 */
export function takeFrontendMessage(
  buffer: Buffer,
  hasStarted: boolean,
): { message: FrontendMessage; rest: Buffer } | undefined {
  if (!hasStarted) {
    if (buffer.length < 8) return undefined;
    const length = buffer.readInt32BE(0);
    if (length < 8 || buffer.length < length) return undefined;
    const code = buffer.readInt32BE(4);
    const bytes = buffer.subarray(0, length);
    const rest = buffer.subarray(length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { message: { kind: "encryption-request", bytes }, rest };
    if (code === CANCEL_REQUEST) return { message: { kind: "cancel-request", bytes }, rest };
    if (code !== PROTOCOL_V3) throw new Error(`Unsupported protocol version ${code}`);
    return { message: { kind: "startup", bytes }, rest };
  }
  if (buffer.length < 5) return undefined;
  const length = buffer.readInt32BE(1);
  if (length < 4) throw new Error(`Malformed message length ${length}`);
  const total = 1 + length;
  if (buffer.length < total) return undefined;
  return {
    message: { kind: "typed", type: String.fromCharCode(buffer[0]), bytes: buffer.subarray(0, total) },
    rest: buffer.subarray(total),
  };
}

/**
 * Follows a backend byte stream, arriving in chunks cut anywhere, and
 * remembers the status of the last ReadyForQuery ('Z') it saw. Walks message
 * headers only: a large DataRow costs nothing to skip.
 */
export class ReadyForQueryScanner {
  private header = Buffer.alloc(6);
  private headerFilled = 0;
  private bodyLeft = 0;
  private status: TransactionStatus | undefined;

  /** The status of the last ReadyForQuery seen, if any. */
  get lastStatus(): TransactionStatus | undefined {
    return this.status;
  }

  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft > 0) {
        const skip = Math.min(this.bodyLeft, chunk.length - offset);
        this.bodyLeft -= skip;
        offset += skip;
        continue;
      }
      // Read the 5-byte header (type + length); for 'Z' also its status byte.
      const wanted = this.header[0] === 0x5a && this.headerFilled >= 5 ? 6 : 5;
      const take = Math.min(wanted - this.headerFilled, chunk.length - offset);
      this.header.set(chunk.subarray(offset, offset + take), this.headerFilled);
      this.headerFilled += take;
      offset += take;
      if (this.headerFilled < 5) continue;
      const isReady = this.header[0] === 0x5a;
      if (isReady && this.headerFilled < 6) continue;
      const length = this.header.readInt32BE(1);
      if (isReady) {
        this.status = String.fromCharCode(this.header[5]) as TransactionStatus;
        this.bodyLeft = length - 5;
      } else {
        this.bodyLeft = length - 4;
      }
      this.headerFilled = 0;
      this.header[0] = 0;
    }
  }
}

/** A simple-protocol Query message ('Q'), e.g. to roll back a dropped connection's transaction. */
export function queryMessage(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** A Sync message ('S'): ends an extended-protocol batch, even one cut short by an error. */
export function syncMessage(): Buffer {
  return Buffer.from([0x53, 0, 0, 0, 4]);
}

export const TERMINATE = "X";
