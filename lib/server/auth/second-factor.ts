import "server-only";
import { db } from "@/lib/db";
import { consumeRecoveryCode } from "@/lib/server/auth/recovery-codes";
import { isTotpCodeFormat, totpStep } from "@/lib/server/auth/totp";

/**
 * Accepts a second factor for a person with two-step sign-in on: a TOTP code
 * whose step is later than the last one accepted (so a code seen over a
 * shoulder or replayed within its 90 seconds is refused), or an unused
 * recovery code. The step is claimed with a conditional update, so two
 * requests with one code cannot both pass.
 */
export async function acceptSecondFactor(input: { userId: number; secret: string; code: string; now: Date }): Promise<"totp" | "recovery-code" | null> {
  const code = input.code.trim();
  if (isTotpCodeFormat(code)) {
    const step = totpStep(input.secret, code, input.now);
    if (step === null) return null;
    const { count } = await db.user.updateMany({
      where: { id: input.userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  return (await consumeRecoveryCode(input.userId, code, input.now)) ? "recovery-code" : null;
}
