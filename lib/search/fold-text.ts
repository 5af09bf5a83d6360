// A TypeScript twin of the database's search_fold(): NFC, strip tone and vowel
// marks, đ → d, lowercase. "Đảng" → "dang", "Gương" → "guong".

const MARKS = /\p{M}/gu;

export function foldText(input: string): string {
  return input.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
}

export type FoldedText = {
  /** The folded text. */
  folded: string;
  /** For each UTF-16 unit of `folded`, the index in the original where its character starts. */
  starts: number[];
  /** For each UTF-16 unit of `folded`, the index in the original just after its character. */
  ends: number[];
};

/**
 * Folds code point by code point so that a match in the folded text maps back
 * onto the exact characters of the original (accents kept for display).
 */
export function foldWithPositions(input: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of input) {
    const piece = foldText(char);
    const end = index + char.length;
    for (let k = 0; k < piece.length; k++) {
      starts.push(index);
      ends.push(end);
    }
    folded += piece;
    index = end;
  }
  return { folded, starts, ends };
}
