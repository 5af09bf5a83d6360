// Vietnamese is written one syllable per word-unit, separated by spaces, so a
// "từ" here is what the committee counts: a run of letters or digits between
// spaces or punctuation ("Đảng bộ khối" = 3, "15/9/2026" = 1).

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’./,:/-][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

const numberFormat = new Intl.NumberFormat("vi-VN");

/** "1.234 từ" */
export function formatWordCount(count: number): string {
  return `${numberFormat.format(count)} từ`;
}
