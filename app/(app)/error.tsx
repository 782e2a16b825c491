"use client";

import { ErrorView } from "@/components/feedback/error-view";

/** Keeps the shell (navigation, sign-out) usable when one page fails. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
