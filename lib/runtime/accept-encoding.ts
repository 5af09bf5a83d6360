// Accept-Encoding, read as RFC 9110 says: a coding with q=0 is refused, `*`
// stands for any coding not named.

export function acceptsEncoding(header: string | string[] | undefined, coding: string): boolean {
  const weights = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    weights.set(name, q ? Number(q.slice(2)) : 1);
  }
  return (weights.get(coding) ?? weights.get("*") ?? 0) > 0;
}
