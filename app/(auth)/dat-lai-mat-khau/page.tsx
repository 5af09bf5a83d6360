import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";
import { isResetTokenUsable } from "@/lib/server/users/complete-password-reset";

export const metadata: Metadata = { title: "Đặt lại mật khẩu", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" && raw.length <= 200 ? raw : "";
  const isUsable = token ? await isResetTokenUsable(token) : false;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold text-brand">Đặt lại mật khẩu</h1>
      {isUsable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="text-stone-700">
          {ACCOUNT_MESSAGES.invalidResetLink}{" "}
          <Link href="/quen-mat-khau" className="text-brand underline">
            Yêu cầu liên kết mới
          </Link>
        </p>
      )}
    </div>
  );
}
