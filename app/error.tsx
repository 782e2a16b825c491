"use client";

import { ErrorView } from "@/components/feedback/error-view";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="px-6">
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
