// Upper- and lower-case Vietnamese letters, position by position, for SQL
// translate(): a case-insensitive comparison that does not depend on the
// database's locale (PGlite and C-locale servers lower() only ASCII).

const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const ASCII = "abcdefghijklmnopqrstuvwxyz";

const lowerLetters = [
  ...new Set([...BASES.flatMap((base) => TONES.map((tone) => (base + tone).normalize("NFC"))), "đ", ...ASCII]),
];

export const VIETNAMESE_LOWER = lowerLetters.join("");
export const VIETNAMESE_UPPER = lowerLetters.map((letter) => letter.toUpperCase()).join("");
