import { z } from "zod";
import { MAX_PASSWORD_LENGTH, passwordLength, passwordProblems } from "@/lib/auth/password-policy";

// Forms of sign-in and of one's own account, shared by the client forms and
// the server actions. Vietnamese messages; the password rule is the one in
// lib/auth/password-policy.ts.

const email = z
  .string({ error: "Nhập thư điện tử." })
  .trim()
  .min(1, { error: "Nhập thư điện tử." })
  .max(320, { error: "Thư điện tử quá dài." })
  .pipe(z.email({ error: "Thư điện tử không hợp lệ." }));

// Counted like the policy counts (code points), so a long passphrase with diacritics or emoji is never cut short.
const anyPassword = (message: string) =>
  z
    .string({ error: message })
    .min(1, { error: message })
    .refine((value) => passwordLength(value) <= MAX_PASSWORD_LENGTH, { error: message });

const newPassword = z.string({ error: "Nhập mật khẩu mới." }).superRefine((value, context) => {
  for (const message of passwordProblems(value)) context.addIssue({ code: "custom", message });
});

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const totpCodeSchema = z
  .string({ error: "Nhập mã xác thực 6 chữ số." })
  .trim()
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "Mã xác thực gồm 6 chữ số." }));

export const signInSchema = z.object({
  email,
  password: anyPassword("Nhập mật khẩu."),
  totp: z.string().trim().max(20).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

const confirmed = <T extends { newPassword: string; confirmPassword: string }>(value: T, context: z.RefinementCtx) => {
  if (value.newPassword !== value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." });
  }
};

export const changePasswordSchema = z
  .object({
    currentPassword: anyPassword("Nhập mật khẩu hiện tại."),
    newPassword,
    confirmPassword: z.string({ error: "Nhập lại mật khẩu mới." }).min(1, { error: "Nhập lại mật khẩu mới." }),
    signOutOtherSessions: checkbox,
  })
  .superRefine(confirmed);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const confirmTotpSchema = z.object({ code: totpCodeSchema });
export const disableTotpSchema = z.object({ password: anyPassword("Nhập mật khẩu hiện tại.") });
/** A code from the app or an unused recovery code. */
const secondFactorCode = z
  .string({ error: "Nhập mã xác thực hoặc một mã khôi phục." })
  .trim()
  .min(6, { error: "Nhập mã xác thực hoặc một mã khôi phục." })
  .max(20, { error: "Mã không hợp lệ." });
export const regenerateRecoveryCodesSchema = z.object({ password: anyPassword("Nhập mật khẩu hiện tại."), code: secondFactorCode });
export const revokeSessionSchema = z.object({ sessionId: z.string().min(10).max(100) });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    newPassword,
    confirmPassword: z.string({ error: "Nhập lại mật khẩu mới." }).min(1, { error: "Nhập lại mật khẩu mới." }),
  })
  .superRefine(confirmed);
