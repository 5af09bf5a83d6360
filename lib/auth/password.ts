import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's m=19 MiB, t=2, p=1).
export { passwordProblems, isStrongPassword } from "./password-policy";

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown e-mail, an
 * account without password) it still runs one verification against a dummy
 * hash, so the answer takes as long either way.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash("dummy-password-for-equal-timing-1");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
