import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { buildRss } from "@/lib/feeds/build-rss";
import { feedPlainText } from "@/lib/feeds/plain-text";
import { escapeXml, rfc822Date } from "@/lib/feeds/xml";

const channel = {
  title: "Trang TTĐT Đảng bộ Khối",
  link: "https://example.vn/",
  feedUrl: "https://example.vn/rss.xml",
  description: "Tin, bài mới nhất",
};

describe("escapeXml", () => {
  it("escapes the five special characters and drops forbidden control characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
    expect(escapeXml("Đảng\u0000\u0008 bộ\u000B\n")).toBe("Đảng bộ\n");
    expect(escapeXml("😀 ok")).toBe("😀 ok");
  });
});

describe("rfc822Date", () => {
  it("formats as RSS wants", () => {
    expect(rfc822Date("2019-02-28T01:30:00.000Z")).toBe("Thu, 28 Feb 2019 01:30:00 GMT");
  });
});

describe("buildRss", () => {
  const xml = buildRss(channel, [
    {
      title: "Theo gương Bác <đặc biệt> & mới",
      link: "https://example.vn/bai-viet/theo-guong-bac?a=1&b=2",
      description: "Sapô có dấu \"trích dẫn\"",
      pubDate: "2026-11-22T03:00:00.000Z",
      categories: ["Theo gương Bác", "Xây dựng Đảng"],
      enclosure: { url: "https://example.vn/api/media/2026/11/a.webp", type: "image/webp", length: 12345 },
    },
    {
      title: "Tin thứ hai",
      link: "https://example.vn/bai-viet/tin-thu-hai",
      description: "",
      pubDate: "2026-11-21T03:00:00.000Z",
      categories: [],
    },
  ]);

  it("is RSS 2.0 with a channel and escaped items", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain("<title>Trang TTĐT Đảng bộ Khối</title>");
    expect(xml).toContain("<language>vi</language>");
    expect(xml).toContain('<atom:link href="https://example.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    // Readers render titles as HTML, so "<đặc biệt>" (a tag to a lenient parser) is dropped, not escaped.
    expect(xml).toContain("<title>Theo gương Bác &amp; mới</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://example.vn/bai-viet/theo-guong-bac?a=1&amp;b=2</guid>');
    expect(xml).toContain("<pubDate>Sun, 22 Nov 2026 03:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Sun, 22 Nov 2026 03:00:00 GMT</lastBuildDate>");
    expect(xml).toContain("<category>Xây dựng Đảng</category>");
    expect(xml).toContain('<enclosure url="https://example.vn/api/media/2026/11/a.webp" type="image/webp" length="12345"/>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml.match(/<enclosure /g)).toHaveLength(1);
  });

  it("never leaves a raw < or & in text", () => {
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  });

  it("works with no items", () => {
    const empty = buildRss(channel, []);
    expect(empty).toContain("<channel>");
    expect(empty).not.toContain("<item>");
    expect(empty).not.toContain("lastBuildDate");
  });
});

// What a feed reader sees: the XML parsed, each text field XML-unescaped.
function readerFields(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const fields: string[] = [];
  for (const name of ["title", "description", "category"]) {
    const nodes = doc.getElementsByTagName(name);
    for (let i = 0; i < nodes.length; i++) fields.push(nodes.item(i)!.textContent ?? "");
  }
  return fields;
}

describe("feed text fields", () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const xml = buildRss(
    { ...channel, title: `Trang <b>TTĐT</b>`, description: `Mô tả <script>alert(1)</script>` },
    [
      {
        title: `Tin ${hostile} nóng <scr<script>ipt>alert(1)</script>`,
        link: "https://example.vn/bai-viet/tin",
        description: `${hostile} Sapô & "trích dẫn" <a href="javascript:alert(1)">bấm</a> <!-- x --> <img src=y`,
        pubDate: "2026-11-22T03:00:00.000Z",
        categories: ["<i>Xây dựng Đảng</i>"],
      },
    ],
  );

  it("hold no markup once the XML is unescaped, in every text field", () => {
    const fields = readerFields(xml);
    expect(fields).toHaveLength(5);
    for (const field of fields) expect(field).not.toMatch(/<[\p{L}/!?]/u);
    expect(fields).toContain("Tin nóng ipt>alert(1)");
    expect(fields).toContain('Sapô & "trích dẫn" bấm');
    expect(fields).toContain("Xây dựng Đảng");
    expect(fields).toContain("Trang TTĐT");
  });

  it("are escaped once for XML, never twice", () => {
    expect(xml).toContain("<description>Sapô &amp; &quot;trích dẫn&quot; bấm</description>");
    expect(xml).not.toContain("&amp;lt;");
    expect(xml).not.toContain("&amp;amp;");
  });

  it("keep ordinary text, comparisons and Vietnamese intact", () => {
    expect(feedPlainText("Tăng 5 < 7 và 9 > 3, Tom & Jerry")).toBe("Tăng 5 < 7 và 9 > 3, Tom & Jerry");
    expect(feedPlainText("  Hai\n dòng  ")).toBe("Hai dòng");
  });
});
