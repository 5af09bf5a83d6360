// A real SMTP server for tests: it accepts (or refuses with 550) what the app
// sends through nodemailer and keeps each message's raw bytes, decoded just
// enough to check it (headers, RFC 2047 subject, the text/plain part).
import net from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  raw: string;
  envelopeTo: string[];
  headers: Map<string, string>;
  subject: string;
  /** The text/plain part, transfer-decoded, as UTF-8. */
  text: string;
  contentType: string;
};

export type SmtpSink = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** When set, every recipient is refused with "550 <message>". */
  refuseWith: string | null;
  close(): Promise<void>;
};

const USER = "sink-user";
export const SINK_PASSWORD = "sink-pass-Q7xZ";

function decodeQuotedPrintable(text: string): Buffer {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1");
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), adjacent ones joined. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, encoding: string, data: string) =>
    encoding.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")).toString("utf8"),
  );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const index = raw.search(/\r?\n\r?\n/);
  const separator = raw.slice(index).match(/^\r?\n\r?\n/)![0];
  return { headers: parseHeaders(raw.slice(0, index)), body: raw.slice(index + separator.length) };
}

function decodeBody(body: string, encoding: string | undefined): string {
  const kind = (encoding ?? "7bit").toLowerCase();
  if (kind === "quoted-printable") return decodeQuotedPrintable(body).toString("utf8");
  if (kind === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return Buffer.from(body, "latin1").toString("utf8");
}

/** The first text/plain entity, descending into multipart bodies. */
function plainPart(raw: string): { text: string; contentType: string } | null {
  const { headers, body } = splitEntity(raw);
  const contentType = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith("--")) break;
      const found = plainPart(part.replace(/^\r?\n/, ""));
      if (found) return found;
    }
    return null;
  }
  return /^text\/plain/i.test(contentType) ? { text: decodeBody(body, headers.get("content-transfer-encoding")), contentType } : null;
}

export function parseMail(raw: string, envelopeTo: string[] = []): ReceivedMail {
  const { headers } = splitEntity(raw);
  const plain = plainPart(raw);
  return {
    raw,
    envelopeTo,
    headers,
    subject: decodeWords(headers.get("subject") ?? ""),
    text: plain?.text.replace(/\r\n/g, "\n") ?? "",
    contentType: plain?.contentType ?? "",
  };
}

/** Starts a sink on a free 127.0.0.1 port, with AUTH (over plain text, as a LAN relay might) and no STARTTLS. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: Omit<SmtpSink, "url" | "port" | "close"> = { received: [], refuseWith: null };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === SINK_PASSWORD) callback(null, { user: USER });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (sink.refuseWith === null) return callback();
      const error = Object.assign(new Error(sink.refuseWith), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        sink.received.push(parseMail(Buffer.concat(chunks).toString("latin1"), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return Object.assign(sink, {
    port,
    url: `smtp://${USER}:${SINK_PASSWORD}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as SmtpSink;
}

/** A port nothing listens on (taken, then released): "the mail server is down". */
export async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
