// Small line icons for the toolbar (24×24, stroke = currentColor). Decorative:
// every button carries its Vietnamese name in aria-label.

const PATHS = {
  bulletList: "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
  orderedList: "M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 1 1 2.5 1.1L3.5 19H6.5",
  blockquote: "M4 17c0-5 2-8 5-9M4 13h4v5H4zM13 17c0-5 2-8 5-9M13 13h4v5h-4z",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  table: "M3 5h18v14H3zM3 10h18M3 15h18M9 5v14M15 5v14",
  image: "M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01",
  video: "M3 5h18v14H3zM10 9v6l5-3z",
  undo: "M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
  importDocx: "M6 3h8l4 4v14H6zM14 3v4h4M8.5 11l1.5 6 2-4.5 2 4.5 1.5-6",
  alt: "M3 5h18v14H3zM7 15l2.5-6 2.5 6M8 13h3M14 9v6h3",
} as const;

export type ToolbarIconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
