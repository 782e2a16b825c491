import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "primary" | "danger" | "acquisition" | "knot" | "retention" | "off";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-muted-foreground",
  primary: "bg-primary-soft text-primary",
  danger: "bg-danger-soft text-danger",
  acquisition: "bg-side-acquisition-soft text-side-acquisition",
  knot: "bg-side-knot-soft text-side-knot",
  retention: "bg-side-retention-soft text-side-retention",
  off: "bg-side-off-soft text-side-off",
};

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={cx("inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium", TONES[tone])}>
      {children}
    </span>
  );
}
