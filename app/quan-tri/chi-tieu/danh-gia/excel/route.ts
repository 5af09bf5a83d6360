import { authorizeRoute } from "@/lib/server/auth/route-access";
import { evaluationWorkbookBuffer } from "@/lib/server/exports/evaluation-workbook";
import { loadQuotaExport } from "@/lib/server/exports/load-quota-export";
import { xlsxResponse } from "@/lib/exports/xlsx-response";

// GET /quan-tri/chi-tieu/danh-gia/excel?nam=2026: the evaluation list (every
// member with a target, met or not) as danh-gia-chi-tieu-2026.xlsx.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, "quotas.read");
  if (!access.ok) return access.response;
  const year = new URL(request.url).searchParams.get("nam") ?? undefined;
  // Only the year: the list is everyone's, whatever the dashboard's filters.
  const { report, countingRule } = await loadQuotaExport({ nam: year });
  const bytes = await evaluationWorkbookBuffer(report, countingRule);
  return xlsxResponse(bytes, `danh-gia-chi-tieu-${report.year}.xlsx`);
}
