import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** A move that needs more than a click (a reason, a deal): its form folds open under a button-like summary. */
export function MoveDisclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="group w-full rounded-md border border-transparent open:border-border open:p-3">
      <summary className={buttonClasses("secondary", "sm", "cursor-pointer list-none group-open:mb-3")}>{label}</summary>
      {children}
    </details>
  );
}
