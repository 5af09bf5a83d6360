import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normalizeNumberSymbol, parseNumberSymbol, validateNumberSymbol } from "@/lib/documents/number-symbol";
import { DOCUMENTS } from "@/prisma/seed/text/documents";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { documentCreateSchema, vietnamToday } from "@/lib/validations/document";

const errorOf = (raw: string, type?: DocumentType) => {
  const result = validateNumberSymbol(raw, type);
  return result.ok ? null : result.error;
};

describe("number/symbol: what the seeds and the rules write", () => {
  it.each(DOCUMENTS.map((document) => [document.numberSymbol, document.type] as const))("%s (%s) is valid for its type", (numberSymbol, type) => {
    const result = validateNumberSymbol(numberSymbol, type);
    expect(result).toMatchObject({ ok: true, value: { normalized: numberSymbol } });
  });

  it("reads the Party shape <number>-<type>/<issuer>", () => {
    for (const [raw, number, type, issuer] of [
      ["91-KH/ĐUK", "91", "KH", "ĐUK"],
      ["17-ĐA/TU", "17", "ĐA", "TU"],
      ["72-KH/BTGTU", "72", "KH", "BTGTU"],
      ["85-BC/BTGTU", "85", "BC", "BTGTU"],
      ["07-CT/TW", "07", "CT", "TW"],
      ["35-NQ/TW", "35", "NQ", "TW"],
      ["36-HD/VPTW", "36", "HD", "VPTW"],
      ["12-CV/BTGTU", "12", "CV", "BTGTU"],
      ["08-QĐi/TW", "08", "QĐi", "TW"],
    ]) {
      expect(parseNumberSymbol(raw!)).toEqual({
        ok: true,
        value: { format: "PARTY", normalized: raw, number, year: null, typeAbbreviation: type, issuer, unit: null },
        warnings: [],
      });
    }
  });

  it("reads the State shapes: <number>/<type>-<issuer>, with a year, and the công văn <number>/<issuer>-<unit>", () => {
    expect(parseNumberSymbol("46/KH-STTTT")).toMatchObject({ ok: true, value: { format: "STATE", number: "46", typeAbbreviation: "KH", issuer: "STTTT" } });
    expect(parseNumberSymbol("123/QĐ-UBND")).toMatchObject({ ok: true, value: { format: "STATE", typeAbbreviation: "QĐ", issuer: "UBND" } });
    expect(parseNumberSymbol("30/2020/NĐ-CP")).toMatchObject({ ok: true, value: { format: "STATE", number: "30", year: 2020, typeAbbreviation: "NĐ", issuer: "CP" } });
    expect(parseNumberSymbol("52/2016/QĐ-TTg")).toMatchObject({ ok: true, value: { year: 2016, typeAbbreviation: "QĐ", issuer: "TTg" } });
    expect(parseNumberSymbol("1234/UBND-VX")).toMatchObject({ ok: true, value: { format: "STATE_LETTER", typeAbbreviation: null, issuer: "UBND", unit: "VX" } });
    expect(validateNumberSymbol("1234/UBND-VX", "OFFICIAL_LETTER")).toMatchObject({ ok: true, warnings: [] });
    expect(validateNumberSymbol("123/QĐ-UBND", "DECISION")).toMatchObject({ ok: true, warnings: [] });
  });

  it("tidies spaces, typographic dashes, a leading “Số:” and the look-alike Ð", () => {
    expect(normalizeNumberSymbol("  Số: 91 – KH / ĐUK ")).toBe("91-KH/ĐUK");
    expect(normalizeNumberSymbol("46 ∕ KH — STTTT")).toBe("46/KH-STTTT");
    expect(normalizeNumberSymbol("91-KH/\u00D0UK")).toBe("91-KH/ĐUK");
    expect(normalizeNumberSymbol("Số: 91-KH/ĐUK".normalize("NFD"))).toBe("91-KH/ĐUK");
    expect(validateNumberSymbol("số 17 - ĐA / TU", "SCHEME")).toMatchObject({ ok: true, value: { normalized: "17-ĐA/TU" } });
  });

  it("lets a draft wait for its number, with a warning", () => {
    const result = validateNumberSymbol("-KH/ĐUK", "PLAN");
    expect(result).toMatchObject({ ok: true, value: { number: null } });
    expect(result.ok && result.warnings[0]).toMatch(/chưa có số/);
  });
});

describe("number/symbol: refused with a useful message", () => {
  it("refuses garbage and missing parts", () => {
    expect(errorOf("")).toMatch(/Nhập số\/ký hiệu/);
    expect(errorOf("abc")).toMatch(/thiếu dấu gạch ngang và gạch chéo/);
    expect(errorOf("!!!")).toMatch(/bỏ ký tự “!”/);
    expect(errorOf("91 KH ĐUK")).toMatch(/không có khoảng trắng/);
    expect(errorOf("91KH/ĐUK")).toMatch(/Sau số văn bản cần dấu gạch ngang/);
    expect(errorOf("KH/ĐUK")).toMatch(/bắt đầu bằng số văn bản/);
    expect(errorOf("91-KH")).toMatch(/Thiếu dấu “\/” và chữ viết tắt tên cơ quan ban hành/);
    expect(errorOf("91-/ĐUK")).toMatch(/Thiếu chữ viết tắt tên loại văn bản/);
    expect(errorOf("91-KH/")).toMatch(/Thiếu chữ viết tắt tên cơ quan ban hành/);
    expect(errorOf("91-KH/ĐUK/2019")).toMatch(/chỉ có một dấu “\/”/);
    expect(errorOf("46/KH")).toMatch(/Thiếu chữ viết tắt tên cơ quan ban hành sau “KH-”/);
    expect(errorOf("46/KH-")).toMatch(/Thiếu chữ viết tắt sau dấu “-”/);
    expect(errorOf("46/")).toMatch(/Thiếu ký hiệu/);
    expect(errorOf("0-KH/ĐUK")).toMatch(/bắt đầu từ 1/);
    expect(errorOf("1234567-KH/ĐUK")).toMatch(/tối đa 6 chữ số/);
    expect(errorOf("123/2020/UBND-VX")).toMatch(/Sau năm cần chữ viết tắt tên loại/);
    expect(errorOf("12/1800/NĐ-CP")).toMatch(/Năm 1800/);
    expect(errorOf(`${"9".repeat(3)}-KH/${"A".repeat(70)}`)).toMatch(/tối đa 60 ký tự/);
  });

  it("refuses lower case and suggests the capitals", () => {
    expect(errorOf("91-kh/đuk")).toBe("Chữ viết tắt trong số/ký hiệu phải viết hoa, ví dụ “91-KH/ĐUK”.");
    expect(errorOf("46/kh-stttt")).toMatch(/“46\/KH-STTTT”/);
    expect(errorOf("91-Kh/ĐUK")).toMatch(/“KH”, không phải “Kh”/);
    expect(errorOf("12-QĐI/TW")).toMatch(/“QĐi”, không phải “QĐI”/);
  });

  it("refuses a type abbreviation that belongs to another of the site's types", () => {
    expect(errorOf("91-NQ/ĐUK", "PLAN")).toBe(
      "“NQ” là chữ viết tắt của Nghị quyết, nhưng loại văn bản đã chọn là Kế hoạch (viết tắt “KH”). Sửa số/ký hiệu hoặc chọn lại loại văn bản.",
    );
    expect(errorOf("46/KH-STTTT", "REPORT")).toMatch(/“KH” là chữ viết tắt của Kế hoạch.*Báo cáo/);
    expect(errorOf("12-CV/BTGTU", "PLAN")).toMatch(/“CV” là chữ viết tắt của Công văn/);
    expect(errorOf("12-XYZ/ĐUK", "PLAN")).toMatch(/“XYZ” không khớp với loại Kế hoạch/);
  });

  it("knows a công văn: CV for the Party, no type for the State", () => {
    expect(errorOf("245-CV/ĐUK", "OFFICIAL_LETTER")).toBeNull();
    expect(errorOf("91-KH/ĐUK", "OFFICIAL_LETTER")).toMatch(/công văn của cơ quan Đảng ghi “CV”, ví dụ 12-CV\/BTGTU/);
    expect(errorOf("46/KH-STTTT", "OFFICIAL_LETTER")).toMatch(/không có chữ viết tắt tên loại, ví dụ 1234\/UBND-VX/);
    expect(errorOf("1234/UBND-VX", "PLAN")).toMatch(/có dạng số\/ký hiệu công văn.*ghi chữ viết tắt “KH”/);
    const withCv = validateNumberSymbol("12/CV-UBND", "OFFICIAL_LETTER");
    expect(withCv.ok && withCv.warnings[0]).toMatch(/không ghi “CV”/);
  });

  it("only warns about a real type the site does not list", () => {
    const result = validateNumberSymbol("12-TB/ĐUK", "PLAN");
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings[0]).toMatch(/“TB” là chữ viết tắt của Thông báo/);
  });
});

describe("the document form's schema", () => {
  const valid = {
    numberSymbol: " 91 - KH/ĐUK ",
    type: "PLAN",
    issuingBody: " Ban Thường vụ  Đảng ủy khối ",
    issuedAt: "2019-02-28",
    effectiveAt: "",
    summary: "Kế hoạch hoạt động Trang thông tin điện tử Đảng bộ khối năm 2019",
    signerName: "",
  };
  const errorsOf = (input: unknown) => {
    const result = documentCreateSchema.safeParse(input);
    return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>);
  };

  it("normalises and converts what the form sends", () => {
    expect(documentCreateSchema.parse(valid)).toEqual({
      numberSymbol: "91-KH/ĐUK",
      type: "PLAN",
      issuingBody: "Ban Thường vụ Đảng ủy khối",
      issuedAt: new Date("2019-02-28T00:00:00Z"),
      effectiveAt: null,
      summary: valid.summary,
      signerName: null,
    });
  });

  it("checks dates, summary, issuing body and the number against the type and year", () => {
    expect(errorsOf({ ...valid, issuedAt: "2999-01-01" }).issuedAt).toEqual(["Ngày ban hành không được sau ngày hôm nay."]);
    expect(errorsOf({ ...valid, issuedAt: vietnamToday() }).issuedAt).toBeUndefined();
    expect(errorsOf({ ...valid, issuedAt: "2019-02-30" }).issuedAt).toEqual(["Ngày không có trên lịch."]);
    expect(errorsOf({ ...valid, effectiveAt: "2019-02-27" }).effectiveAt).toEqual(["Ngày hiệu lực không được trước ngày ban hành."]);
    expect(errorsOf({ ...valid, summary: "Ngắn" }).summary).toEqual(["Trích yếu cần ít nhất 10 ký tự."]);
    expect(errorsOf({ ...valid, summary: "x".repeat(1001) }).summary).toEqual(["Trích yếu dài tối đa 1000 ký tự."]);
    expect(errorsOf({ ...valid, issuingBody: "  " }).issuingBody).toEqual(["Nhập cơ quan ban hành."]);
    expect(errorsOf({ ...valid, numberSymbol: "91-kh/đuk" }).numberSymbol?.[0]).toMatch(/phải viết hoa/);
    expect(errorsOf({ ...valid, type: "REPORT" }).numberSymbol?.[0]).toMatch(/“KH” là chữ viết tắt của Kế hoạch/);
    expect(errorsOf({ ...valid, numberSymbol: "30/2019/QĐ-UBND", type: "DECISION", issuedAt: "2020-01-02" }).numberSymbol).toEqual([
      "Năm trong số/ký hiệu (2019) khác năm ban hành (2020).",
    ]);
    expect(errorsOf({ ...valid, type: "MEMO" }).type).toEqual(["Chọn loại văn bản."]);
  });
});
