import { describe, expect, it } from "vitest";
import { countWords, formatWordCount } from "@/components/editor/word-count";

describe("countWords (Vietnamese)", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["Đảng bộ khối", 3],
    ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", 14],
    ["  nhiều   khoảng   trắng  ", 3],
    ["Ngày 15/9/2026, lúc 14:30, có 1.234 đại biểu", 8],
    ["Kế hoạch số 91-KH/ĐUK", 4],
    ["“Cần, kiệm, liêm, chính” – Bác dạy", 6],
    ["dòng một\ndòng hai", 4],
    // Decomposed (NFD) diacritics are still one word each.
    ["Đảng bộ".normalize("NFD"), 2],
    ["— … ! ? ;", 0],
  ])("%j → %i", (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe("formatWordCount", () => {
  it("groups thousands with a dot, as Vietnamese does", () => {
    expect(formatWordCount(0)).toBe("0 từ");
    expect(formatWordCount(7)).toBe("7 từ");
    expect(formatWordCount(1234)).toBe("1.234 từ");
    expect(formatWordCount(1234567)).toBe("1.234.567 từ");
  });
});
