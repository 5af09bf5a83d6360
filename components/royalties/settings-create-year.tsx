"use client";

import { ExplainedActionButton } from "@/components/admin/explained-action-button";
import { createRoyaltySettingsAction } from "@/lib/actions/royalty-settings";

/**
 * "Tạo năm 2027 (sao chép từ năm 2026)": one click creates the year's
 * settings and opens them. A plain form: works without JavaScript.
 */
export function SettingsCreateYear({ year, fromYear, variant = "primary" }: { year: number; fromYear: number | null; variant?: "primary" | "secondary" }) {
  return (
    <ExplainedActionButton
      action={createRoyaltySettingsAction}
      fields={{ year }}
      variant={variant}
      label={fromYear === null ? `Tạo định mức năm ${year}` : `Tạo năm ${year} (sao chép từ năm ${fromYear})`}
      hint={
        fromYear === null
          ? "Chưa có năm nào để sao chép: định mức mới dùng mức lương cơ sở 2.340.000 ₫, đơn vị hệ số 10 % và bảng hệ số mẫu theo thể loại, loại A/B/C."
          : `Sao chép mức lương cơ sở, giá trị đơn vị hệ số, bảng hệ số và các khoản thưởng của năm ${fromYear}; dự toán kinh phí để trống cho bạn nhập.`
      }
    />
  );
}
