import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cx } from "./cx";

/** A table that scrolls sideways on narrow screens instead of squeezing its columns. */
export function Table({ children, caption }: { children: ReactNode; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="border-b border-border bg-surface-muted text-xs uppercase tracking-wide text-muted-foreground">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-border">{children}</tbody>;
}

export function TFoot({ children }: { children: ReactNode }) {
  return <tfoot className="border-t-2 border-border font-semibold">{children}</tfoot>;
}

export function Tr({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={cx("hover:bg-surface-muted/60", className)}>{children}</tr>;
}

type Align = { numeric?: boolean };

export function Th({ numeric, className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement> & Align) {
  return (
    <th scope={scope} className={cx("whitespace-nowrap px-4 py-2.5 font-medium", numeric && "text-right", className)} {...props} />
  );
}

export function Td({ numeric, className, ...props }: TdHTMLAttributes<HTMLTableCellElement> & Align) {
  return <td className={cx("px-4 py-2.5 align-top", numeric && "text-right tabular-nums", className)} {...props} />;
}
