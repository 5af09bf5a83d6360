// Every form that takes a date accepts it typed as dd/mm/yyyy (what the date
// fields show in any browser language) and still accepts yyyy-mm-dd; the rest
// of the code sees the ISO day either way.
import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "@/lib/validations/audit";
import { channelPostSchema } from "@/lib/validations/channel-post";
import { documentCreateSchema } from "@/lib/validations/document";
import { quotaPlanSaveSchema } from "@/lib/validations/quota-plan";
import { royaltyPaySchema } from "@/lib/validations/royalty-sheet";

describe("dates typed as dd/mm/yyyy reach the server's rules as ISO days", () => {
  it("directive documents: issued and effective dates", () => {
    const base = { numberSymbol: "91-KH/ĐUK", type: "PLAN", issuingBody: "Ban Thường vụ Đảng ủy khối", summary: "Kế hoạch hoạt động Trang thông tin điện tử năm 2019", signerName: "" };
    expect(documentCreateSchema.parse({ ...base, issuedAt: "28/02/2019", effectiveAt: "1/3/2019" })).toMatchObject({
      issuedAt: new Date("2019-02-28T00:00:00Z"),
      effectiveAt: new Date("2019-03-01T00:00:00Z"),
    });
    expect(documentCreateSchema.parse({ ...base, issuedAt: "2019-02-28", effectiveAt: "" }).issuedAt).toEqual(new Date("2019-02-28T00:00:00Z"));
    const refused = documentCreateSchema.safeParse({ ...base, issuedAt: "02/28/2019" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/ngày\/tháng\/năm|không có trên lịch/);
  });

  it("channel posts: the posting date", () => {
    const post = { itemId: "7", channel: "RADIO", outlet: "Đài truyền thanh xã", postedOn: "05/06/2020" };
    expect(channelPostSchema.parse(post).postedOn).toBe("2020-06-05");
  });

  it("royalty payments: the payment date", () => {
    expect(royaltyPaySchema.parse({ period: "2020-06", userId: "3", paidOn: "05/06/2020" }).paidOn).toBe("2020-06-05");
    expect(royaltyPaySchema.parse({ period: "2020-06", userId: "3", paidOn: "2020-06-05" }).paidOn).toBe("2020-06-05");
    expect(royaltyPaySchema.safeParse({ period: "2020-06", userId: "3", paidOn: "31/06/2020" }).success).toBe(false);
  });

  it("quota plans: issue date and reference date", () => {
    const plan = {
      year: "2027",
      updatedAt: "2026-12-06T10:00:00.000Z",
      name: "Kế hoạch hoạt động Trang thông tin điện tử năm 2027",
      reference: "",
      issuedOn: "28/02/2027",
      referenceDate: "01/07/2027",
      personRules: [],
      unitRules: [],
    };
    expect(quotaPlanSaveSchema.parse(plan)).toMatchObject({ issuedOn: "2027-02-28", referenceDate: "2027-07-01" });
  });

  it("the audit log's filter (from the URL)", () => {
    expect(parseAuditFilter({ tu: "01/12/2026", den: "2026-12-07" })).toMatchObject({ from: "2026-12-01", to: "2026-12-07" });
    expect(parseAuditFilter({ tu: "31/11/2026" }).from).toBeUndefined();
  });
});
