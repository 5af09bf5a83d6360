import "server-only";
import { db } from "@/lib/db";
import type { ItemKind, ItemStatus, RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import { royaltyPeriodRange } from "@/lib/royalties/royalty-period";
import { paymentStatus } from "@/lib/royalties/royalty-sheet-maths";
import type { MissingItem, RoyaltySheet, SheetAuthor, SheetPayment, SheetShareRow } from "@/lib/royalties/royalty-sheet-types";

type ShareRecord = {
  user_id: number;
  item_id: number;
  title: string;
  kind: ItemKind;
  status: ItemStatus;
  published_at: Date | null;
  genre: RoyaltyGenre;
  grade: string;
  coefficient: number;
  bonus_percent: number;
  share_basis_points: number;
  amount_vnd: number;
};

type AuthorRecord = { user_id: number; name: string; unit_name: string; item_count: number; total_vnd: bigint };

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");

/** The month's shares, one row each, in publication order. */
function loadShares(period: string) {
  return db.$queryRaw<ShareRecord[]>`
    SELECT r.user_id, r.item_id, i.title, i.kind, i.status, i.published_at, g.genre, g.grade, g.coefficient,
           g.bonus_percent, r.share_basis_points, r.amount_vnd
      FROM royalties r
      JOIN royalty_grades g ON g.id = r.grade_id
      JOIN items i ON i.id = r.item_id
     WHERE r.period = ${period}
     ORDER BY i.published_at NULLS LAST, i.id`;
}

/** Per author: their items and total, added up in SQL; also those only paid (shares gone since). */
function loadAuthors(period: string) {
  return db.$queryRaw<AuthorRecord[]>`
    SELECT u.id AS user_id, u.name, un.name AS unit_name,
           COALESCE(t.item_count, 0)::int AS item_count, COALESCE(t.total_vnd, 0)::bigint AS total_vnd
      FROM (SELECT user_id, COUNT(*) AS item_count, SUM(amount_vnd) AS total_vnd FROM royalties WHERE period = ${period} GROUP BY user_id) t
      FULL JOIN (SELECT user_id FROM royalty_payments WHERE period = ${period}) p ON p.user_id = t.user_id
      JOIN users u ON u.id = COALESCE(t.user_id, p.user_id)
      JOIN units un ON un.id = u.unit_id`;
}

/** Items first published in the month, still public, that nobody has graded. */
function loadMissing(period: string) {
  const { start, end } = royaltyPeriodRange(period);
  return db.$queryRaw<{ id: number; title: string; kind: ItemKind; published_at: Date; authors: string | null }[]>`
    SELECT i.id, i.title, i.kind, i.published_at,
           (SELECT string_agg(u.name, ', ' ORDER BY ia.sort_order, u.name)
              FROM item_authors ia JOIN users u ON u.id = ia.user_id WHERE ia.item_id = i.id) AS authors
      FROM items i
     WHERE ${publicItemSql("i")} AND i.published_at >= ${start} AND i.published_at < ${end}
       AND NOT EXISTS (SELECT 1 FROM royalty_grades g WHERE g.item_id = i.id)
     ORDER BY i.published_at, i.id`;
}

function loadTotals(period: string) {
  return db.$queryRaw<{ total: bigint; items: number }[]>`
    SELECT (SELECT COALESCE(SUM(amount_vnd), 0) FROM royalties WHERE period = ${period})::bigint AS total,
           (SELECT COUNT(*) FROM royalty_grades WHERE period = ${period})::int AS items`;
}

function loadMonth(period: string) {
  return db.royaltyMonth.findUnique({
    where: { period },
    select: {
      lockedAt: true,
      lockedBy: { select: { name: true } },
      events: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { action: true, reason: true, at: true, actor: { select: { name: true } } } },
    },
  });
}

function loadPayments(period: string) {
  return db.royaltyPayment.findMany({
    where: { period },
    select: { userId: true, amountVnd: true, paidOn: true, createdAt: true, recordedBy: { select: { name: true } } },
  });
}

function shareRow(record: ShareRecord): SheetShareRow {
  return {
    itemId: record.item_id,
    title: record.title,
    kind: record.kind,
    itemStatus: record.status,
    publishedAt: iso(record.published_at),
    genre: record.genre,
    grade: record.grade,
    coefficient: record.coefficient,
    bonusPercent: record.bonus_percent,
    shareBasisPoints: record.share_basis_points,
    amountVnd: record.amount_vnd,
  };
}

/** The secretary's sheet of one month ("2026-11"): authors, their items and amounts, the lock, payments, what is not graded. */
export async function getRoyaltySheet(period: string): Promise<RoyaltySheet> {
  const [shares, authorRecords, missingRecords, month, paymentRecords, totals] = await Promise.all([
    loadShares(period),
    loadAuthors(period),
    loadMissing(period),
    loadMonth(period),
    loadPayments(period),
    loadTotals(period),
  ]);
  const rowsByUser = new Map<number, ShareRecord[]>();
  for (const share of shares) {
    const list = rowsByUser.get(share.user_id);
    if (list) list.push(share);
    else rowsByUser.set(share.user_id, [share]);
  }
  const payments = new Map<number, SheetPayment>(
    paymentRecords.map((payment) => [
      payment.userId,
      {
        amountVnd: payment.amountVnd,
        paidOn: payment.paidOn.toISOString().slice(0, 10),
        recordedByName: payment.recordedBy.name,
        recordedAt: payment.createdAt.toISOString(),
      },
    ]),
  );
  const authors: SheetAuthor[] = authorRecords
    .map((record) => {
      const totalVnd = Number(record.total_vnd);
      const payment = payments.get(record.user_id) ?? null;
      return {
        userId: record.user_id,
        name: record.name,
        unitName: record.unit_name,
        rows: (rowsByUser.get(record.user_id) ?? []).map(shareRow),
        itemCount: record.item_count,
        totalVnd,
        payment,
        paymentStatus: paymentStatus(totalVnd, payment),
      };
    })
    .sort(byName);
  const missing: MissingItem[] = missingRecords.map((record) => ({
    itemId: record.id,
    title: record.title,
    kind: record.kind,
    publishedAt: record.published_at.toISOString(),
    authorsText: record.authors ?? "",
  }));
  return {
    period,
    isLocked: month?.lockedAt != null,
    lockedAt: iso(month?.lockedAt ?? null),
    lockedByName: month?.lockedBy?.name ?? null,
    events: (month?.events ?? []).map((event) => ({ action: event.action, reason: event.reason, actorName: event.actor.name, at: event.at.toISOString() })),
    authors,
    totalVnd: Number(totals[0]?.total ?? 0),
    gradedItemCount: totals[0]?.items ?? 0,
    paidTotalVnd: paymentRecords.reduce((sum, payment) => sum + payment.amountVnd, 0),
    paidAuthorCount: paymentRecords.length,
    differingPaymentCount: authors.filter((author) => author.paymentStatus === "PAID_DIFFERS").length,
    missing,
  };
}
