import type { ScoringRunPhase, ScoringRunStatus } from "@/generated/prisma/enums";
import type { RescoreSummary } from "./rescore";

/** A run as the settings page shows and polls it; instants as ISO text, as they travel in JSON. */
export type ScoringRunView = {
  id: number;
  status: ScoringRunStatus;
  phase: ScoringRunPhase;
  /** The version of the rules it recomputes under. */
  version: number;
  total: number | null;
  processed: number;
  written: number;
  fitChanged: number;
  engagementChanged: number;
  mql: RescoreSummary["mql"];
  actor: string | null;
  finishedAt: string | null;
  failure: string | null;
  /** Cut off by a restart of the server. */
  interrupted: boolean;
  /** Failed or interrupted, the latest run, and its version still in force: it may be started again. */
  restartable: boolean;
};

/** Whether a run is still going: the page polls it until it is not. */
export function isUnderWay(run: Pick<ScoringRunView, "status">): boolean {
  return run.status === "QUEUED" || run.status === "RUNNING";
}
