// Directive documents with a generated PDF each (documents/<slug>.pdf).
import { formatLongDate } from "@/lib/content/dates";
import { uniqueSlug } from "@/lib/content/slug";
import { addDays, addMinutes, vietnamDay, vietnamTime, type DemoClock } from "../clock";
import { personByEmail, personByName, type SeedContext } from "../context";
import { writeStoredFile } from "../files";
import { renderDocumentPdf } from "../pdf";
import { Rng } from "../random";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import { DOCUMENTS, type DocumentDate, type DocumentSeed } from "../text/documents";
import { defaultParagraphs } from "../text/document-paragraphs";
import { DEMO_ACCOUNTS } from "../text/people";

const FOOTER = "Bản minh họa do hệ thống tạo cho dữ liệu trình diễn, không phải văn bản gốc";

/** The calendar date of issue as a UTC midnight (the column is a DATE). */
function issueDate(date: DocumentDate, clock: DemoClock): Date {
  if ("fixed" in date) return new Date(`${date.fixed}T00:00:00Z`);
  if ("daysAgo" in date) {
    const day = vietnamDay(addDays(clock.now, -date.daysAgo));
    return new Date(Date.UTC(day.year, day.month - 1, day.day));
  }
  return new Date(Date.UTC(date.year === "last" ? clock.lastYear : clock.thisYear, date.month - 1, date.day));
}

function fillYears(text: string, clock: DemoClock): string {
  return text
    .replaceAll("{lastYear}", String(clock.lastYear))
    .replaceAll("{thisYear}", String(clock.thisYear))
    .replaceAll("{nextYear}", String(clock.thisYear + 1))
    .replaceAll("{hcmYears}", String(clock.lastYear - 1890));
}

/** Old documents were put online when the site's archive begins; new ones a day or two after signing. */
function publicationTime(rng: Rng, issuedAt: Date, index: number, clock: DemoClock): Date {
  const signed = vietnamTime(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth() + 1, issuedAt.getUTCDate(), 9, rng.int(0, 59));
  const candidate = signed < clock.start ? addDays(addMinutes(clock.start, 8 * 60 + 30), 2 + index * 2) : addDays(signed, rng.int(1, 3));
  return candidate < clock.now ? candidate : addMinutes(clock.now, -rng.int(60, 240));
}

export type PreparedDocument = {
  seed: DocumentSeed;
  index: number;
  slug: string;
  summary: string;
  issuedAt: Date;
  file: { key: string; sizeBytes: number };
};

/** Renders and stores every document's PDF; no database access. */
export async function prepareDocuments(clock: DemoClock): Promise<PreparedDocument[]> {
  const slugs = new Set<string>();
  const prepared: PreparedDocument[] = [];
  const today = vietnamDay(clock.now);
  const todayDate = new Date(Date.UTC(today.year, today.month - 1, today.day));
  for (const [index, seed] of DOCUMENTS.entries()) {
    const issuedAt = issueDate(seed.issued, clock);
    // A document dated later this year than today has not been written yet.
    if (issuedAt > todayDate) continue;
    const summary = fillYears(seed.summary, clock);
    const slug = await uniqueSlug(`${seed.numberSymbol} ${summary}`, (candidate) => slugs.has(candidate));
    slugs.add(slug);
    const pdf = await renderPdf(seed, summary, issuedAt);
    const key = `documents/${slug}.pdf`;
    await writeStoredFile(key, pdf);
    prepared.push({ seed, index, slug, summary, issuedAt, file: { key, sizeBytes: pdf.byteLength } });
  }
  return prepared;
}

export async function seedDocuments(context: SeedContext, documents: PreparedDocument[]): Promise<number> {
  const { tx, clock } = context;
  const clerks = [personByEmail(context, DEMO_ACCOUNTS.secretary), personByName(context, "Đinh Quang Huy")];
  for (const { seed, index, slug, summary, issuedAt, file } of documents) {
    const rng = new Rng("document", seed.numberSymbol);
    const creator = clerks[index % clerks.length]!;
    const publishedAt = seed.isDraft ? null : publicationTime(rng, issuedAt, index, clock);
    const createdAt = publishedAt ? addMinutes(publishedAt, -rng.int(30, 180)) : addMinutes(clock.now, -rng.int(60, 600));
    const media = await tx.mediaFile.create({
      data: {
        kind: "PDF",
        storageKey: file.key,
        originalName: `${seed.numberSymbol.replace(/[^\p{L}\p{N}-]+/gu, "-").replace(/^-+/, "")}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: file.sizeBytes,
        uploadedById: creator.id,
        createdAt,
      },
      select: { id: true },
    });
    await tx.directiveDocument.create({
      data: {
        slug,
        numberSymbol: seed.numberSymbol,
        type: seed.type,
        issuingBody: seed.issuingBody,
        issuedAt,
        effectiveAt: seed.hasEffectiveDate ? issuedAt : null,
        summary,
        signerName: seed.signerName ?? null,
        status: seed.isDraft ? "DRAFT" : "PUBLISHED",
        publishedAt,
        createdById: creator.id,
        createdAt,
        updatedAt: publishedAt ?? createdAt,
        files: { create: { mediaFileId: media.id, sortOrder: 0 } },
      },
    });
  }
  return documents.length;
}

function renderPdf(seed: DocumentSeed, summary: string, issuedAt: Date): Promise<Uint8Array> {
  const place = seed.numberSymbol.endsWith("/TW") ? "Hà Nội, " : "";
  const date = formatLongDate(issuedAt);
  return renderDocumentPdf({
    header: seed.header,
    isState: seed.isState === true,
    numberSymbol: seed.numberSymbol,
    dateLine: place ? `${place}${date}` : date.charAt(0).toUpperCase() + date.slice(1),
    // A công văn carries no type heading, only its "V/v" summary.
    typeName: seed.type === "OFFICIAL_LETTER" ? "" : DOCUMENT_TYPE_LABELS[seed.type],
    summary,
    paragraphs: seed.paragraphs ?? defaultParagraphs(seed.type, summary, seed.issuingBody),
    signerTitle: seed.signerTitle,
    signerName: seed.signerName,
    issuedAt,
    footer: FOOTER,
  });
}
