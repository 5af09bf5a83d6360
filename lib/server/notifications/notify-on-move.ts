import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Mail } from "@/lib/server/mail/send-mail";
import {
  notificationMessage,
  notificationSubject,
  type NotificationEvent,
  type NotificationFacts,
} from "@/lib/notifications/notification-texts";
import { adminPaths } from "@/lib/urls";

// Who hears about what: the next hands an item passes into, and its authors
// when something happens to their work. Never the person who did it.

type Audience = { role: Role } | "authors" | null;

export const AUDIENCES = {
  submit: { role: "SECRETARY" },
  withdraw: null,
  return: "authors",
  reject: "authors",
  forward: { role: "EDITORIAL_BOARD" },
  sendBack: { role: "SECRETARY" },
  publish: "authors",
  // The approval itself, with the promised time: the authors may want to share it.
  schedule: "authors",
  unschedule: null,
  publishScheduled: "authors",
  unpublish: "authors",
  republish: "authors",
  correct: "authors",
  note: "authors",
} as const satisfies Record<NotificationEvent, Audience>;

export type NotifyInput = {
  event: NotificationEvent;
  item: { id: number; title: string; createdById: number; authorIds: readonly number[] };
  actor: { id: number; name: string };
  note?: string | null;
  scheduledAt?: Date | null;
};

async function recipients(tx: Prisma.TransactionClient, audience: Audience, input: NotifyInput) {
  if (audience === null) return [];
  const where: Prisma.UserWhereInput =
    audience === "authors"
      ? { id: { in: [input.item.createdById, ...input.item.authorIds] } }
      : { roles: { has: audience.role } };
  return tx.user.findMany({
    where: { AND: [where, { isActive: true, id: { not: input.actor.id } }] },
    select: { id: true, email: true, name: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Writes the in-app notifications of an event inside the caller's
 * transaction and returns the e-mails to send once it has committed
 * (none when SMTP is not configured: see sendNotificationMails).
 */
export async function notifyOnMove(tx: Prisma.TransactionClient, input: NotifyInput): Promise<Mail[]> {
  const people = await recipients(tx, AUDIENCES[input.event], input);
  if (people.length === 0) return [];
  const facts: NotificationFacts = {
    actorName: input.actor.name,
    title: input.item.title,
    note: input.note ?? null,
    scheduledAt: input.scheduledAt ?? null,
  };
  const message = notificationMessage(input.event, facts);
  await tx.notification.createMany({
    data: people.map((person) => ({ userId: person.id, type: `item.${input.event}`, itemId: input.item.id, message })),
  });
  const { siteUrl, siteName } = env();
  const link = `${siteUrl}${adminPaths.item(input.item.id)}`;
  const subject = `${notificationSubject(input.event, facts)} — ${siteName}`;
  return people.map((person) => ({
    kind: `notification.${input.event}`,
    to: person.email,
    subject,
    text: [`Kính gửi ${person.name},`, "", message, "", `Xem bài: ${link}`, "", `Thư tự động từ ${siteName}.`].join("\n"),
  }));
}
