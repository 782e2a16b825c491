import Link from "next/link";
import type { ReactNode } from "react";

/** A figure that opens the records behind it; `label`, when the figure alone does not say which records, names them for screen readers and hover. */
export function DrillLink({ href, label, children }: { href: string; label?: string; children: ReactNode }) {
  return (
    <Link href={href} aria-label={label} title={label} className="text-primary underline-offset-2 hover:underline print:text-foreground print:no-underline">
      {children}
    </Link>
  );
}
