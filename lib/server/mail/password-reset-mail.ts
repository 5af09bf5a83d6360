import "server-only";
import { env } from "@/lib/env";
import type { Mail } from "@/lib/server/mail/send-mail";

export function passwordResetMail(input: { to: string; name: string; token: string; validMinutes: number }): Mail {
  const { siteUrl, siteName } = env();
  const link = `${siteUrl}/dat-lai-mat-khau?token=${encodeURIComponent(input.token)}`;
  return {
    kind: "password-reset",
    to: input.to,
    subject: `Đặt lại mật khẩu — ${siteName}`,
    text: [
      `Kính gửi ${input.name},`,
      "",
      `Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên ${siteName}.`,
      `Để đặt mật khẩu mới, hãy mở liên kết sau (có hiệu lực trong ${input.validMinutes} phút, chỉ dùng được một lần):`,
      "",
      link,
      "",
      "Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.",
    ].join("\n"),
  };
}
