// The yearly writing targets of plan 91-KH/ĐUK (seed 000), for last year and
// this year, so the quota report has something to measure.
import type { Position } from "@/lib/generated/prisma/enums";
import type { SeedContext } from "../context";

type PersonRule = { position: Position; minInDepth?: number; minArticles?: number; minNews?: number; note: string };

const PERSON_RULES: PersonRule[] = [
  { position: "STANDING_MEMBER", minInDepth: 1, note: "Thường trực Đảng ủy khối: viết 01 bài chuyên sâu về công tác xây dựng Đảng." },
  { position: "HEAD", minArticles: 2, note: "Trưởng ban và Trưởng các đoàn thể: viết ít nhất 02 bài/năm." },
  { position: "DEPUTY", minArticles: 1, minNews: 2, note: "Phó Trưởng ban và Phó các đoàn thể: viết ít nhất 01 bài và 02 tin/năm." },
  { position: "STAFF", minNews: 5, note: "Cán bộ, chuyên viên: tham gia viết bài và viết ít nhất 05 tin/năm." },
];

export async function seedQuotaPlans(context: SeedContext): Promise<void> {
  const { clock, tx } = context;
  const plans = [
    { year: clock.lastYear, reference: "112-KH/ĐUK" },
    { year: clock.thisYear, reference: "135-KH/ĐUK" },
  ];
  for (const plan of plans) {
    await tx.quotaPlan.create({
      data: {
        year: plan.year,
        name: `Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm ${plan.year}`,
        reference: plan.reference,
        rules: {
          create: [
            ...PERSON_RULES.map((rule) => ({
              subject: "PERSON" as const,
              position: rule.position,
              minInDepth: rule.minInDepth ?? 0,
              minArticles: rule.minArticles ?? 0,
              minNews: rule.minNews ?? 0,
              note: rule.note,
            })),
            {
              subject: "UNIT" as const,
              unitKind: "GRASSROOTS" as const,
              minAny: 1,
              note: "Mỗi cấp ủy cơ sở: viết ít nhất 01 tin hoặc bài/năm.",
            },
          ],
        },
      },
    });
  }
}
