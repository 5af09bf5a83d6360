import { describe, expect, it } from "vitest";
import { numberInWords, vndInWords } from "@/lib/royalties/vnd-in-words";

describe("vndInWords", () => {
  it.each([
    [0, "Không đồng"],
    [5, "Năm đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [14, "Mười bốn đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [105, "Một trăm lẻ năm đồng"],
    [1_005, "Một nghìn không trăm lẻ năm đồng"],
    [1_234_000, "Một triệu hai trăm ba mươi tư nghìn đồng"],
    [2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"],
    [234_000, "Hai trăm ba mươi tư nghìn đồng"],
    [1_000_050, "Một triệu không trăm năm mươi đồng"],
    [12_000_000, "Mười hai triệu đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [3_501_000_000, "Ba tỷ năm trăm lẻ một triệu đồng"],
  ])("%i → %s", (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it("names the billions above a thousand billion", () => {
    expect(numberInWords(1_000_000_000_000n)).toBe("một nghìn tỷ");
    expect(numberInWords(2_000_000_000_000_000n)).toBe("hai triệu tỷ");
  });
});
