import type { ReactNode } from "react";

/** A record page below its header: the record and its history on the left, moves and related records beside it. */
export function RecordLayout({ main, aside }: { main: ReactNode; aside: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">{main}</div>
      <aside className="min-w-0 space-y-6">{aside}</aside>
    </div>
  );
}
