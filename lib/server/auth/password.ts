import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { normalisePassword } from "@/lib/auth/password-policy";

// argon2id with the library's defaults (OWASP's m=19 MiB, t=2, p=1). The
// whole password is hashed (argon2 truncates nothing), in its NFC form, so
// the same Vietnamese passphrase typed on a keyboard that composes accents
// differently still matches.
export { passwordProblems, isStrongPassword } from "@/lib/auth/password-policy";

export async function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password));
}

let dummyHash: Promise<string> | undefined;

/** A hash nobody's password matches, made once: unknown accounts are verified against it. */
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hash("dummy-password-for-equal-timing-1"));

/**
 * Checks a password against a stored hash. With no hash (unknown e-mail, an
 * account without password) it still runs one verification against a dummy
 * hash, so the answer takes as long either way.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const normalised = normalisePassword(password);
  if (!storedHash) {
    await verify(await dummyPasswordHash(), normalised).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, normalised);
  } catch {
    return false;
  }
}
