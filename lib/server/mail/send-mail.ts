import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { env } from "@/lib/env";

/** A plain-text e-mail. `kind` names it in the log and audit when delivery fails (never its text). */
export type Mail = { to: string; subject: string; text: string; kind?: string };

/** Whether e-mail is configured (SMTP_URL). Features that need it hide themselves otherwise. */
export const isMailEnabled = (): boolean => Boolean(env().smtpUrl);

type Transport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };
let transport: { url: string; instance: Transport } | undefined;

// A dead or silent server must not hold a sender (a background job, a person
// waiting for "Quên mật khẩu") for nodemailer's default two minutes.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

async function transportFor(url: string): Promise<Transport> {
  if (transport?.url !== url) {
    const nodemailer = await import("nodemailer");
    transport = { url, instance: nodemailer.createTransport(url, TIMEOUTS) };
  }
  return transport.instance;
}

/** What an operator may read about a failure: the server's answer, never the URL's credentials. */
function failureText(error: unknown, smtpUrl: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const password = URL.canParse(smtpUrl) ? decodeURIComponent(new URL(smtpUrl).password) : "";
  return (password ? message.replaceAll(password, "***") : message).slice(0, 500);
}

/**
 * Sends a plain-text e-mail through SMTP_URL (nodemailer is loaded only then).
 * A refusal or an unreachable server is logged and written to the audit log
 * ("mail.failed": recipient, subject and the server's answer, never the body,
 * which may hold a one-time link), then thrown for the caller to decide.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = env();
  if (!smtpUrl) throw new Error("SMTP_URL is not set: e-mail is disabled.");
  try {
    const sender = await transportFor(smtpUrl);
    await sender.sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (error) {
    const reason = failureText(error, smtpUrl);
    console.error(`E-mail "${mail.kind ?? "mail"}" to ${mail.to} failed: ${reason}`);
    await recordAudit({
      action: "mail.failed",
      result: "FAILURE",
      objectType: "mail",
      details: { kind: mail.kind ?? null, to: mail.to, subject: mail.subject, reason },
    }).catch((auditError: unknown) => console.error("Could not audit the failed e-mail:", auditError));
    throw error;
  }
}
