import { cx } from "./cx";

/** A grey placeholder while a widget streams in; `label` is what screen readers hear. */
export function Skeleton({ label, className }: { label: string; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={cx("animate-pulse rounded-lg bg-surface-muted", className)}>
      <span className="sr-only">{label}</span>
    </div>
  );
}
