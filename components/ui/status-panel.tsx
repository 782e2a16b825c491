import type { ReactNode } from "react";

/** A full-page message: an error, a refusal or something missing. */
export function StatusPanel({ code, title, body, children }: { code: string; title: string; body: ReactNode; children?: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-primary">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
      <div className="mt-3 text-sm text-muted-foreground">{body}</div>
      {children && <div className="mt-6 flex gap-3">{children}</div>}
    </div>
  );
}
