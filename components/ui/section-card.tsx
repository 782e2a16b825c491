import type { ReactNode } from "react";
import { Card, CardHeader } from "./card";
import { EmptyState } from "./empty-state";

/** A dashboard section: a card with its header, and either its content or, when `empty` says why, the empty state. */
export function SectionCard({
  title,
  description,
  actions,
  empty,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The empty state's message (what data is missing and where it comes from); null or absent when there is data. */
  empty?: string | null;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} actions={actions} />
      {empty ? <EmptyState message={empty} /> : children}
    </Card>
  );
}
