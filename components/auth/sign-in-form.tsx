"use client";
import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { SIGN_IN_MESSAGES, signInErrorMessage } from "@/lib/auth/messages";
import { buttonClass, FormField } from "./form-field";

// The sign-in form posts to next-auth's credentials endpoint (with its CSRF
// token) through signIn(); every rule is decided on the server. When the
// account has two-step sign-in, the server answers TOTP_REQUIRED after the
// right password and the "Mã xác thực" field appears; the form is then sent
// again with the code (6 digits, or a recovery code for a lost phone, so the
// field is not numeric-only).
export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        totp: String(data.get("totp") ?? ""),
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component sees the new cookie.
        window.location.assign(callbackUrl);
        return;
      }
      const code = result?.error;
      if (code === "TOTP_REQUIRED") {
        setNeedsCode(true);
        setError(null);
        requestAnimationFrame(() => codeInput.current?.focus());
      } else {
        setError(signInErrorMessage(code));
      }
    } catch {
      setError(SIGN_IN_MESSAGES.UNEXPECTED);
    }
    setIsPending(false);
  }

  // method="post": submitted before hydration or without JavaScript, the
  // password must never end up in the URL.
  return (
    <form method="post" onSubmit={submit} className="space-y-4" noValidate>
      {notice ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <FormField label="Thư điện tử" name="email" type="email" autoComplete="username" required autoFocus />
      <FormField label="Mật khẩu" name="password" type="password" autoComplete="current-password" required />
      {needsCode ? (
        <FormField
          ref={codeInput}
          label="Mã xác thực"
          name="totp"
          autoComplete="one-time-code"
          maxLength={20}
          required
          hint={SIGN_IN_MESSAGES.TOTP_REQUIRED}
        />
      ) : null}
      <button type="submit" className={`${buttonClass} w-full`} disabled={isPending}>
        Đăng nhập
      </button>
    </form>
  );
}
