import { describe, expect, it } from "vitest";
import { queryMessage, ReadyForQueryScanner, syncMessage, takeFrontendMessage } from "@/lib/runtime/pg-wire";

function startup(): Buffer {
  const params = Buffer.from("user\0postgres\0database\0postgres\0\0", "latin1");
  const message = Buffer.alloc(8 + params.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(196608, 4);
  params.copy(message, 8);
  return message;
}

function typed(type: string, body: Buffer): Buffer {
  const message = Buffer.alloc(5 + body.length);
  message.write(type, 0, "latin1");
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

const ready = (status: "I" | "T" | "E") => typed("Z", Buffer.from(status, "latin1"));
const dataRow = (size: number) => typed("D", Buffer.alloc(size, 0x5a)); // full of 'Z' bytes on purpose

describe("takeFrontendMessage", () => {
  it("answers an SSL request apart from the startup message that follows it", () => {
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    const first = takeFrontendMessage(Buffer.concat([ssl, startup()]), false);
    expect(first?.message.kind).toBe("encryption-request");
    const second = takeFrontendMessage(first!.rest, false);
    expect(second?.message.kind).toBe("startup");
    expect(second?.rest.length).toBe(0);
  });

  it("recognises a cancel request", () => {
    const cancel = Buffer.alloc(16);
    cancel.writeInt32BE(16, 0);
    cancel.writeInt32BE(80877102, 4);
    expect(takeFrontendMessage(cancel, false)?.message.kind).toBe("cancel-request");
  });

  it("waits for the rest of a message cut by TCP, then yields each in order", () => {
    const parse = typed("P", Buffer.from("\0select $1\0\0\0", "latin1"));
    const bind = typed("B", Buffer.alloc(70_000, 1));
    const stream = Buffer.concat([parse, bind, syncMessage()]);
    expect(takeFrontendMessage(stream.subarray(0, 3), true)).toBeUndefined();
    expect(takeFrontendMessage(stream.subarray(0, parse.length + 100), true)?.message).toMatchObject({ type: "P" });
    let rest: Buffer = stream;
    const types: string[] = [];
    for (let taken = takeFrontendMessage(rest, true); taken; taken = takeFrontendMessage(rest, true)) {
      if (taken.message.kind === "typed") types.push(taken.message.type);
      rest = taken.rest;
    }
    expect(types).toEqual(["P", "B", "S"]);
    expect(takeFrontendMessage(stream.subarray(0, parse.length + 5000), true)?.rest.length).toBe(5000);
  });

  it("refuses an unknown protocol version and a negative length", () => {
    const old = Buffer.alloc(8);
    old.writeInt32BE(8, 0);
    old.writeInt32BE(131072, 4);
    expect(() => takeFrontendMessage(old, false)).toThrow(/protocol/);
    const bad = Buffer.from([0x51, 0, 0, 0, 2]);
    expect(() => takeFrontendMessage(bad, true)).toThrow(/length/);
  });
});

describe("ReadyForQueryScanner", () => {
  it("reads the status of the last ReadyForQuery, skipping row data that looks like one", () => {
    const scanner = new ReadyForQueryScanner();
    scanner.push(Buffer.concat([typed("1", Buffer.alloc(0)), dataRow(300)]));
    expect(scanner.lastStatus).toBeUndefined();
    scanner.push(Buffer.concat([typed("C", Buffer.from("SELECT 1\0")), ready("T")]));
    expect(scanner.lastStatus).toBe("T");
    scanner.push(ready("I"));
    expect(scanner.lastStatus).toBe("I");
  });

  it("follows a stream cut at every possible byte", () => {
    const stream = Buffer.concat([dataRow(40), ready("E"), dataRow(7), ready("I")]);
    for (let cut = 0; cut <= stream.length; cut++) {
      for (let second = cut; second <= stream.length; second += 5) {
        const scanner = new ReadyForQueryScanner();
        scanner.push(stream.subarray(0, cut));
        scanner.push(stream.subarray(cut, second));
        scanner.push(stream.subarray(second));
        expect(scanner.lastStatus).toBe("I");
      }
    }
    const failed = new ReadyForQueryScanner();
    for (const byte of Buffer.concat([dataRow(3), ready("E")])) failed.push(Buffer.from([byte]));
    expect(failed.lastStatus).toBe("E");
  });

  it("builds the messages it sends itself", () => {
    expect([...syncMessage()]).toEqual([0x53, 0, 0, 0, 4]);
    const rollback = queryMessage("ROLLBACK");
    expect(rollback.toString("latin1", 0, 1)).toBe("Q");
    expect(rollback.readInt32BE(1)).toBe(rollback.length - 1);
    expect(rollback.toString("utf8", 5)).toBe("ROLLBACK\0");
  });
});
