import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import {
  correctCaseOf,
  isTypeAbbreviation,
  OTHER_TYPE_ABBREVIATIONS,
  TYPE_ABBREVIATIONS,
  typeOfAbbreviation,
} from "@/lib/documents/type-abbreviations";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// Số/ký hiệu of a directive document, in the two official shapes:
//   Party (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): <số>-<loại>/<cơ quan>
//     91-KH/ĐUK, 35-NQ/TW, 12-CV/BTGTU
//   State (Nghị định 30/2020/NĐ-CP): <số>/<loại>-<cơ quan>, with the year for
//     legal documents: 46/KH-STTTT, 30/2020/NĐ-CP; a công văn has no type:
//     <số>/<cơ quan>-<đơn vị soạn thảo>, 1234/UBND-VX.
// A draft not yet numbered keeps the blank: "-KH/ĐUK". Pure and safe for
// client components: the form checks as the person types.

export const NUMBER_SYMBOL_MAX_LENGTH = 60;

export type NumberSymbolFormat = "PARTY" | "STATE" | "STATE_LETTER";

export type ParsedNumberSymbol = {
  format: NumberSymbolFormat;
  /** As it is stored and shown: "91-KH/ĐUK". */
  normalized: string;
  /** "91", "07"; null while a draft waits for its number. */
  number: string | null;
  /** "30/2020/NĐ-CP" → 2020. */
  year: number | null;
  /** "KH"; null for a State công văn. */
  typeAbbreviation: string | null;
  /** "ĐUK", "STTTT", "CP", "UBND". */
  issuer: string;
  /** A State công văn's drafting unit: "VX". */
  unit: string | null;
};

export type NumberSymbolCheck = { ok: true; value: ParsedNumberSymbol; warnings: string[] } | { ok: false; error: string };

const EXAMPLES = "ví dụ 91-KH/ĐUK (văn bản của Đảng) hoặc 46/KH-STTTT (văn bản nhà nước)";
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SLASHES = /[\u2044\u2215\uFF0F]/g;
const TOKEN = /^[\p{L}\d]*\p{L}[\p{L}\d]*$/u;

const fail = (error: string): NumberSymbolCheck => ({ ok: false, error });

/** Typographic dashes and slashes, "Số:" in front, spaces around separators and the look-alike Ð tidied away. */
export function normalizeNumberSymbol(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\u00D0/g, "Đ")
    .replace(/\u00F0/g, "đ")
    .replace(DASHES, "-")
    .replace(SLASHES, "/")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^số\s*[:.]?\s*/iu, "")
    .replace(/\s*([-/])\s*/g, "$1");
}

/** Tokens written in lower case ("kh", "đuk"): Vietnamese abbreviations are capitals ("TTg", "QĐi" start with one). */
function lowercaseSuggestion(text: string): string | null {
  const tokens = text.split(/([-/])/);
  const isLower = (token: string) => /^\P{L}*\p{Ll}/u.test(token);
  if (!tokens.some(isLower)) return null;
  return tokens.map((token) => (isLower(token) ? token.toLocaleUpperCase("vi") : token)).join("");
}

function checkNumber(number: string): string | null {
  if (number.length > 6) return "Số văn bản dài tối đa 6 chữ số.";
  if (/^0+$/.test(number)) return "Số văn bản bắt đầu từ 1 (có thể viết 01, 02…).";
  return null;
}

function parseParty(number: string | null, rest: string, normalized: string): NumberSymbolCheck {
  const parts = rest.split("/");
  if (parts.length === 1) return fail(`Thiếu dấu “/” và chữ viết tắt tên cơ quan ban hành: số/ký hiệu của Đảng có dạng 91-KH/ĐUK.`);
  if (parts.length > 2) return fail(`Số/ký hiệu của Đảng chỉ có một dấu “/”, dạng 91-KH/ĐUK.`);
  const [type, issuer] = parts as [string, string];
  if (!type) return fail(`Thiếu chữ viết tắt tên loại văn bản giữa dấu “-” và dấu “/”, ví dụ 91-KH/ĐUK.`);
  if (!TOKEN.test(type)) return fail(`Chữ viết tắt tên loại văn bản “${type}” không hợp lệ: số/ký hiệu của Đảng có dạng 91-KH/ĐUK.`);
  const corrected = correctCaseOf(type);
  if (corrected) return fail(`Viết đúng chữ viết tắt tên loại văn bản: “${corrected}”, không phải “${type}”.`);
  if (!issuer) return fail(`Thiếu chữ viết tắt tên cơ quan ban hành sau dấu “/”, ví dụ 91-KH/ĐUK.`);
  if (!issuer.split("-").every((token) => TOKEN.test(token))) {
    return fail(`Chữ viết tắt tên cơ quan ban hành “${issuer}” không hợp lệ, ví dụ ĐUK, TU, BTGTU.`);
  }
  return { ok: true, value: { format: "PARTY", normalized, number, year: null, typeAbbreviation: type, issuer, unit: null }, warnings: [] };
}

function parseState(number: string | null, rest: string, normalized: string): NumberSymbolCheck {
  let year: number | null = null;
  let body = rest;
  const withYear = /^(\d{4})\/(.*)$/u.exec(rest);
  if (withYear) {
    year = Number(withYear[1]);
    body = withYear[2]!;
    if (year < 1945 || year > 2100) return fail(`Năm ${withYear[1]} trong số/ký hiệu không hợp lệ.`);
  }
  if (body.includes("/")) return fail(`Số/ký hiệu nhà nước có dạng 46/KH-STTTT, hoặc có năm như 30/2020/NĐ-CP.`);
  if (!body) return fail(`Thiếu ký hiệu sau dấu “/”: ${EXAMPLES}.`);
  const parts = body.split("-");
  const empty = parts.findIndex((part) => !part);
  if (empty === 0) return fail(`Thiếu chữ viết tắt trước dấu “-”: số/ký hiệu nhà nước có dạng 46/KH-STTTT hoặc 1234/UBND-VX.`);
  if (empty > 0) return fail(`Thiếu chữ viết tắt sau dấu “-”: số/ký hiệu nhà nước có dạng 46/KH-STTTT hoặc 1234/UBND-VX.`);
  const invalid = parts.find((part) => !TOKEN.test(part));
  if (invalid) return fail(`Chữ viết tắt “${invalid}” không hợp lệ: ${EXAMPLES}.`);
  const [first, ...others] = parts as [string, ...string[]];
  if (isTypeAbbreviation(first)) {
    if (others.length === 0) return fail(`Thiếu chữ viết tắt tên cơ quan ban hành sau “${first}-”, ví dụ 46/KH-STTTT.`);
    const value: ParsedNumberSymbol = { format: "STATE", normalized, number, year, typeAbbreviation: first, issuer: others.join("-"), unit: null };
    return { ok: true, value, warnings: [] };
  }
  const corrected = correctCaseOf(first);
  if (corrected) return fail(`Viết đúng chữ viết tắt tên loại văn bản: “${corrected}”, không phải “${first}”.`);
  if (year !== null) return fail(`Sau năm cần chữ viết tắt tên loại văn bản và cơ quan ban hành, ví dụ 30/2020/NĐ-CP.`);
  const value: ParsedNumberSymbol = { format: "STATE_LETTER", normalized, number, year, typeAbbreviation: null, issuer: first, unit: others.join("-") || null };
  return { ok: true, value, warnings: [] };
}

/** Reads a number/symbol in either official shape, or says in Vietnamese what is wrong. */
export function parseNumberSymbol(raw: string): NumberSymbolCheck {
  const text = normalizeNumberSymbol(raw);
  if (!text) return fail(`Nhập số/ký hiệu văn bản, ${EXAMPLES}.`);
  if (text.length > NUMBER_SYMBOL_MAX_LENGTH) return fail(`Số/ký hiệu dài tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự.`);
  const stray = /[^\p{L}\d/-]/u.exec(text)?.[0];
  if (stray === " ") return fail(`Số/ký hiệu viết liền, không có khoảng trắng: ${EXAMPLES}.`);
  if (stray) return fail(`Số/ký hiệu chỉ gồm chữ số, chữ cái, dấu gạch ngang (-) và dấu gạch chéo (/); hãy bỏ ký tự “${stray}”.`);
  if (!/[-/]/.test(text)) return fail(`Số/ký hiệu thiếu dấu gạch ngang và gạch chéo: ${EXAMPLES}.`);
  const suggestion = lowercaseSuggestion(text);
  if (suggestion) return fail(`Chữ viết tắt trong số/ký hiệu phải viết hoa, ví dụ “${suggestion}”.`);
  if (/^\d+\p{L}/u.test(text)) {
    return fail(`Sau số văn bản cần dấu gạch ngang (văn bản của Đảng: 91-KH/ĐUK) hoặc dấu gạch chéo (văn bản nhà nước: 46/KH-STTTT).`);
  }
  const lead = /^(\d*)([-/])(.*)$/u.exec(text);
  if (!lead) return fail(`Số/ký hiệu bắt đầu bằng số văn bản: ${EXAMPLES}.`);
  const [, digits, separator, rest] = lead as unknown as [string, string, "-" | "/", string];
  const numberError = digits ? checkNumber(digits) : null;
  if (numberError) return fail(numberError);
  const number = digits || null;
  const parsed = separator === "-" ? parseParty(number, rest, text) : parseState(number, rest, text);
  if (parsed.ok && !number) parsed.warnings.push("Văn bản chưa có số: chỉ công bố được khi đã điền số văn bản.");
  return parsed;
}

const label = (type: DocumentType) => DOCUMENT_TYPE_LABELS[type];
const otherLabel = (abbreviation: string) => OTHER_TYPE_ABBREVIATIONS[abbreviation];

/**
 * Whether the type abbreviation agrees with the chosen type: a clash with
 * another of the site's types is refused; a real type the site does not list
 * (TB Thông báo, QĐi Quy định…) only draws a warning.
 */
export function checkNumberSymbolType(value: ParsedNumberSymbol, type: DocumentType): { error: string | null; warnings: string[] } {
  const chosen = label(type);
  const abbreviation = value.typeAbbreviation;
  if (type === "OFFICIAL_LETTER" && value.format === "STATE_LETTER") return { error: null, warnings: [] };
  if (type === "OFFICIAL_LETTER" && value.format === "STATE" && abbreviation === "CV") {
    const warning = "Theo Nghị định 30/2020/NĐ-CP, công văn của cơ quan nhà nước không ghi “CV”; dạng đúng là <số>/<cơ quan>-<đơn vị soạn thảo>, ví dụ 1234/UBND-VX.";
    return { error: null, warnings: [warning] };
  }
  if (type !== "OFFICIAL_LETTER" && value.format === "STATE_LETTER") {
    return {
      error: `“${value.normalized}” có dạng số/ký hiệu công văn (không có chữ viết tắt tên loại), nhưng loại văn bản đã chọn là ${chosen}: ghi chữ viết tắt “${TYPE_ABBREVIATIONS[type]}”, ví dụ 46/${TYPE_ABBREVIATIONS[type]}-STTTT.`,
      warnings: [],
    };
  }
  if (!abbreviation) return { error: null, warnings: [] };
  const expected = TYPE_ABBREVIATIONS[type];
  if (abbreviation === expected) return { error: null, warnings: [] };
  const other = typeOfAbbreviation(abbreviation);
  if (other && type === "OFFICIAL_LETTER") {
    const shape = value.format === "PARTY" ? "công văn của cơ quan Đảng ghi “CV”, ví dụ 12-CV/BTGTU" : "công văn của cơ quan nhà nước không có chữ viết tắt tên loại, ví dụ 1234/UBND-VX";
    return { error: `“${abbreviation}” là chữ viết tắt của ${label(other)}, nhưng loại văn bản đã chọn là Công văn: ${shape}.`, warnings: [] };
  }
  if (other) {
    return {
      error: `“${abbreviation}” là chữ viết tắt của ${label(other)}, nhưng loại văn bản đã chọn là ${chosen} (viết tắt “${expected}”). Sửa số/ký hiệu hoặc chọn lại loại văn bản.`,
      warnings: [],
    };
  }
  if (otherLabel(abbreviation)) {
    return { error: null, warnings: [`“${abbreviation}” là chữ viết tắt của ${otherLabel(abbreviation)}, không phải của ${chosen}; hãy kiểm tra lại loại văn bản.`] };
  }
  return { error: `Chữ viết tắt tên loại “${abbreviation}” không khớp với loại ${chosen} (viết tắt “${expected}”).`, warnings: [] };
}

/** parseNumberSymbol plus, when a type is chosen, the cross-check against it. */
export function validateNumberSymbol(raw: string, type?: DocumentType | null): NumberSymbolCheck {
  const parsed = parseNumberSymbol(raw);
  if (!parsed.ok || !type) return parsed;
  const { error, warnings } = checkNumberSymbolType(parsed.value, type);
  return error ? fail(error) : { ...parsed, warnings: [...parsed.warnings, ...warnings] };
}
