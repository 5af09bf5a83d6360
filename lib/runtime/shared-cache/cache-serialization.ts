// Next's cache entries hold Buffers (rendered HTML, RSC payloads) and Maps
// (segment data) besides plain JSON; both survive a trip through Redis as
// tagged JSON objects.

type Tagged = { $buffer: string } | { $map: [unknown, unknown][] };

export function serializeEntry(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    const original = key === "" ? current : this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") } satisfies Tagged;
    if (original instanceof Map) return { $map: [...original.entries()] } satisfies Tagged;
    return current;
  });
}

export function deserializeEntry<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object") {
      if ("$buffer" in value && typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if ("$map" in value && Array.isArray(value.$map)) return new Map(value.$map as [unknown, unknown][]);
    }
    return value;
  }) as T;
}
