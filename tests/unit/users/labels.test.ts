import { describe, expect, it } from "vitest";
import { POSITION_LABELS, ROLE_LABELS, rolesText } from "@/lib/users/labels";

describe("user labels", () => {
  it("names roles and positions in Vietnamese, in canonical order", () => {
    expect(ROLE_LABELS.SECRETARY).toBe("Thư ký Ban Biên tập");
    expect(POSITION_LABELS.STAFF).toBe("Cán bộ/chuyên viên");
    expect(rolesText(["CONTRIBUTOR", "SECRETARY"])).toBe("Cộng tác viên, Thư ký Ban Biên tập");
  });
});
