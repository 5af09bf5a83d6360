import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { OwnSessionsList } from "@/components/auth/own-sessions-list";
import { TwoFactorSection } from "@/components/auth/two-factor-section";
import { isTwoFactorRequired, PENDING_SETUP_MESSAGES, pendingAccountSetup } from "@/lib/auth/account-setup";
import { listOwnSessions } from "@/lib/server/auth/own-sessions";
import { requireUser } from "@/lib/server/auth/require-user";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Tài khoản", robots: { index: false } };
export const dynamic = "force-dynamic";

const sectionClass = "space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6";

// One's own account: password, two-step sign-in, signed-in devices. It is
// also the set-up page: a pending setup (temporary password, the second step
// every privileged role must have) is completed here before anything else.
export default async function AccountPage() {
  const user = await requireUser();
  const { requireTwoFactorForAdmin } = env();
  const pending = pendingAccountSetup(user, requireTwoFactorForAdmin);
  const sessions = await listOwnSessions(user.id, user.sessionId);
  const isTotpRequired = isTwoFactorRequired(user.roles, requireTwoFactorForAdmin);

  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold text-brand">Tài khoản</h1>
        <p className="text-stone-700">
          {user.name} · {user.email} · {user.unit.name}
        </p>
      </div>
      {pending ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {PENDING_SETUP_MESSAGES[pending]}
        </p>
      ) : null}
      <section aria-labelledby="doi-mat-khau" className={sectionClass}>
        <h2 id="doi-mat-khau" className="text-lg font-semibold">
          Đổi mật khẩu
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="xac-thuc-hai-buoc" className={sectionClass}>
        <h2 id="xac-thuc-hai-buoc" className="text-lg font-semibold">
          Xác thực hai bước
        </h2>
        <TwoFactorSection user={user} isRequired={isTotpRequired} />
      </section>
      <section aria-labelledby="phien-dang-nhap" className={sectionClass}>
        <h2 id="phien-dang-nhap" className="text-lg font-semibold">
          Phiên đăng nhập đang hoạt động
        </h2>
        <OwnSessionsList sessions={sessions} />
      </section>
    </div>
  );
}
