import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

// Be Vietnam Pro for the generated share card, read from node_modules at run
// time (nothing is downloaded). next/og (satori) reads TTF, OTF and WOFF, not
// WOFF2, so the .woff files; the three subsets together cover Vietnamese
// (latin + latin-ext + vietnamese). satori keeps one font per name and weight
// (same-named subsets would leave "Đ", "ộ"… blank and make next/og try to
// fetch them from Google Fonts), so each subset gets a name of its own; the
// card lists all three in font-family and each glyph comes from the first
// one that has it (tests/integration/sharing checks the ink of such a title).

const FAMILY = "Be Vietnam Pro";
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

const fontDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "be-vietnam-pro", "files");

let loaded: Promise<CardFont[]> | undefined;

async function readFont(subset: string, weight: 400 | 700): Promise<CardFont> {
  const bytes = await fs.readFile(path.join(fontDir(), `be-vietnam-pro-${subset}-${weight}-normal.woff`));
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { name: `${FAMILY} ${subset}`, data, weight, style: "normal" };
}

/** The card's fonts, read once per process. */
export function cardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(WEIGHTS.flatMap((weight) => SUBSETS.map((subset) => readFont(subset, weight)))).catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"${FAMILY} ${subset}"`).join(", ");
