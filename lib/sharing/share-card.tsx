import { trimAtWord } from "@/lib/sharing/share-text";

// The generated share card (1200×630) for items without a cover: the title
// large, the committee above it, the date and the site below, in the site's
// colours (app/globals.css: --color-brand #9f1111, stone greys). satori lays
// it out with flexbox only; every element with several children says so.

export type ShareCardInput = {
  title: string;
  superior: string;
  committee: string;
  /** "ngày 06 tháng 12 năm 2026", already in Vietnam time. */
  dateText: string;
  siteName: string;
  kindText: string;
};

const BRAND = "#9f1111";
const BRAND_DARK = "#7a0c0c";
const GOLD = "#f5c542";
const INK = "#1c1917";

/** Long titles get a smaller size so they fit in four lines at most. */
export function titleFontSize(title: string): number {
  if (title.length <= 60) return 66;
  if (title.length <= 100) return 56;
  if (title.length <= 140) return 48;
  return 42;
}

export const CARD_TITLE_MAX = 170;

export function ShareCard({ input, fontFamily }: { input: ShareCardInput; fontFamily: string }) {
  const title = trimAtWord(input.title, CARD_TITLE_MAX);
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", backgroundColor: "#ffffff", fontFamily }}>
      <div style={{ display: "flex", flexDirection: "column", backgroundColor: BRAND, color: "#ffffff", padding: "34px 64px 28px" }}>
        <div style={{ display: "flex", fontSize: 26, opacity: 0.9 }}>{input.superior.toUpperCase()}</div>
        <div style={{ display: "flex", fontSize: 36, fontWeight: 700, marginTop: 6 }}>{input.committee.toUpperCase()}</div>
      </div>
      <div style={{ display: "flex", height: 8, backgroundColor: GOLD }} />
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "40px 64px 0", justifyContent: "center" }}>
        <div style={{ display: "flex", fontSize: 26, fontWeight: 700, color: BRAND, letterSpacing: 1 }}>{input.kindText.toUpperCase()}</div>
        <div style={{ display: "flex", fontSize: titleFontSize(title), fontWeight: 700, color: INK, lineHeight: 1.22, marginTop: 12 }}>
          {title}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          borderTop: `3px solid ${BRAND_DARK}`,
          margin: "0 64px",
          padding: "22px 0 30px",
          fontSize: 26,
          color: "#44403c",
        }}
      >
        <div style={{ display: "flex" }}>{input.siteName}</div>
        <div style={{ display: "flex" }}>{capitalise(input.dateText)}</div>
      </div>
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
