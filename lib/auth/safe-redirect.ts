// Where a `callbackUrl` may send someone: only a path on our own origin.
// "//evil.example" and "/\evil.example" are read by browsers as other hosts,
// and any scheme ("https:", "javascript:") is refused outright.
export const DEFAULT_AFTER_SIGN_IN = "/quan-tri";

export function safeCallbackUrl(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  // Backslashes, control characters and whitespace can turn a path into a host.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(decoded)) return fallback;
  // A round trip through URL must keep us on the same origin and path.
  const url = new URL(value, "http://origin.invalid");
  if (url.origin !== "http://origin.invalid") return fallback;
  return url.pathname + url.search + url.hash;
}
