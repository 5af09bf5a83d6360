// Deterministic Vietnamese item content: the same (theme, ordinal) or index
// always gives the same title, lead, body, kind and tags. Pure: no database,
// no clock, no randomness beyond the seeded PRNG, so the benchmark loader can
// reuse it for any number of items.
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { BodyDocument } from "@/lib/content/tiptap-schema";
import { mediaPath, sectionPath } from "@/lib/urls";
import { blockquote, bold, bulletList, doc, figure, heading, italic, link, paragraph, text } from "./body";
import { Rng } from "./random";
import { fill, slotsOf } from "./text/fill";
import { DEMO_IMAGES, demoImageByName, demoImageKey, type DemoImage } from "./text/images";
import { SECTIONS, type SectionKey } from "./text/sections";
import { TAGS, type TagKey } from "./text/tags";
import { ALL_THEMES, CAMPAIGN_THEMES, SECTION_THEMES, type Theme } from "./text/themes";
import { BULLET_INTROS, CLOSING_SENTENCES, HO_CHI_MINH_QUOTES, PLAN_QUOTES, QUOTE_SOURCES, PARTY_UNIT_POOL } from "./text/themes/shared";

export type DemoItemContent = {
  themeKey: string;
  /** Primary section first. */
  sectionKeys: SectionKey[];
  title: string;
  lead: string;
  bodyJson: BodyDocument;
  kind: ItemKind;
  isInDepth: boolean;
  /** Tag names (TAGS values). */
  tags: string[];
  cover: { imageName: string; storageKey: string; alt: string; caption: string };
  /** The unit the title speaks of, when it names one. */
  mentionedUnit?: string;
};

const EXTRA_TAGS: readonly TagKey[] = ["chuyenDoiSo", "lichSuDang", "caiCachHanhChinh", "nghiQuyetTw4", "nguoiTotViecTot"];

function poolsOf(theme: Theme): Readonly<Record<string, readonly string[]>> {
  return { unit: PARTY_UNIT_POOL, ...theme.pools };
}

// Each template walks its pools in its own shuffled order, so the first items
// of every theme do not all name the same unit.
const shuffledPools = new Map<string, readonly string[]>();
function shuffledPool(theme: Theme, templateIndex: number, slot: string): readonly string[] {
  const key = `${theme.key}/${templateIndex}/${slot}`;
  let pool = shuffledPools.get(key);
  if (!pool) {
    pool = new Rng("pool", key).shuffle(poolsOf(theme)[slot]!);
    shuffledPools.set(key, pool);
  }
  return pool;
}

/**
 * The ordinal-th title of a theme. Templates take turns; within a template the
 * two slots run through every pair once (a bijection), so titles never repeat.
 * When a template has used every pair, a "(bài N)" suffix keeps them unique.
 */
function titleFor(theme: Theme, ordinal: number) {
  const templateIndex = ordinal % theme.titles.length;
  const template = theme.titles[templateIndex]!;
  const [first, second] = slotsOf(template.text);
  if (!first || !second) throw new Error(`Title template needs two slots: ${template.text}`);
  const a = shuffledPool(theme, templateIndex, first);
  const b = shuffledPool(theme, templateIndex, second);
  const round = Math.floor(ordinal / theme.titles.length);
  const capacity = a.length * b.length;
  const pair = round % capacity;
  const i = pair % a.length;
  const j = (Math.floor(pair / a.length) + i) % b.length;
  const values = { [first]: a[i]!, [second]: b[j]! };
  const repeat = Math.floor(round / capacity);
  const title = fill(template.text, values) + (repeat > 0 ? ` (bài ${repeat + 1})` : "");
  return { template, title, values };
}

function takeSentences(queue: string[], count: number, values: Record<string, string>): string {
  const taken: string[] = [];
  for (let n = 0; n < count; n++) taken.push(fill(queue.shift() ?? CLOSING_SENTENCES[n % CLOSING_SENTENCES.length]!, values));
  return taken.join(" ");
}

function pickImage(rng: Rng, names: readonly string[], except?: string): DemoImage {
  const candidates = names.filter((name) => name !== except);
  return candidates.length ? demoImageByName(rng.pick(candidates)) : rng.pick(DEMO_IMAGES.filter((image) => image.name !== except));
}

function buildBody(theme: Theme, kind: ItemKind, values: Record<string, string>, rng: Rng, coverImage: string): BodyDocument {
  const sentences = rng.shuffle(theme.sentences);
  const headings = rng.shuffle(theme.headings);
  const captions = rng.shuffle(theme.captions);
  const isLong = kind === "ARTICLE";
  const bodyImage = pickImage(rng, theme.images, coverImage);
  const quote = rng.chance(0.2)
    ? { words: rng.pick(PLAN_QUOTES), source: QUOTE_SOURCES.plan }
    : { words: rng.pick(HO_CHI_MINH_QUOTES), source: QUOTE_SOURCES.hoChiMinh };
  const section = SECTIONS.find((candidate) => candidate.key === theme.sections[0])!;

  const blocks = [
    paragraph(takeSentences(sentences, 2, values)),
    paragraph(takeSentences(sentences, isLong ? 2 : 1, values)),
    heading(2, headings[0]!),
    paragraph(takeSentences(sentences, 2, values)),
    paragraph(fill(rng.pick(BULLET_INTROS), values)),
    bulletList(rng.sample(theme.bullets, rng.int(3, 4))),
    figure(
      { src: mediaPath(demoImageKey(bodyImage.name)), alt: bodyImage.alt, width: bodyImage.width, height: bodyImage.height },
      `${fill(captions[0]!, values)}. (Ảnh minh họa)`,
    ),
  ];
  if (isLong) {
    blocks.push(heading(2, headings[1] ?? headings[0]!), paragraph(takeSentences(sentences, 2, values)));
  }
  blocks.push(
    paragraph(takeSentences(sentences, 1, values)),
    blockquote(paragraph(`“${quote.words}”`), paragraph(text("— "), text(quote.source, bold, italic))),
    paragraph(rng.pick(CLOSING_SENTENCES)),
  );
  if (rng.chance(0.3)) {
    blocks.push(paragraph("Xem thêm các tin, bài khác trong chuyên mục ", text(section.name, link(sectionPath(section.key))), "."));
  }
  return doc(...blocks);
}

export function buildThemedItemContent(theme: Theme, ordinal: number): DemoItemContent {
  const rng = new Rng("item", theme.key, ordinal);
  const { template, title, values: titleValues } = titleFor(theme, ordinal);
  const values: Record<string, string> = { ...titleValues };
  for (const [slot, pool] of Object.entries(poolsOf(theme))) values[slot] ??= rng.pick(pool);

  // A lead that takes up the title's subject (not just its unit) reads best.
  const fit = (lead: string) =>
    slotsOf(lead).reduce((score, slot) => score + (slot in titleValues ? (slot === "unit" ? 1 : 2) : 0), 0);
  const bestFit = Math.max(...theme.leads.map(fit));
  let lead = fill(rng.pick(theme.leads.filter((candidate) => fit(candidate) === bestFit)), values);
  if (rng.chance(0.4)) lead += ` ${fill(rng.pick(CLOSING_SENTENCES), values)}`;

  const coverImage = demoImageByName(rng.pick(theme.images));
  const tagKeys = new Set<TagKey>(rng.sample(theme.tags, rng.int(1, 2)));
  if (rng.chance(0.3)) tagKeys.add(rng.pick(EXTRA_TAGS));
  const sectionKeys: SectionKey[] = [theme.sections[0]!];
  if (theme.sections[1] && rng.chance(0.2)) sectionKeys.push(theme.sections[1]);

  return {
    themeKey: theme.key,
    sectionKeys,
    title,
    lead,
    bodyJson: buildBody(theme, template.kind, values, rng, coverImage.name),
    kind: template.kind,
    isInDepth: template.isInDepth === true,
    tags: [...tagKeys].map((key) => TAGS[key]),
    cover: {
      imageName: coverImage.name,
      storageKey: demoImageKey(coverImage.name),
      alt: coverImage.alt,
      caption: `${fill(rng.pick(theme.captions), values)}. (Ảnh minh họa)`,
    },
    mentionedUnit: titleValues.unit,
  };
}

/** Themes in a repeating, interleaved order weighted by each section's monthly share. */
const CYCLE: readonly Theme[] = (() => {
  const weights = new Map<Theme, number>([
    ...SECTIONS.map((section) => [SECTION_THEMES[section.key], section.monthlyItems] as const),
    [CAMPAIGN_THEMES.congress, 1],
    [CAMPAIGN_THEMES.birthday, 1],
  ]);
  const cycle: Theme[] = [];
  for (let round = 0; cycle.length < [...weights.values()].reduce((a, b) => a + b, 0); round++) {
    for (const [theme, weight] of weights) if (round < weight) cycle.push(theme);
  }
  return cycle;
})();

/**
 * Content for the index-th demo item of an unbounded sequence (the benchmark
 * loader's entry point). Titles are unique per index.
 */
export function buildDemoItemContent(index: number): DemoItemContent {
  if (!Number.isInteger(index) || index < 0) throw new Error(`Invalid demo item index ${index}`);
  const position = index % CYCLE.length;
  const theme = CYCLE[position]!;
  const perCycle = CYCLE.filter((candidate) => candidate === theme).length;
  const before = CYCLE.slice(0, position).filter((candidate) => candidate === theme).length;
  return buildThemedItemContent(theme, Math.floor(index / CYCLE.length) * perCycle + before);
}

export { ALL_THEMES };
