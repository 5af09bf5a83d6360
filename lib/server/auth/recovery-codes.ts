import "server-only";
import { createHash, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Recovery codes for a lost phone: ten random codes ("k7m2p-x9qrt", about
// 50 bits each) shown once, stored as SHA-256 (random codes need no slow
// hash), each accepted once in place of a TOTP code.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"; // no 0/o, 1/l/i: read off paper

type Writer = typeof db | Prisma.TransactionClient;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const code = () => Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: count }, () => code().replace(/^(.{5})/, "$1-"));
}

/** Case, spaces and hyphens do not matter. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, "");

export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(code));

export const hashRecoveryCode = (code: string): string => createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");

/** Replaces a person's codes with new ones and returns them (the only time they exist in clear). */
export async function replaceRecoveryCodes(userId: number, writer: Writer = db): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await writer.totpRecoveryCode.deleteMany({ where: { userId } });
  await writer.totpRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** Spends one unused code; false when it is wrong or was already used (conditional: two uses cannot both win). */
export async function consumeRecoveryCode(userId: number, code: string, now: Date = new Date()): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const { count } = await db.totpRecoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export const countUnusedRecoveryCodes = (userId: number): Promise<number> => db.totpRecoveryCode.count({ where: { userId, usedAt: null } });
