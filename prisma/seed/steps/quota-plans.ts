// The yearly writing targets of plan 91-KH/ĐUK (seed 000), for last year and
// this year, so the quota report has something to measure. Last year's plan
// let spare articles stand in for missing news, this year's does not, so the
// demo shows both settings.
import type { Position, QuotaPeriod, UnitKind } from "@/lib/generated/prisma/enums";
import type { SeedContext } from "../context";

type Minimums = { minInDepth?: number; minArticles?: number; minNews?: number; minAny?: number };
type PersonRule = Minimums & { position: Position; note: string };
type UnitRule = Minimums & { unitKind: UnitKind; period: QuotaPeriod; note: string };

const PERSON_RULES: PersonRule[] = [
  { position: "STANDING_MEMBER", minInDepth: 1, note: "Thường trực Đảng ủy khối: viết 01 bài chuyên sâu về công tác xây dựng Đảng." },
  { position: "HEAD", minArticles: 2, note: "Trưởng ban và Trưởng các đoàn thể: viết ít nhất 02 bài/năm." },
  { position: "DEPUTY", minArticles: 1, minNews: 2, note: "Phó Trưởng ban và Phó các đoàn thể: viết ít nhất 01 bài và 02 tin/năm." },
  { position: "STAFF", minNews: 5, note: "Cán bộ, chuyên viên: tham gia viết bài và viết ít nhất 05 tin/năm." },
];

const UNIT_RULES: UnitRule[] = [
  { unitKind: "GRASSROOTS", period: "YEAR", minAny: 1, note: "Mỗi cấp ủy cơ sở: viết ít nhất 01 tin hoặc bài/năm." },
  { unitKind: "DEPARTMENT", period: "MONTH", minAny: 1, note: "Các ban của Đảng ủy khối: tham gia viết tin, bài hằng tháng." },
  { unitKind: "MASS_ORGANISATION", period: "MONTH", minAny: 1, note: "Các đoàn thể: tham gia viết tin, bài hằng tháng." },
];

const minimums = (rule: Minimums) => ({
  minInDepth: rule.minInDepth ?? 0,
  minArticles: rule.minArticles ?? 0,
  minNews: rule.minNews ?? 0,
  minAny: rule.minAny ?? 0,
});

export async function seedQuotaPlans(context: SeedContext): Promise<void> {
  const { clock, tx } = context;
  const plans = [
    { year: clock.lastYear, reference: "112-KH/ĐUK", isArticleForNewsAllowed: true },
    { year: clock.thisYear, reference: "135-KH/ĐUK", isArticleForNewsAllowed: false },
  ];
  for (const plan of plans) {
    await tx.quotaPlan.create({
      data: {
        year: plan.year,
        name: `Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm ${plan.year}`,
        reference: plan.reference,
        // A DATE column: midnight UTC of 28/02 is that calendar day.
        issuedOn: new Date(Date.UTC(plan.year, 1, 28)),
        isArticleForNewsAllowed: plan.isArticleForNewsAllowed,
        rules: {
          create: [
            ...PERSON_RULES.map((rule) => ({ subject: "PERSON" as const, position: rule.position, note: rule.note, ...minimums(rule) })),
            ...UNIT_RULES.map((rule) => ({ subject: "UNIT" as const, unitKind: rule.unitKind, period: rule.period, note: rule.note, ...minimums(rule) })),
          ],
        },
      },
    });
  }
}
