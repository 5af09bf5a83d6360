import type { ItemKind, RoyaltyGenre } from "@/lib/generated/prisma/enums";

// The amount maths of royalties (nhuận bút), pure and safe for the browser.
// Amounts are whole VND; coefficients are hundredths (1,5 → 150); shares are
// basis points (10000 = the whole amount). Everything is integer arithmetic
// (BigInt where a product could pass 2^53), so no float drift.

export const FULL_SHARE = 10_000;

/** Rounds numerator / denominator (both ≥ 0, denominator > 0) half up. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * The amount of one grade: coefficient/100 × unit value × (1 + bonus/100),
 * rounded to whole VND, half up.
 */
export function royaltyTotalVnd({ coefficient, unitValueVnd, bonusPercent = 0 }: { coefficient: number; unitValueVnd: number; bonusPercent?: number }): number {
  for (const [name, value] of Object.entries({ coefficient, unitValueVnd, bonusPercent })) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
  const numerator = BigInt(coefficient) * BigInt(unitValueVnd) * BigInt(100 + bonusPercent);
  return Number(divideHalfUp(numerator, 10_000n));
}

/** n equal shares in basis points adding up to 10000 exactly (the first ones take the leftover points). */
export function equalShareBasisPoints(count: number): number[] {
  if (!Number.isInteger(count) || count < 1) return [];
  const base = Math.floor(FULL_SHARE / count);
  const leftover = FULL_SHARE - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < leftover ? 1 : 0));
}

export type ShareInput = { userId: number; basisPoints: number };
export type ShareAmount = ShareInput & { amountVnd: number };

/**
 * Splits a total among shares whose basis points add up to 10000: each
 * gets the floor of its exact part, and the VND left over go one each to
 * the largest remainders (ties: the earlier share in the list). The
 * amounts add up to the total exactly.
 */
export function splitRoyalty(totalVnd: number, shares: readonly ShareInput[]): ShareAmount[] {
  if (!Number.isSafeInteger(totalVnd) || totalVnd < 0) throw new RangeError(`totalVnd must be a whole number ≥ 0, got ${totalVnd}`);
  const points = shares.reduce((sum, share) => sum + share.basisPoints, 0);
  if (shares.length === 0 || points !== FULL_SHARE || shares.some((share) => !Number.isInteger(share.basisPoints) || share.basisPoints < 0)) {
    throw new RangeError(`shares must be whole basis points ≥ 0 adding up to ${FULL_SHARE}, got ${points}`);
  }
  const exact = shares.map((share, index) => {
    const product = BigInt(totalVnd) * BigInt(share.basisPoints);
    return { index, floor: Number(product / BigInt(FULL_SHARE)), remainder: Number(product % BigInt(FULL_SHARE)) };
  });
  let leftover = totalVnd - exact.reduce((sum, part) => sum + part.floor, 0);
  const order = [...exact].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const amounts = exact.map((part) => part.floor);
  for (const part of order) {
    if (leftover === 0) break;
    amounts[part.index]! += 1;
    leftover -= 1;
  }
  return shares.map((share, index) => ({ ...share, amountVnd: amounts[index]! }));
}

/** The genre a grade starts from, by the item's kind. */
export function defaultGenreFor(kind: ItemKind, isInDepth: boolean): RoyaltyGenre {
  switch (kind) {
    case "NEWS":
      return "NEWS";
    case "ARTICLE":
      return isInDepth ? "IN_DEPTH" : "ARTICLE";
    case "PHOTO_STORY":
      return "PHOTO";
    case "VIDEO":
      return "VIDEO";
  }
}

/** Hundredths as Vietnamese write them: 150 → "1,5", 125 → "1,25", 200 → "2". */
export function formatCoefficient(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const fraction = Math.abs(hundredths % 100);
  if (fraction === 0) return String(whole);
  return `${whole},${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** "1,5" / "1.5" / "1" → hundredths (150, 100); null when not a number with at most two decimals. */
export function parseCoefficient(raw: string | number | null | undefined): number | null {
  const text = String(raw ?? "").trim().replace(",", ".");
  const match = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** A share in basis points as a percent: 5000 → "50", 3334 → "33,34". */
export function formatSharePercent(basisPoints: number): string {
  return formatCoefficient(basisPoints);
}

/** "33,34" / "50" → basis points (3334, 5000); null when not a percent with at most two decimals. */
export function parseSharePercent(raw: string | number | null | undefined): number | null {
  const value = parseCoefficient(raw);
  return value === null || value > FULL_SHARE ? null : value;
}

/** "12.000.000" / "12000000" / "12 000 000" → 12000000; null when not whole VND. */
export function parseVnd(raw: string | number | null | undefined): number | null {
  const text = String(raw ?? "").trim().replace(/[.\s\u00a0₫đ]/g, "");
  if (!/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
