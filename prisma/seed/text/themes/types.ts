import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { SectionKey } from "../sections";
import type { TagKey } from "../tags";

/** A title pattern with exactly two distinct {slots}, each filled from a pool. */
export type TitleTemplate = { kind: ItemKind; text: string; isInDepth?: boolean };

/**
 * Everything needed to write items about one subject. Text may use {slot}
 * placeholders naming the theme's pools (and the shared {unit}).
 */
export type Theme = {
  key: string;
  /** The primary section first, then sections an item may also appear in. */
  sections: readonly SectionKey[];
  pools: Readonly<Record<string, readonly string[]>>;
  titles: readonly TitleTemplate[];
  leads: readonly string[];
  headings: readonly string[];
  sentences: readonly string[];
  bullets: readonly string[];
  captions: readonly string[];
  tags: readonly TagKey[];
  images: readonly string[];
};
