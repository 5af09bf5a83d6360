// What the link dialog accepts: web addresses and e-mail addresses only.

export type LinkHref = { ok: true; href: string } | { ok: false; error: string };

export const LINK_ERRORS = {
  empty: "Nhập địa chỉ liên kết.",
  invalid: "Địa chỉ không hợp lệ. Chỉ dùng địa chỉ web (https://…) hoặc thư điện tử (mailto:…).",
} as const;

const EMAIL = /^[^\s@/:?#]+@[^\s@/:?#]+\.[^\s@/:?#]+$/;

/** "vnexpress.net" → "https://vnexpress.net"; "a@b.vn" → "mailto:a@b.vn"; anything else with a scheme other than http(s)/mailto is refused. */
export function normalizeLinkHref(input: string): LinkHref {
  const text = input.trim();
  if (!text) return { ok: false, error: LINK_ERRORS.empty };
  if (text.length > 2000 || /[\s\u0000-\u001f\u007f]/.test(text)) return { ok: false, error: LINK_ERRORS.invalid };
  if (EMAIL.test(text)) return { ok: true, href: `mailto:${text}` };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : `https://${text.replace(/^\/\//, "")}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: LINK_ERRORS.invalid };
  }
  if (url.protocol === "mailto:") {
    let address = "";
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return { ok: false, error: LINK_ERRORS.invalid };
    }
    return EMAIL.test(address) ? { ok: true, href: `mailto:${address}` } : { ok: false, error: LINK_ERRORS.invalid };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, error: LINK_ERRORS.invalid };
  // A host needs a dot (or is localhost-like nonsense for a public page).
  if (!url.hostname.includes(".") || url.username || url.password) return { ok: false, error: LINK_ERRORS.invalid };
  return { ok: true, href: url.href };
}
