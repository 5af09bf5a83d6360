import "server-only";
import type { ReportPeriod, SectionCadenceRow } from "@/lib/reports/report-types";

// CONTRACT STUB: implemented by the reports helper.

/** Every visible section with a cadence, measured over the period (to `now` at most). */
export async function getSectionCadence(period: ReportPeriod, now: Date = new Date()): Promise<SectionCadenceRow[]> {
  void period;
  void now;
  throw new Error("getSectionCadence: not implemented yet");
}

/** Sections behind their cadence in the current cadence window(s), for the secretary's and board's home. */
export async function listSectionsBehind(now: Date = new Date()): Promise<SectionCadenceRow[]> {
  void now;
  throw new Error("listSectionsBehind: not implemented yet");
}
