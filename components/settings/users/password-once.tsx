"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/provider";

/**
 * A generated password, shown this once: it lives only in this answer's state, never in a
 * URL, a cookie or the audit log, and is gone when the page is left or reloaded.
 */
export function PasswordOnce({ title, password, children }: { title: string; password: string; children?: ReactNode }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-3 rounded-md border border-primary bg-primary-soft px-4 py-4 text-sm" data-testid="password-once">
      <p className="font-semibold">{title}</p>
      <p>{t("settingsPeople.users.passwordOnce")}</p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="generated-password" className="font-medium">
          {t("settingsPeople.users.passwordLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="generated-password"
            readOnly
            value={password}
            className="h-10 flex-1 rounded-md border border-border bg-surface px-3 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(password);
              setCopied(true);
            }}
          >
            {copied ? t("settingsPeople.users.copied") : t("settingsPeople.users.copy")}
          </Button>
        </div>
      </div>
      {children}
    </div>
  );
}
