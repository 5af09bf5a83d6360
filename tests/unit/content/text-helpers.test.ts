import { describe, expect, it } from "vitest";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { textParagraphs } from "@/lib/content/text-paragraphs";

describe("isPlausibleSlug", () => {
  it("accepts generated slugs and refuses anything else", () => {
    expect(isPlausibleSlug("theo-guong-bac-2")).toBe(true);
    expect(isPlausibleSlug("Theo-Guong")).toBe(false);
    expect(isPlausibleSlug("theo--guong")).toBe(false);
    expect(isPlausibleSlug("theo gương")).toBe(false);
    expect(isPlausibleSlug("a".repeat(201))).toBe(false);
  });
});

describe("textParagraphs", () => {
  it("splits on blank lines and unwraps single line breaks", () => {
    expect(textParagraphs("Một\r\nhai.\n\n\nBa.\n \n")).toEqual(["Một hai.", "Ba."]);
    expect(textParagraphs("")).toEqual([]);
  });
});
