type BylineInput = {
  authorNames: string[];
  penName?: string | null;
};

/**
 * The byline readers see. A pen name (bút danh) replaces the real names when
 * set: the author chose to sign that way, and their account still counts for
 * quotas behind the scenes.
 */
export function formatByline({ authorNames, penName }: BylineInput): string {
  const pen = penName?.trim();
  if (pen) return pen;
  const names = authorNames.map((name) => name.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`;
}
