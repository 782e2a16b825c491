import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** The frame of a create or edit page: its heading, then the form on a card. */
export function FormPage({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card className="max-w-4xl">
        <div className="p-5">{children}</div>
      </Card>
    </>
  );
}
