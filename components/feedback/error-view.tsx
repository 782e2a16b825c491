"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { StatusPanel } from "@/components/ui/status-panel";
import { useI18n } from "@/lib/i18n/provider";

/**
 * The fallback of the error boundaries. In production the server sends no error message,
 * only a digest that matches its log line, so the digest is what the user can report.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPanel
      code={t("error.code")}
      title={t("error.title")}
      body={
        <>
          <p>{t("error.body")}</p>
          {digest && <p className="mt-2 font-mono text-xs">{t("error.reference", { digest })}</p>}
        </>
      }
    >
      <Button onClick={retry}>{t("error.retry")}</Button>
    </StatusPanel>
  );
}
