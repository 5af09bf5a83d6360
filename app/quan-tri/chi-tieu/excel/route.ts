import { authorizeRoute } from "@/lib/server/auth/route-access";
import { loadQuotaExport } from "@/lib/server/exports/load-quota-export";
import { quotaWorkbookBuffer } from "@/lib/server/exports/quota-workbook";
import { xlsxResponse } from "@/lib/exports/xlsx-response";
import { getMonthlyParticipation } from "@/lib/server/quotas/get-monthly-participation";

// GET /quan-tri/chi-tieu/excel?nam=2026&don-vi=…&chuc-vu=…&trang-thai=…&q=…&sap-xep=…&chieu=…
// The dashboard's people (same filters and order, every page), its units and
// the monthly grid as chi-tieu-2026.xlsx.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, "quotas.read");
  if (!access.ok) return access.response;
  const now = new Date();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const data = await loadQuotaExport(params, now);
  const monthly = await getMonthlyParticipation(data.filter.year, now);
  const bytes = await quotaWorkbookBuffer({ ...data, monthly });
  return xlsxResponse(bytes, `chi-tieu-${data.filter.year}.xlsx`);
}
