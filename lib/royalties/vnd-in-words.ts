// An amount of money in Vietnamese words, as a payment sheet writes it under
// its total: "Một triệu hai trăm ba mươi tư nghìn đồng". Pure, safe for the
// browser. Whole VND only (amounts are stored as integers).

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const SCALES = ["", "nghìn", "triệu", "tỷ"];

/** Words of 0–999; `isLeading` drops "không trăm" and "lẻ" where nothing came before. */
function threeDigits(value: number, isLeading: boolean): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  const words: string[] = [];
  if (!isLeading || hundreds > 0) words.push(DIGITS[hundreds], "trăm");
  if (tens === 0) {
    if (units > 0) {
      if (words.length > 0) words.push("lẻ");
      words.push(DIGITS[units]);
    }
    return words;
  }
  if (tens === 1) words.push("mười");
  else words.push(DIGITS[tens], "mươi");
  if (units === 1) words.push(tens === 1 ? "một" : "mốt");
  else if (units === 4) words.push(tens === 1 ? "bốn" : "tư");
  else if (units === 5) words.push("lăm");
  else if (units > 0) words.push(DIGITS[units]);
  return words;
}

/** Words of a whole number ≥ 0: 1234000 → "một triệu hai trăm ba mươi tư nghìn". */
export function numberInWords(amount: number | bigint): string {
  let rest = BigInt(amount);
  if (rest < 0n) return `âm ${numberInWords(-rest)}`;
  if (rest === 0n) return DIGITS[0];
  // Groups of three digits, lowest first; "tỷ" repeats above a billion (nghìn tỷ, triệu tỷ).
  const groups: number[] = [];
  while (rest > 0n) {
    groups.push(Number(rest % 1000n));
    rest /= 1000n;
  }
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index];
    const scale = index === 0 ? "" : index % 3 === 0 ? "tỷ" : SCALES[index % 3];
    if (group === 0) {
      // A billion boundary is still named: "một nghìn tỷ" needs its "tỷ" even when the group is empty.
      if (index > 0 && index % 3 === 0 && words.length > 0 && words[words.length - 1] !== "tỷ") words.push("tỷ");
      continue;
    }
    words.push(...threeDigits(group, words.length === 0));
    if (scale) words.push(scale);
  }
  return words.join(" ");
}

/** "Một triệu hai trăm ba mươi tư nghìn đồng" (capitalised, with "đồng"). */
export function vndInWords(amount: number | bigint): string {
  const words = `${numberInWords(amount)} đồng`;
  return words.charAt(0).toLocaleUpperCase("vi") + words.slice(1);
}
