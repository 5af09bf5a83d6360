import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { isMailEnabled } from "@/lib/server/mail/send-mail";

export const metadata: Metadata = { title: "Quên mật khẩu", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold text-brand">Quên mật khẩu</h1>
      {isMailEnabled() ? (
        <>
          <p className="mb-4 text-sm text-stone-700">Nhập thư điện tử của tài khoản; chúng tôi sẽ gửi liên kết để đặt mật khẩu mới.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-stone-700">Trang này chưa cấu hình gửi thư. Vui lòng liên hệ quản trị viên để được đặt lại mật khẩu.</p>
      )}
      <p className="mt-6 text-center text-sm">
        <Link href="/dang-nhap" className="text-brand underline">
          Quay lại đăng nhập
        </Link>
      </p>
    </div>
  );
}
