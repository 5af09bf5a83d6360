import { authorizeRoute } from "@/lib/server/auth/route-access";
import { xlsxResponse } from "@/lib/exports/xlsx-response";
import { getRoyaltySheet } from "@/lib/server/royalties/get-royalty-sheet";
import { sheetFileName } from "@/lib/royalties/royalty-sheet-labels";
import { periodOrCurrent } from "@/lib/royalties/royalty-sheet-maths";
import { royaltySheetWorkbookBuffer } from "@/lib/server/royalties/royalty-workbooks";

// GET /quan-tri/nhuan-but/excel?thang=2026-11: the month's sheet as nhuan-but-2026-11.xlsx
// ("Theo tác giả" to sign for, "Chi tiết" item by item).
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, "royalties.manage");
  if (!access.ok) return access.response;
  const now = new Date();
  const period = periodOrCurrent(new URL(request.url).searchParams.get("thang") ?? undefined, now);
  const sheet = await getRoyaltySheet(period);
  return xlsxResponse(await royaltySheetWorkbookBuffer(sheet, now), sheetFileName(period));
}
