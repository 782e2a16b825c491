import { toCsv } from "@/lib/csv/write";
import type { SalesModel } from "@/lib/metrics/queries/sales-model";

export const SALES_MODEL_CSV_HEADER = [
  "segment_key",
  "stage",
  "team",
  "team_function",
  "mode",
  "period_start",
  "period_end",
  "accounts_entered",
] as const;

/** The sales-model matrix, one row per segment and stage; functions, modes and stages by their code. */
export function salesModelCsv(model: SalesModel): string {
  const rows = model.segments.flatMap((segment) =>
    segment.stages.map((cell) => [
      segment.segmentKey,
      cell.stage,
      cell.owner?.teamName,
      cell.owner?.teamFunction,
      cell.owner?.mode,
      model.period.start,
      model.period.end,
      cell.entered,
    ]),
  );
  return toCsv(SALES_MODEL_CSV_HEADER, rows);
}
