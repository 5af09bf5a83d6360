import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unicodeRange } from "@/lib/runtime/fonts/subset-fonts";

const css = fs.readFileSync(path.join("app", "fonts", "be-vietnam-pro.css"), "utf8");
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
  weight: Number(/font-weight:\s*(\d+)/.exec(body!)![1]),
  file: /url\("\.\/([^"]+)"\)/.exec(body!)![1]!,
  ranges: /unicode-range:\s*([^;]+);/.exec(body!)![1]!.split(",").map((part) => {
    const [from, to] = part.trim().replace("U+", "").split("-");
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  }),
}));
const covers = (weight: number, character: string) =>
  faces.some((face) => face.weight === weight && face.ranges.some(([from, to]) => character.codePointAt(0)! >= from && character.codePointAt(0)! <= to));

// Every letter of the Vietnamese alphabet with every tone, both cases.
const VIETNAMESE =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

describe("the site's web fonts", () => {
  it("are WOFF2 files that exist, in the weights the pages use and no italic", () => {
    expect(new Set(faces.map((f) => f.weight))).toEqual(new Set([400, 600, 700]));
    expect(css).not.toContain("italic");
    for (const face of faces) {
      expect(face.file).toMatch(/\.woff2$/);
      expect(fs.existsSync(path.join("app", "fonts", face.file))).toBe(true);
    }
    expect(css).toContain("font-display: swap");
  });

  it("cover every Vietnamese letter, upper and lower case, in each weight", () => {
    const letters = [...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ..."0123456789.,;:!?()“”–…"];
    for (const weight of [400, 600, 700]) {
      expect(letters.filter((character) => !covers(weight, character))).toEqual([]);
    }
  });

  it("leave other scripts to the system fonts", () => {
    for (const character of ["中", "Я", "€"]) expect(covers(400, character)).toBe(false);
  });
});

describe("unicodeRange", () => {
  it("folds consecutive code points into ranges, sorted and without repeats", () => {
    expect(unicodeRange([0x41, 0x20, 0x21, 0x22, 0x1ea0, 0x41, 0x1ea1])).toBe("U+20-22,U+41,U+1EA0-1EA1");
  });
});
