import { describe, expect, it } from "vitest";
import { formatByline } from "@/lib/items/format-byline";
import { kindLabel } from "@/lib/items/item-labels";

describe("kindLabel", () => {
  it("names each kind as the editorial board does", () => {
    expect(kindLabel("NEWS")).toBe("Tin");
    expect(kindLabel("ARTICLE")).toBe("Bài");
    expect(kindLabel("PHOTO_STORY")).toBe("Phóng sự ảnh");
    expect(kindLabel("VIDEO")).toBe("Video");
  });

  it("marks in-depth articles, and only articles", () => {
    expect(kindLabel("ARTICLE", true)).toBe("Bài chuyên sâu");
    expect(kindLabel("NEWS", true)).toBe("Tin");
  });
});

describe("formatByline", () => {
  it("joins several authors with 'và'", () => {
    expect(formatByline({ authorNames: ["Nguyễn Văn An"] })).toBe("Nguyễn Văn An");
    expect(formatByline({ authorNames: ["Nguyễn Văn An", "Lê Thị Bình"] })).toBe("Nguyễn Văn An và Lê Thị Bình");
    expect(formatByline({ authorNames: ["A", "B", "C"] })).toBe("A, B và C");
  });

  it("prefers the pen name when one is set", () => {
    expect(formatByline({ authorNames: ["Nguyễn Văn An"], penName: " Hồng Hà " })).toBe("Hồng Hà");
    expect(formatByline({ authorNames: ["Nguyễn Văn An"], penName: "  " })).toBe("Nguyễn Văn An");
  });

  it("is empty without authors", () => {
    expect(formatByline({ authorNames: [] })).toBe("");
  });
});
