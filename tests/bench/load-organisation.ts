// The organisation of the benchmark site: a bloc committee with 7
// departments, 3 mass organisations, 60 grassroots committees and 10 cells
// under them; `people` members spread over them by position; this year's and
// last year's quota plans with plan 91-KH/ĐUK's rules; and one standing
// committee account (BENCH_READER) that signs in to read the reports.
import type pg from "pg";
import { hashPassword } from "@/lib/server/auth/password";
import { vietnamYear } from "@/lib/content/dates";

export const BENCH_READER = { email: "bench-btv@example.test", password: "Bench-Reader-2026" };

type BenchPosition = "STANDING_MEMBER" | "HEAD" | "DEPUTY" | "STAFF" | "COLLABORATOR";

/** Position of the n-th person: a few standing members, then 10 % heads, 20 % deputies, 60 % staff, 10 % collaborators. */
function positionOf(n: number): BenchPosition {
  if (n < 5) return "STANDING_MEMBER";
  const bucket = n % 10;
  if (bucket === 0) return "HEAD";
  if (bucket <= 2) return "DEPUTY";
  if (bucket <= 8) return "STAFF";
  return "COLLABORATOR";
}

async function insertUnits(client: pg.Client, names: string[], kind: string, parentIds: (number | null)[]): Promise<number[]> {
  const result = await client.query<{ id: number }>(
    `INSERT INTO units (name, kind, parent_id, sort_order, updated_at)
     SELECT name, $2::"UnitKind", parent, n, now() FROM unnest($1::text[], $3::int[]) WITH ORDINALITY AS t(name, parent, n)
     RETURNING id`,
    [names, kind, parentIds],
  );
  return result.rows.map((row) => row.id);
}

async function insertPlans(client: pg.Client): Promise<void> {
  const year = vietnamYear(new Date());
  for (const planYear of [year - 1, year]) {
    const plan = await client.query<{ id: number }>(
      `INSERT INTO quota_plans (year, name, reference, issued_on, updated_at)
       VALUES ($1::int, $2, '91-KH/ĐUK', make_date($1::int, 2, 28), now()) RETURNING id`,
      [planYear, `Kế hoạch hoạt động Trang thông tin điện tử năm ${planYear}`],
    );
    await client.query(
      `INSERT INTO quota_rules (plan_id, subject, position, unit_kind, period, min_in_depth, min_articles, min_news, min_any)
       VALUES ($1, 'PERSON', 'STANDING_MEMBER', NULL, 'YEAR', 1, 0, 0, 0),
              ($1, 'PERSON', 'HEAD', NULL, 'YEAR', 0, 2, 0, 0),
              ($1, 'PERSON', 'DEPUTY', NULL, 'YEAR', 0, 1, 2, 0),
              ($1, 'PERSON', 'STAFF', NULL, 'YEAR', 0, 0, 5, 0),
              ($1, 'UNIT', NULL, 'GRASSROOTS', 'YEAR', 0, 0, 0, 1),
              ($1, 'UNIT', NULL, 'DEPARTMENT', 'MONTH', 0, 0, 0, 1),
              ($1, 'UNIT', NULL, 'MASS_ORGANISATION', 'MONTH', 0, 0, 0, 1)`,
      [plan.rows[0].id],
    );
  }
}

export async function loadOrganisation(client: pg.Client, people: number): Promise<{ userIds: number[]; unitOfUser: number[] }> {
  const [root] = await insertUnits(client, ["Đảng ủy Khối các cơ quan tỉnh"], "COMMITTEE", [null]);
  const departments = await insertUnits(
    client,
    ["Văn phòng", "Ban Tổ chức", "Ban Tuyên giáo", "Ủy ban Kiểm tra", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế"].map((n) => `${n} Đảng ủy khối`),
    "DEPARTMENT",
    Array(7).fill(root),
  );
  const massOrganisations = await insertUnits(
    client,
    ["Công đoàn Viên chức tỉnh", "Đoàn Thanh niên Khối", "Hội Cựu chiến binh Khối"],
    "MASS_ORGANISATION",
    Array(3).fill(root),
  );
  const grassroots = await insertUnits(
    client,
    Array.from({ length: 60 }, (_, n) => `Đảng bộ cơ sở số ${n + 1}`),
    "GRASSROOTS",
    Array(60).fill(root),
  );
  const cells = await insertUnits(
    client,
    Array.from({ length: 10 }, (_, n) => `Chi bộ trực thuộc số ${n + 1}`),
    "CELL",
    grassroots.slice(0, 10),
  );
  const memberUnits = [...departments, ...massOrganisations, ...grassroots, ...cells];
  const unitOfUser = Array.from({ length: people }, (_, n) => (n < 5 ? root : memberUnits[n % memberUnits.length]));
  const users = await client.query<{ id: number }>(
    `INSERT INTO users (email, name, position, unit_id, roles, updated_at)
     SELECT 'bench' || n || '@example.test', 'Cán bộ Nguyễn Văn ' || n, p::"Position", u, '{CONTRIBUTOR}', now()
       FROM unnest($1::int[], $2::text[], $3::int[]) AS t(n, p, u)
     RETURNING id`,
    [unitOfUser.map((_, n) => n), unitOfUser.map((_, n) => positionOf(n)), unitOfUser],
  );
  await client.query(
    `INSERT INTO users (email, name, position, unit_id, roles, password_hash, updated_at)
     VALUES ($1, 'Ủy viên Ban Thường vụ', 'STANDING_MEMBER', $2, '{STANDING_COMMITTEE}', $3, now())`,
    [BENCH_READER.email, root, await hashPassword(BENCH_READER.password)],
  );
  // Everyone has held their position since before the items began.
  await client.query(`UPDATE position_spells SET valid_from = TIMESTAMPTZ '1970-01-01 00:00:00+00'`);
  await insertPlans(client);
  return { userIds: users.rows.map((row) => row.id), unitOfUser };
}
