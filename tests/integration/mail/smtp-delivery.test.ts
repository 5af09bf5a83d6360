// E-mail through a real SMTP server (smtp-server on a free port, with AUTH):
// what a person receives for a password reset and a returned item, and what
// happens when the server refuses or is not there: the move stands, the
// failure is logged and audited.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { closedPort, SINK_PASSWORD, startSmtpSink, type ReceivedMail, type SmtpSink } from "@/tests/setup/smtp-sink";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();
const SITE_URL = "https://ttdt.example.vn";
const AUTH_SECRET = "test-auth-secret-that-must-never-leave-9f3c";
const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$bm90LWEtcmVhbC1oYXNo";
let sink: SmtpSink;
let ipCounter = 0;
const freshIp = () => `10.9.0.${++ipCounter}`;

async function useSmtp(url: string) {
  process.env.SMTP_URL = url;
  (await import("@/lib/env")).resetEnv();
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SITE_URL = SITE_URL;
  process.env.AUTH_SECRET = AUTH_SECRET;
  process.env.MAIL_FROM = "Trang TTĐT <no-reply@ttdt.example.vn>";
  await useSmtp(sink.url);
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
});
afterEach(async () => {
  sink.refuseWith = null;
  sink.received.length = 0;
  await useSmtp(sink.url);
  vi.restoreAllMocks();
});

const load = () =>
  loadWith(
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/users/request-password-reset"),
  );

/** Nothing a mail carries may reveal the server's secrets, the SMTP login or a stored hash. */
function expectNoSecrets(mail: ReceivedMail) {
  for (const secret of [AUTH_SECRET, SINK_PASSWORD, PASSWORD_HASH, "sink-user"]) expect(mail.raw).not.toContain(secret);
}

function mailsTo(address: string) {
  return sink.received.filter((mail) => mail.envelopeTo.includes(address));
}

async function returnedItem(t: Awaited<ReturnType<typeof load>>) {
  const cast = await t.createWorkflowCast();
  await t.db.user.update({ where: { id: cast.author.id }, data: { passwordHash: PASSWORD_HASH } });
  const item = await t.createItem({ status: "SUBMITTED", title: "Hội nghị học tập Nghị quyết", authorIds: [cast.author.id], createdById: cast.author.id });
  const moved = await t.moveItem({ actor: cast.secretary, itemId: item.id, move: "return", note: "Bổ sung số liệu quý III.", ip: "10.1.2.3" });
  return { cast, item, moved };
}

async function failedMailAudits(t: Awaited<ReturnType<typeof load>>, to: string) {
  const rows = await t.db.auditLog.findMany({ where: { action: "mail.failed" }, orderBy: { id: "asc" } });
  return rows.filter((row) => (row.details as { to?: string } | null)?.to === to);
}

describe(`e-mail through SMTP on ${database.kind}`, () => {
  it("delivers a password reset in Vietnamese, as plain text, with the one-time link and nothing else secret", async () => {
    const t = await load();
    const user = await t.createUser({ name: "Nguyễn Thị Lan" });
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: PASSWORD_HASH } });
    await t.requestPasswordReset({ email: user.email, ip: freshIp() });

    const [mail] = mailsTo(user.email);
    expect(mailsTo(user.email)).toHaveLength(1);
    expect(mail!.subject).toMatch(/^Đặt lại mật khẩu — /);
    expect(mail!.contentType).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail!.headers.get("from")).toContain("no-reply@ttdt.example.vn");
    expect(mail!.text).toContain("Kính gửi Nguyễn Thị Lan,");
    expect(mail!.text).toContain("chỉ dùng được một lần");
    const links = mail!.text.match(/https?:\/\/\S+/g) ?? [];
    expect(links).toHaveLength(1);
    const link = new URL(links[0]!);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/dat-lai-mat-khau`);
    // The link's token is the one-time secret: it opens exactly the stored reset.
    const { hashResetToken } = await import("@/lib/server/users/request-password-reset");
    expect(await t.db.passwordResetToken.count({ where: { userId: user.id, tokenHash: hashResetToken(link.searchParams.get("token")!) } })).toBe(1);
    expectNoSecrets(mail!);
  });

  it("tells the author an item was returned, with the note and a link to it", async () => {
    const t = await load();
    const { cast, item } = await returnedItem(t);
    await vi.waitFor(() => expect(mailsTo(cast.author.email)).toHaveLength(1));
    const [mail] = mailsTo(cast.author.email);
    expect(mail!.subject).toContain("đã trả lại bài");
    expect(mail!.subject).toContain("Hội nghị học tập Nghị quyết");
    expect(mail!.contentType).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail!.text).toContain(`Kính gửi ${cast.author.name},`);
    expect(mail!.text).toContain("Bổ sung số liệu quý III.");
    expect(mail!.text).toContain(`Xem bài: ${SITE_URL}/quan-tri/bai-viet/${item.id}`);
    expect(mail!.text.match(/https?:\/\/\S+/g)).toEqual([`${SITE_URL}/quan-tri/bai-viet/${item.id}`]);
    expect(mailsTo(cast.secretary.email)).toHaveLength(0);
    expectNoSecrets(mail!);
  });

  it("keeps the move when the server refuses the mail (550), and logs and audits the failure", async () => {
    const t = await load();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    sink.refuseWith = "Mailbox unavailable";
    const { cast, item, moved } = await returnedItem(t);
    expect(moved.to).toBe("RETURNED");
    await vi.waitFor(async () => expect(await failedMailAudits(t, cast.author.email)).toHaveLength(1));

    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("RETURNED");
    expect(await t.db.notification.count({ where: { userId: cast.author.id, itemId: item.id } })).toBe(1);
    const [audit] = await failedMailAudits(t, cast.author.email);
    expect(audit!.result).toBe("FAILURE");
    expect(audit!.details).toMatchObject({ kind: "notification.return", reason: expect.stringContaining("550") });
    expect(JSON.stringify(audit!.details)).not.toContain("Bổ sung số liệu");
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(cast.author.email));
    expect(sink.received).toHaveLength(0);
  });

  it("answers a reset request as usual when the server refuses, and never writes the link to the audit", async () => {
    const t = await load();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    sink.refuseWith = "Relay denied";
    const user = await t.createUser();
    await expect(t.requestPasswordReset({ email: user.email, ip: freshIp() })).resolves.toEqual({ isRateLimited: false });
    const [audit] = await failedMailAudits(t, user.email);
    expect(audit!.details).toMatchObject({ kind: "password-reset" });
    expect(JSON.stringify(audit!.details)).not.toMatch(/token|dat-lai-mat-khau/);
  });

  it("keeps the move when no mail server answers at all, and audits the failure", async () => {
    const t = await load();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await useSmtp(`smtp://127.0.0.1:${await closedPort()}`);
    const { cast, item } = await returnedItem(t);
    await vi.waitFor(async () => expect(await failedMailAudits(t, cast.author.email)).toHaveLength(1));
    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("RETURNED");
    const [audit] = await failedMailAudits(t, cast.author.email);
    expect(audit!.details).toMatchObject({ reason: expect.stringMatching(/ECONNREFUSED/) });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("failed"));
  });
});
