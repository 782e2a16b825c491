import type { EngagementMode } from "@/generated/prisma/enums";
import { cx } from "@/components/ui/cx";

// Shape, outline and word tell the two modes apart, so the mark reads without colour and on paper.
const STYLE: Record<EngagementMode, string> = {
  H2H: "border-solid border-foreground/40 bg-surface-muted text-foreground",
  DIGITAL: "border-dashed border-muted-foreground/60 text-muted-foreground",
};

function PersonIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5 fill-current">
      <circle cx="5" cy="4.5" r="2.5" />
      <circle cx="11" cy="4.5" r="2.5" />
      <path d="M0.5 15c0-3 2-5 4.5-5s4.5 2 4.5 5zM6.5 15c0-3 2-5 4.5-5s4.5 2 4.5 5z" />
    </svg>
  );
}

function ScreenIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5 fill-none stroke-current" strokeWidth="1.5">
      <rect x="1.5" y="2" width="13" height="9" rx="1" />
      <path d="M5 14.5h6M8 11v3.5" />
    </svg>
  );
}

/** Whether the work in a stage is person-to-person or digital: an icon and the word. */
export function ModeMark({ mode, label }: { mode: EngagementMode; label: string }) {
  return (
    <span data-mode={mode} className={cx("inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-1.5 py-0.5 text-xs font-medium", STYLE[mode])}>
      {mode === "H2H" ? <PersonIcon /> : <ScreenIcon />}
      {label}
    </span>
  );
}
