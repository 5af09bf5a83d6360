import { afterEach, describe, expect, it, vi } from "vitest";
import { AUDIENCES } from "@/lib/server/notifications/notify-on-move";
import { notificationMessage, notificationSubject, type NotificationEvent } from "@/lib/notifications/notification-texts";
import { WORKFLOW_MOVES } from "@/lib/workflow/transitions";

const facts = { actorName: "Nguyễn Văn An", title: "Hội nghị quán triệt", note: "Bổ sung số liệu.", scheduledAt: null };

describe("who hears about what", () => {
  it("the audience of every move, the correction and the note, by hand", () => {
    expect(AUDIENCES).toEqual({
      submit: { role: "SECRETARY" },
      withdraw: null,
      return: "authors",
      reject: "authors",
      forward: { role: "EDITORIAL_BOARD" },
      sendBack: { role: "SECRETARY" },
      publish: "authors",
      schedule: "authors",
      unschedule: null,
      publishScheduled: "authors",
      unpublish: "authors",
      republish: "authors",
      correct: "authors",
      note: "authors",
    });
  });

  it("every event has a message that names the item; reasons are quoted", () => {
    const events: NotificationEvent[] = [...WORKFLOW_MOVES, "correct", "note"];
    for (const event of events) {
      const message = notificationMessage(event, facts);
      expect(message).toContain("«Hội nghị quán triệt»");
      expect(notificationSubject(event, facts)).not.toContain("Bổ sung số liệu");
    }
    expect(notificationMessage("return", facts)).toBe("Nguyễn Văn An đã trả lại bài «Hội nghị quán triệt» để sửa. Cần sửa: Bổ sung số liệu.");
    expect(notificationMessage("reject", facts)).toBe("Bài «Hội nghị quán triệt» không được sử dụng. Lý do: Bổ sung số liệu.");
    expect(notificationMessage("submit", { ...facts, note: null })).toBe("Nguyễn Văn An đã gửi bài «Hội nghị quán triệt», chờ thư ký biên tập.");
  });

  it("a scheduled time reads in Vietnam time; an untitled item and a long note stay readable", () => {
    const scheduledAt = new Date("2026-03-01T01:30:00Z");
    expect(notificationMessage("schedule", { ...facts, scheduledAt })).toBe(
      "Bài «Hội nghị quán triệt» đã được duyệt, hẹn đăng lúc 08:30, ngày 01 tháng 03 năm 2026.",
    );
    expect(notificationMessage("publish", { ...facts, title: "  " })).toContain("«Bài chưa có tiêu đề»");
    const long = notificationMessage("unpublish", { ...facts, note: "x".repeat(1000) });
    expect(long.length).toBeLessThan(400);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("notification e-mails", () => {
  afterEach(() => {
    vi.doUnmock("@/lib/server/mail/send-mail");
    vi.resetModules();
    vi.restoreAllMocks();
  });

  async function load(isEnabled: boolean, sendMail: (mail: unknown) => Promise<void>) {
    vi.resetModules();
    vi.doMock("@/lib/server/mail/send-mail", () => ({ isMailEnabled: () => isEnabled, sendMail }));
    return import("@/lib/server/notifications/send-notification-mails");
  }

  const mails = [
    { to: "a@example.test", subject: "s", text: "t" },
    { to: "b@example.test", subject: "s", text: "t" },
  ];

  it("sends nothing when SMTP is not configured", async () => {
    const sendMail = vi.fn(async () => undefined);
    const { sendNotificationMails } = await load(false, sendMail);
    await sendNotificationMails(mails);
    expect(sendMail).not.toHaveBeenCalled();
  });

  it("logs a failed mail and goes on with the others, never throwing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const sendMail = vi.fn(async (mail: unknown) => {
      if ((mail as { to: string }).to.startsWith("a@")) throw new Error("SMTP down");
    });
    const { sendNotificationMails } = await load(true, sendMail);
    await expect(sendNotificationMails(mails)).resolves.toBeUndefined();
    expect(sendMail).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith(expect.stringContaining("a@example.test"));
  });
});
