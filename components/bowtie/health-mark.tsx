import { cx } from "@/components/ui/cx";
import { HEALTH_SIGN, type Health } from "./stage-health";

const TONE: Record<Health, string> = {
  better: "text-health-better",
  worse: "text-health-worse",
  same: "text-health-same",
};

/** A change against the previous period: the arrow, the signed delta, and the verdict for screen readers. */
export function HealthMark({ health, delta, verdict }: { health: Health | null; delta: string | null; verdict: string | null }) {
  if (health === null || delta === null) return null;
  return (
    <span className={cx("inline-flex items-center gap-1 text-xs font-medium tabular-nums", TONE[health])}>
      <span aria-hidden="true">{HEALTH_SIGN[health]}</span>
      {delta}
      {verdict && <span className="sr-only">({verdict})</span>}
    </span>
  );
}
