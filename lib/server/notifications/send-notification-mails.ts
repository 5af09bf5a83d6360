import "server-only";
import { isMailEnabled, sendMail, type Mail } from "@/lib/server/mail/send-mail";

// E-mail copies of notifications, sent after the move has committed. A mail
// server that is down or slow never undoes or delays a move: failures are
// logged, never thrown.

/** Sends each mail in turn when SMTP is configured; resolves when done. */
export async function sendNotificationMails(mails: readonly Mail[]): Promise<void> {
  if (mails.length === 0 || !isMailEnabled()) return;
  for (const mail of mails) {
    try {
      await sendMail(mail);
    } catch (error) {
      console.error(`notification mail to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Starts sending in the background (the caller's answer does not wait for SMTP). */
export function dispatchNotificationMails(mails: readonly Mail[]): void {
  void sendNotificationMails(mails).catch((error: unknown) => console.error("notification mails failed:", error));
}
