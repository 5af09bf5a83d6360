type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  authorNames: string[];
  imageUrl: string | null;
  section: string | null;
  publisherName: string;
  publisherUrl: string;
};

/** schema.org NewsArticle for an item page, as a JSON-LD object. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = { "@type": "Organization", name: input.publisherName, url: input.publisherUrl };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline,
    description: input.description || undefined,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: "vi",
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    url: input.url,
    image: input.imageUrl ? [input.imageUrl] : undefined,
    articleSection: input.section ?? undefined,
    // Pen names are people too; with no named author the committee signs.
    author: input.authorNames.length
      ? input.authorNames.map((name) => ({ "@type": "Person", name }))
      : [publisher],
    publisher,
  };
}

/**
 * Serialises JSON-LD for a <script> tag: "<" is escaped so a title containing
 * "</script>" cannot end the tag early.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
