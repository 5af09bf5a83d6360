// {slot} templates. A slot without a value is a bug in the text pools, so it throws.
const SLOT = /\{([a-zA-Z]+)\}/g;

export function slotsOf(template: string): string[] {
  return [...new Set([...template.matchAll(SLOT)].map((match) => match[1]!))];
}

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  const filled = template.replace(SLOT, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return value;
  });
  return upperFirst(filled);
}

/** "đảng bộ…" → "Đảng bộ…"; leaves a leading quotation mark alone. */
export function upperFirst(value: string): string {
  const index = value.search(/\p{L}/u);
  if (index < 0) return value;
  return value.slice(0, index) + value.charAt(index).toLocaleUpperCase("vi") + value.slice(index + 1);
}
