import { describe, expect, it } from "vitest";
import { parseTags, saveFields, type EditorValues } from "@/components/editor/editor-values";
import { itemSaveSchema } from "@/lib/validations/item";

describe("parseTags", () => {
  it("splits on commas and semicolons, trims and drops repeats", () => {
    expect(parseTags(" chuyển đổi số, Học tập và làm theo Bác;chuyển  đổi số ,, ")).toEqual(["chuyển đổi số", "Học tập và làm theo Bác"]);
    expect(parseTags("Đảng bộ, đảng bộ")).toEqual(["Đảng bộ"]);
    expect(parseTags("")).toEqual([]);
  });
});

describe("saveFields", () => {
  const values: EditorValues = {
    kind: "NEWS",
    isInDepth: true,
    title: "Tiêu đề",
    lead: "",
    bodyJson: { type: "doc", content: [{ type: "paragraph" }] },
    sectionIds: [3, 1],
    tags: ["a"],
    coAuthors: [{ id: 7, name: "B" }],
    penName: "",
    source: "",
    cover: null,
    coverCaption: "left over",
    coverAlt: "left over",
  };

  it("is what saveItemAction's schema accepts; only articles are in-depth, no cover means no cover text", () => {
    const parsed = itemSaveSchema.parse({ ...saveFields(values), itemId: 1, version: 1, isAutosave: true });
    expect(parsed).toMatchObject({ kind: "NEWS", isInDepth: false, sectionIds: [3, 1], coAuthorIds: [7], coverImageId: null, coverAlt: null, coverCaption: null, penName: null });
    expect(saveFields({ ...values, kind: "ARTICLE" }).isInDepth).toBe(true);
  });
});
