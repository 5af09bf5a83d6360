import { authorizeRoute } from "@/lib/server/auth/route-access";
import { xlsxResponse } from "@/lib/exports/xlsx-response";
import { getRoyaltyYear } from "@/lib/server/royalties/get-royalty-year";
import { yearFileName } from "@/lib/royalties/royalty-sheet-labels";
import { yearOrCurrent } from "@/lib/royalties/royalty-sheet-maths";
import { royaltyYearWorkbookBuffer } from "@/lib/server/royalties/royalty-workbooks";

// GET /quan-tri/nhuan-but/nam/excel?nam=2026: the year's budget against payments by month, and per author.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, "royalties.manage");
  if (!access.ok) return access.response;
  const now = new Date();
  const year = yearOrCurrent(new URL(request.url).searchParams.get("nam") ?? undefined, now);
  return xlsxResponse(await royaltyYearWorkbookBuffer(await getRoyaltyYear(year), now), yearFileName(year));
}
