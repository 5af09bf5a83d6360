// The fixed parts of the committee's printed reports, in one place so the
// wording can be reviewed: who receives them and who signs.

export const REPORT_RECIPIENTS = [
  "Các đồng chí Ủy viên Ban Thường vụ;",
  "Các đồng chí thành viên Ban Biên tập;",
  "Các cấp ủy cơ sở, đoàn thể trực thuộc;",
  "Lưu VP.",
] as const;

/** The standing committee signs on behalf of itself; the name is left blank for the signer. */
export const STANDING_COMMITTEE_SIGNATURE = { on: "T/M BAN THƯỜNG VỤ", title: "PHÓ BÍ THƯ" } as const;
