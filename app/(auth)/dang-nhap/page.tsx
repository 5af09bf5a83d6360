import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { isMailEnabled } from "@/lib/server/mail/send-mail";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  // Only a path on this site; anything else falls back to the back office.
  const callbackUrl = safeCallbackUrl(first("callbackUrl"));
  if (await getCurrentUser()) redirect(callbackUrl);
  const notice = first("datlai") ? "Đã đặt mật khẩu mới. Vui lòng đăng nhập." : undefined;

  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-2xl font-bold text-brand">Đăng nhập</h1>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      {isMailEnabled() ? (
        <p className="mt-6 text-center text-sm">
          <Link href="/quen-mat-khau" className="text-brand underline">
            Quên mật khẩu?
          </Link>
        </p>
      ) : (
        <p className="mt-6 text-center text-sm text-stone-600">Quên mật khẩu? Vui lòng liên hệ quản trị viên để được đặt lại.</p>
      )}
    </div>
  );
}
