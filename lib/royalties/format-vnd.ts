// Money as Vietnamese readers write it: "1.234.000 ₫" (dots between
// thousands, a no-break space before the sign). Amounts are whole VND.
const NO_BREAK_SPACE = "\u00a0";

/** "1234000" → "1.234.000" */
export function groupThousands(amount: number | bigint): string {
  const negative = amount < 0;
  const digits = (negative ? -BigInt(amount) : BigInt(amount)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return negative ? `-${grouped}` : grouped;
}

/** 1234000 → "1.234.000 ₫" */
export function formatVnd(amount: number | bigint): string {
  return `${groupThousands(amount)}${NO_BREAK_SPACE}₫`;
}
