import type { DocumentType } from "@/lib/generated/prisma/enums";

// Chữ viết tắt tên loại văn bản, as the rules on drafting documents spell
// them: for the Party, Hướng dẫn 36-HD/VPTW (2018); for the State, Nghị định
// 30/2020/NĐ-CP, Phụ lục III. Safe for client components.

/**
 * The abbreviation each of the site's types carries in its number/symbol.
 * Công văn: Party bodies write CV ("12-CV/BTGTU"); State bodies write none
 * ("1234/UBND-VX").
 */
export const TYPE_ABBREVIATIONS: Record<DocumentType, string> = {
  PLAN: "KH",
  RESOLUTION: "NQ",
  DIRECTIVE: "CT",
  GUIDANCE: "HD",
  CONCLUSION: "KL",
  DECISION: "QĐ",
  REPORT: "BC",
  OFFICIAL_LETTER: "CV",
  SCHEME: "ĐA",
};

/** Real types the site does not list: recognised (and named in messages), never mistaken for an issuer. */
export const OTHER_TYPE_ABBREVIATIONS: Record<string, string> = {
  QĐi: "Quy định",
  QyĐ: "Quy định",
  QC: "Quy chế",
  TB: "Thông báo",
  TT: "Thông tư (thông tri)",
  TTLT: "Thông tư liên tịch",
  NQLT: "Nghị quyết liên tịch",
  NĐ: "Nghị định",
  PL: "Pháp lệnh",
  ĐL: "Điều lệ",
  CTr: "Chương trình",
  TTr: "Tờ trình",
  PA: "Phương án",
  DA: "Dự án",
  BB: "Biên bản",
  HĐ: "Hợp đồng",
  CĐ: "Công điện",
  BGN: "Bản ghi nhớ",
  BTT: "Bản thỏa thuận",
  GUQ: "Giấy ủy quyền",
  GM: "Giấy mời",
  GGT: "Giấy giới thiệu",
  GNP: "Giấy nghỉ phép",
  PG: "Phiếu gửi",
  PC: "Phiếu chuyển",
  PB: "Phiếu báo",
};

const BY_ABBREVIATION = new Map(Object.entries(TYPE_ABBREVIATIONS).map(([type, abbreviation]) => [abbreviation, type as DocumentType]));

/** The site's type an abbreviation stands for ("KH" → PLAN), exactly as written. */
export function typeOfAbbreviation(abbreviation: string): DocumentType | null {
  return BY_ABBREVIATION.get(abbreviation) ?? null;
}

/** Whether the text is a known type abbreviation, exactly as written. */
export function isTypeAbbreviation(abbreviation: string): boolean {
  return BY_ABBREVIATION.has(abbreviation) || Object.hasOwn(OTHER_TYPE_ABBREVIATIONS, abbreviation);
}

/** A known abbreviation written in the wrong case ("Kh", "QĐI"), as it should be; else null. */
export function correctCaseOf(abbreviation: string): string | null {
  const folded = abbreviation.toLocaleUpperCase("vi");
  const known = [...BY_ABBREVIATION.keys(), ...Object.keys(OTHER_TYPE_ABBREVIATIONS)];
  const match = known.find((candidate) => candidate !== abbreviation && candidate.toLocaleUpperCase("vi") === folded);
  return match && !isTypeAbbreviation(abbreviation) ? match : null;
}
