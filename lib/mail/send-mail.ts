import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

/** Whether e-mail is configured (SMTP_URL). Features that need it hide themselves otherwise. */
export const isMailEnabled = (): boolean => Boolean(env().smtpUrl);

type Transport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };
let transport: Transport | undefined;

/** Sends a plain-text e-mail through SMTP_URL (nodemailer is loaded only then). */
export async function sendMail(mail: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = env();
  if (!smtpUrl) throw new Error("SMTP_URL is not set: e-mail is disabled.");
  if (!transport) {
    const nodemailer = await import("nodemailer");
    transport = nodemailer.createTransport(smtpUrl);
  }
  await transport.sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
}
