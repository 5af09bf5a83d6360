import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { renderBodyHtml } from "@/lib/content/render-html";
import { demoClock, vietnamDay } from "@/prisma/seed/clock";
import { buildDemoItemContent } from "@/prisma/seed/item-content";
import { mulberry32 } from "@/prisma/seed/random";
import { schedulePublishedItems } from "@/prisma/seed/schedule";
import { demoCampaigns } from "@/prisma/seed/text/campaigns";
import { slotsOf } from "@/prisma/seed/text/fill";
import { DEMO_NON_PUBLIC_ITEMS } from "@/prisma/seed/text/internal-items";
import { SECTIONS } from "@/prisma/seed/text/sections";
import { TAGS } from "@/prisma/seed/text/tags";
import { ALL_THEMES } from "@/prisma/seed/text/themes";

const nodeTypes = (node: JSONContent): string[] => [node.type ?? "", ...(node.content ?? []).flatMap(nodeTypes)];

describe("demo text pools", () => {
  it("give every title template exactly two slots and every slot a pool", () => {
    for (const theme of ALL_THEMES) {
      const pools = new Set(["unit", ...Object.keys(theme.pools)]);
      for (const template of theme.titles) expect(slotsOf(template.text), template.text).toHaveLength(2);
      const texts = [...theme.titles.map((t) => t.text), ...theme.leads, ...theme.sentences, ...theme.captions];
      for (const text of texts) for (const slot of slotsOf(text)) expect(pools.has(slot), `${theme.key}: ${text}`).toBe(true);
    }
  });
});

describe("buildDemoItemContent", () => {
  it("is deterministic", () => {
    expect(buildDemoItemContent(123)).toEqual(buildDemoItemContent(123));
  });

  it("never repeats a title", () => {
    const titles = new Set<string>();
    for (let index = 0; index < 5_000; index++) titles.add(buildDemoItemContent(index).title);
    expect(titles.size).toBe(5_000);
  });

  it("keeps titles unique once a template's pairs run out", () => {
    const titles = new Set<string>();
    for (let index = 40_000; index < 41_000; index++) titles.add(buildDemoItemContent(index).title);
    expect(titles.size).toBe(1_000);
  });

  it("writes complete bodies that render and sanitise", () => {
    const tagNames = new Set<string>(Object.values(TAGS));
    for (let index = 0; index < 120; index++) {
      const item = buildDemoItemContent(index);
      const types = nodeTypes(item.bodyJson);
      for (const type of ["heading", "bulletList", "blockquote", "figure"]) expect(types, item.title).toContain(type);
      const html = renderBodyHtml(item.bodyJson);
      expect(html).toMatch(/<figure><img src="\/api\/media\/demo\/[a-z-]+\.webp" alt="[^"]+"/);
      expect(html).toContain("<figcaption>");
      const sentences = item.lead.split(/(?<=\.)\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(item.tags.length).toBeGreaterThan(0);
      for (const tag of item.tags) expect(tagNames.has(tag)).toBe(true);
      expect(item.cover.alt.length).toBeGreaterThan(10);
      if (item.isInDepth) expect(item.kind).toBe("ARTICLE");
    }
  });

  it("covers every section and all kinds it uses", () => {
    const sections = new Set<string>();
    const kinds = new Set<string>();
    for (let index = 0; index < 300; index++) {
      const item = buildDemoItemContent(index);
      sections.add(item.sectionKeys[0]!);
      kinds.add(item.kind);
    }
    expect([...sections].sort()).toEqual(SECTIONS.map((section) => section.key).sort());
    expect([...kinds].sort()).toEqual(["ARTICLE", "NEWS", "PHOTO_STORY"]);
  });
});

describe("demo schedule", () => {
  // 00:00 on 1 January in Vietnam (still 31 December in UTC) is the thinnest
  // demo content: last year only, nothing yet this month.
  for (const now of ["2025-12-31T17:00:00Z", "2026-01-01T01:00:00Z", "2026-11-23T04:00:00Z"]) {
    it(`publishes every section every month and never after now (${now})`, () => {
      const clock = demoClock(new Date(now));
      const slots = schedulePublishedItems(clock, demoCampaigns(clock));
      expect(slots.length).toBeGreaterThanOrEqual(300);
      for (const slot of slots) {
        expect(slot.publishedAt.getTime()).toBeLessThanOrEqual(clock.now.getTime());
        expect(slot.publishedAt.getTime()).toBeGreaterThanOrEqual(clock.start.getTime());
        const { minutes } = vietnamDay(slot.publishedAt);
        expect(minutes).toBeGreaterThanOrEqual(7 * 60);
        expect(minutes).toBeLessThanOrEqual(17 * 60);
      }
      const perMonth = new Set(slots.map((slot) => `${slot.theme.key}/${vietnamDay(slot.publishedAt).year}-${vietnamDay(slot.publishedAt).month}`));
      for (const section of SECTIONS) {
        for (let month = 1; month <= 12; month++) expect(perMonth.has(`${section.key}/${clock.lastYear}-${month}`)).toBe(true);
        // More than one page (20 a page) of items filed first under it, whatever the day: the
        // reader journey (tests/e2e) opens page 2 and an item of the section's own from it.
        expect(slots.filter((slot) => slot.theme.sections[0] === section.key).length, section.key).toBeGreaterThan(20);
      }
    });
  }
});

describe("demo helpers", () => {
  it("mulberry32 is a fixed sequence", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });

  it("lists non-public items with unique slugs in every unpublished state", () => {
    const slugs = new Set(DEMO_NON_PUBLIC_ITEMS.map((item) => item.slug));
    expect(slugs.size).toBe(DEMO_NON_PUBLIC_ITEMS.length);
    const states = new Set(DEMO_NON_PUBLIC_ITEMS.map((item) => item.status));
    expect([...states].sort()).toEqual(["DRAFT", "FORWARDED", "REJECTED", "RETURNED", "SCHEDULED", "SUBMITTED", "UNPUBLISHED"]);
  });
});
