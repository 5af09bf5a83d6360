import "server-only";
import { randomInt } from "node:crypto";

// Letters and digits without look-alikes (0/O, 1/l/I), so it can be read out.
const LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A random 14-character password with letters and digits, shown once to the administrator. */
export function generateTemporaryPassword(): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
  const chars = [pick(DIGITS), pick(DIGITS), ...Array.from({ length: 12 }, () => pick(LETTERS + DIGITS))];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return `${chars.slice(0, 7).join("")}-${chars.slice(7).join("")}`;
}
