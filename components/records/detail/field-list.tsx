import type { ReactNode } from "react";

export type FieldItem = { label: string; value: ReactNode };

/** A record's fields as label–value pairs, two columns where there is room. */
export function FieldList({ items }: { items: FieldItem[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 px-5 py-4 text-sm sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{item.label}</dt>
          <dd className="mt-0.5 break-words">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
