import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** One section of the segments page: its header, then the content or, when `empty` says why there is none, that message. */
export function SectionCard({ title, description, empty, children }: { title: string; description: string; empty: string | null; children: ReactNode }) {
  return (
    <Card className="print:break-inside-avoid">
      <CardHeader title={title} description={description} />
      {empty ? <EmptyState message={empty} /> : children}
    </Card>
  );
}
