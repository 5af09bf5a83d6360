import { adminPaths } from "@/lib/admin-paths";

/** The evaluation list's Excel twin: a sibling route of the page, since a page cannot answer a file (?nam=2026). */
export const evaluationExcelPath = `${adminPaths.quotaEvaluation}/excel`;
