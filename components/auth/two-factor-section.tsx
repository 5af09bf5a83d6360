import { countUnusedRecoveryCodes } from "@/lib/server/auth/recovery-codes";
import { pendingTotpSecret } from "@/lib/server/auth/two-factor";
import { totpEnrolment } from "@/lib/server/auth/totp";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { BeginTwoFactorForm, ConfirmTwoFactorForm, DisableTwoFactorForm, RegenerateRecoveryCodesForm } from "./two-factor-forms";

/** Two-step sign-in: off → enrolling (QR code, secret, confirm, recovery codes) → on (new codes; disable unless required). */
export async function TwoFactorSection({ user, isRequired }: { user: CurrentUser; isRequired: boolean }) {
  if (user.isTotpEnabled) {
    const unused = await countUnusedRecoveryCodes(user.id);
    return (
      <div className="space-y-4">
        <p className="text-green-800">Xác thực hai bước đang bật: mỗi lần đăng nhập cần thêm mã từ ứng dụng xác thực.</p>
        <div className="space-y-3">
          <h3 className="font-semibold">Mã khôi phục</h3>
          <p className="text-sm text-stone-700">
            Còn {unused} mã khôi phục chưa dùng. Tạo mã mới nếu bạn đã dùng gần hết hoặc làm mất bản đã lưu.
          </p>
          <RegenerateRecoveryCodesForm />
        </div>
        {isRequired ? (
          <p className="text-sm text-stone-600">Vai trò của bạn bắt buộc dùng xác thực hai bước nên không thể tắt.</p>
        ) : (
          <DisableTwoFactorForm />
        )}
      </div>
    );
  }
  const secret = await pendingTotpSecret(user.id);
  if (!secret) {
    return (
      <div className="space-y-3">
        <p className="text-stone-700">
          Xác thực hai bước đang tắt. Khi bật, mỗi lần đăng nhập cần thêm mã 6 chữ số từ một ứng dụng xác thực (Google
          Authenticator, Microsoft Authenticator…).
        </p>
        <BeginTwoFactorForm />
      </div>
    );
  }
  const { qrDataUrl } = await totpEnrolment(secret, user.email);
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-stone-700">
        <li>Mở ứng dụng xác thực trên điện thoại và quét mã QR dưới đây.</li>
        <li>Nếu không quét được, nhập khóa bí mật theo cách thủ công.</li>
        <li>Nhập mã 6 chữ số ứng dụng hiển thị để xác nhận.</li>
      </ol>
      <img src={qrDataUrl} alt="Mã QR để thêm tài khoản vào ứng dụng xác thực" width={200} height={200} className="rounded border border-stone-200 bg-white p-2" />
      <p className="text-sm">
        Khóa bí mật: <code className="break-all rounded bg-stone-100 px-2 py-1 font-mono text-base tracking-wider">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      <ConfirmTwoFactorForm />
      <BeginTwoFactorForm label="Tạo mã QR mới" />
    </div>
  );
}
