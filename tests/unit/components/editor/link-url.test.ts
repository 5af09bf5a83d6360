import { describe, expect, it } from "vitest";
import { LINK_ERRORS, normalizeLinkHref } from "@/components/editor/link-url";

describe("normalizeLinkHref", () => {
  it.each([
    ["https://dangcongsan.vn/tin-tuc", "https://dangcongsan.vn/tin-tuc"],
    ["http://example.vn", "http://example.vn/"],
    ["dangcongsan.vn", "https://dangcongsan.vn/"],
    ["  www.nhandan.vn/a?b=1#c  ", "https://www.nhandan.vn/a?b=1#c"],
    ["banbientap@demo.local", "mailto:banbientap@demo.local"],
    ["mailto:thuky@demo.local", "mailto:thuky@demo.local"],
  ])("%s → %s", (input, href) => {
    expect(normalizeLinkHref(input)).toEqual({ ok: true, href });
  });

  it.each([
    ["", LINK_ERRORS.empty],
    ["javascript:alert(1)", LINK_ERRORS.invalid],
    ["JAVASCRIPT:alert(1)", LINK_ERRORS.invalid],
    ["java\tscript:alert(1)", LINK_ERRORS.invalid],
    ["data:text/html;base64,PHNjcmlwdD4=", LINK_ERRORS.invalid],
    ["vbscript:x", LINK_ERRORS.invalid],
    ["ftp://example.vn", LINK_ERRORS.invalid],
    ["tel:0123", LINK_ERRORS.invalid],
    ["mailto:javascript:alert(1)", LINK_ERRORS.invalid],
    ["mailto:%E0%A4%A", LINK_ERRORS.invalid],
    ["https://user:pass@example.vn", LINK_ERRORS.invalid],
    ["localhost", LINK_ERRORS.invalid],
    ["https://exa mple.vn", LINK_ERRORS.invalid],
  ])("%j is refused", (input, error) => {
    expect(normalizeLinkHref(input)).toEqual({ ok: false, error });
  });
});
