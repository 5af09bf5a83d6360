import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/search/fold-text";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/parse-search-query";

describe("foldText", () => {
  it("folds like search_fold in the database", () => {
    expect(foldText("Theo gương Bác")).toBe("theo guong bac");
    expect(foldText("ĐẢNG ủy")).toBe("dang uy");
    expect(foldText("Nghị quyết")).toBe("nghi quyet");
    // Decomposed input (copied from some editors) folds the same way.
    expect(foldText("Đảng".normalize("NFD"))).toBe("dang");
  });
});

describe("parseSearchQuery", () => {
  it("folds every word and makes it a prefix term, all required", () => {
    const query = parseSearchQuery("  Theo   gương Bác ");
    expect(query?.text).toBe("Theo gương Bác");
    expect(query?.terms).toEqual(["theo", "guong", "bac"]);
    expect(query?.tsquery).toBe("theo:* & guong:* & bac:*");
  });

  it("returns null when nothing searchable is left", () => {
    for (const raw of [undefined, null, "", "   ", "'", "&|!", ":*", "…", "🙂🙂", "<->", "()"]) {
      expect(parseSearchQuery(raw), String(raw)).toBeNull();
    }
  });

  it("strips tsquery operators and quotes so nothing can be injected", () => {
    const inputs = ["a & b", "a | b", "!a", "a:*", "(a)", "a<->b", "'a'", "x'; DROP TABLE items; --", 'a "b"', "a\\b", "a*"];
    for (const raw of inputs) {
      const query = parseSearchQuery(raw);
      expect(query, raw).not.toBeNull();
      for (const term of query!.terms) expect(term, raw).toMatch(/^[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*$/u);
      expect(query!.tsquery).toMatch(/^[\p{L}\p{N}/.-]+:\*( & [\p{L}\p{N}/.-]+:\*)*$/u);
    }
    expect(parseSearchQuery("x'; DROP TABLE items; --")?.tsquery).toBe("x:* & drop:* & table:* & items:*");
  });

  it("keeps a number/symbol together the way PostgreSQL's parser does", () => {
    const query = parseSearchQuery("91-KH/ĐUK");
    expect(query?.terms).toEqual(["91-kh/duk"]);
    expect(query?.highlightTerms).toEqual(["duk", "91", "kh"]);
    expect(query?.numberKey).toBe("91khduk");
    expect(parseSearchQuery("91 KH")?.numberKey).toBe("91kh");
    expect(parseSearchQuery("- a -")?.terms).toEqual(["a"]);
    expect(parseSearchQuery("theo guong bac")?.numberKey).toBe("");
  });

  it("caps the length and the number of terms", () => {
    const long = parseSearchQuery("đảng ".repeat(200));
    expect(long!.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long!.terms).toEqual(["dang"]);
    const many = parseSearchQuery("a b c d e f g h i j k l");
    expect(many!.terms).toHaveLength(8);
    const word = parseSearchQuery("x".repeat(500));
    expect(word!.terms[0]!.length).toBeLessThanOrEqual(50);
  });

  it("ignores emoji and control characters", () => {
    expect(parseSearchQuery("🙂 Đảng\u0000 ủy")?.terms).toEqual(["dang", "uy"]);
  });

  it("detects the words typed with accents", () => {
    expect(parseSearchQuery("theo guong bac")?.accentedWords).toEqual([]);
    expect(parseSearchQuery("Theo gương Bác")?.accentedWords).toEqual(["gương", "bác"]);
    expect(parseSearchQuery("ĐẢNG")?.accentedWords).toEqual(["đảng"]);
    expect(parseSearchQuery("đang")?.accentedWords).toEqual(["đang"]);
  });
});

