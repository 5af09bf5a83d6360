import { feedPlainText } from "@/lib/feeds/plain-text";
import { escapeXml, rfc822Date } from "@/lib/feeds/xml";

// RSS 2.0 (https://www.rssboard.org/rss-specification), built as a string:
// the whole document is small and every text node goes through escapeXml.
// Human-readable fields (titles, descriptions, categories) are plain text
// first: readers render them as HTML (see plain-text.ts).

export type RssChannel = {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  feedUrl: string;
  description: string;
  lastBuildDate?: string;
};

export type RssEntry = {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  categories: string[];
  enclosure?: { url: string; type: string; length: number } | null;
};

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
const textTag = (name: string, value: string) => tag(name, feedPlainText(value));

function entryXml(entry: RssEntry): string {
  const lines = [
    textTag("title", entry.title),
    tag("link", entry.link),
    `<guid isPermaLink="true">${escapeXml(entry.link)}</guid>`,
    tag("pubDate", rfc822Date(entry.pubDate)),
    textTag("description", entry.description),
    ...entry.categories.map((category) => textTag("category", category)),
  ];
  if (entry.enclosure) {
    const { url, type, length } = entry.enclosure;
    lines.push(`<enclosure url="${escapeXml(url)}" type="${escapeXml(type)}" length="${Math.max(0, Math.trunc(length))}"/>`);
  }
  return `<item>\n      ${lines.join("\n      ")}\n    </item>`;
}

export function buildRss(channel: RssChannel, entries: RssEntry[]): string {
  const lastBuild = channel.lastBuildDate ?? entries[0]?.pubDate;
  const head = [
    textTag("title", channel.title),
    tag("link", channel.link),
    textTag("description", channel.description),
    tag("language", "vi"),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuild ? [tag("lastBuildDate", rfc822Date(lastBuild))] : []),
    tag("ttl", "30"),
  ];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">`,
    `  <channel>`,
    `    ${head.join("\n    ")}`,
    ...entries.map((entry) => `    ${entryXml(entry)}`),
    `  </channel>`,
    `</rss>`,
    "",
  ].join("\n");
}

export const RSS_HEADERS = {
  "Content-Type": "application/rss+xml; charset=utf-8",
  "Cache-Control": "public, max-age=300, stale-while-revalidate=600",
  "X-Content-Type-Options": "nosniff",
} as const;
