import { cx } from "./cx";

/**
 * A small "i" that shows a one-line explanation on hover or keyboard focus. CSS only, so it
 * works in server components and prints nothing extra; the text is also the button's
 * description, so screen readers hear it without hovering.
 */
export function InfoTip({ id, label, text, className }: { id: string; label: string; text: string; className?: string }) {
  return (
    <span className={cx("group relative inline-flex align-middle print:hidden", className)}>
      <button
        type="button"
        aria-label={label}
        aria-describedby={id}
        className="inline-flex h-4 w-4 cursor-help items-center justify-center rounded-full border border-border text-[10px] font-semibold leading-none text-muted-foreground hover:text-foreground"
      >
        i
      </button>
      <span
        id={id}
        role="tooltip"
        className="invisible absolute bottom-full left-1/2 z-20 mb-2 w-56 -translate-x-1/2 rounded-md border border-border bg-surface px-3 py-2 text-left text-xs font-normal normal-case tracking-normal text-foreground opacity-0 shadow-md transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
      >
        {text}
      </span>
    </span>
  );
}
