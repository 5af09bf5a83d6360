import { describe, expect, it } from "vitest";
import { escapeHtml, highlight, snippet } from "@/lib/search/highlight";

describe("highlight", () => {
  it("marks accented words from unaccented terms, keeping the original text", () => {
    expect(highlight("Học tập và làm theo gương Bác Hồ", ["guong", "bac"])).toBe(
      "Học tập và làm theo <mark>gương</mark> <mark>Bác</mark> Hồ",
    );
  });

  it("handles đ and upper case", () => {
    expect(highlight("ĐẢNG BỘ KHỐI", ["dang"])).toBe("<mark>ĐẢNG</mark> BỘ KHỐI");
    expect(highlight("Đảng ủy đang họp", ["dang"])).toBe("<mark>Đảng</mark> ủy <mark>đang</mark> họp");
  });

  it("marks prefixes at word starts only", () => {
    expect(highlight("tuyên truyền", ["tuy"])).toBe("<mark>tuy</mark>ên truyền");
    expect(highlight("khuyến khích", ["uy"])).toBe("khuyến khích");
  });

  it("merges overlapping and adjacent matches of several terms", () => {
    expect(highlight("Nghị quyết số 91", ["nghi", "nghi quyet", "91"])).toBe(
      "<mark>Nghị quyết</mark> số <mark>91</mark>",
    );
  });

  it("keeps positions right for decomposed (NFD) text", () => {
    const text = "Theo gương Bá".normalize("NFD");
    expect(highlight(text, ["guong", "ba"])).toBe(
      `Theo <mark>${"gương".normalize("NFD")}</mark> <mark>${"Bá".normalize("NFD")}</mark>`,
    );
  });

  it("escapes everything that is not a mark", () => {
    expect(highlight('<script>alert("Đảng")</script> & \'x\'', ["dang"])).toBe(
      "&lt;script&gt;alert(&quot;<mark>Đảng</mark>&quot;)&lt;/script&gt; &amp; &#39;x&#39;",
    );
    expect(highlight("<b>", ["b"])).toBe("&lt;<mark>b</mark>&gt;");
    expect(highlight("a < b", [])).toBe("a &lt; b");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("snippet", () => {
  const words = Array.from({ length: 100 }, (_, n) => `từ${n}`).join(" ");

  it("keeps short text whole", () => {
    expect(snippet("  Ngắn   gọn ", ["ngan"])).toBe("Ngắn gọn");
  });

  it("cuts long text around the first match, at spaces", () => {
    const text = `${words} Đảng bộ ${words}`;
    const result = snippet(text, ["dang"], 120);
    expect(result.startsWith("… ")).toBe(true);
    expect(result.endsWith(" …")).toBe(true);
    expect(result).toContain("Đảng bộ");
    expect(result.length).toBeLessThanOrEqual(124);
    expect(result).toMatch(/^… từ\d+ /u);
  });

  it("starts at the beginning when there is no match", () => {
    expect(snippet(words, ["khong"], 50).startsWith("từ0 ")).toBe(true);
  });
});
