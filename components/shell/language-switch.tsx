"use client";

import { useActionState } from "react";
import { cx } from "@/components/ui/cx";
import { switchLocaleAction } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locales";
import { useI18n } from "@/lib/i18n/provider";

/** One button per language, each named in its own language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, t } = useI18n();
  const [result, formAction, pending] = useActionState(switchLocaleAction, null);
  return (
    <form action={formAction} className={cx("flex items-center gap-2", className)}>
      <div role="group" aria-label={t("shell.language")} className="inline-flex rounded-md border border-border bg-surface p-0.5">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            aria-pressed={option === locale}
            disabled={pending}
            className={cx(
              "rounded px-2.5 py-1 text-xs font-medium transition-colors",
              option === locale ? "bg-primary-soft text-primary" : "text-muted-foreground hover:text-foreground",
            )}
          >
            {t(`locale.${option}`)}
          </button>
        ))}
      </div>
      {result && !result.ok && <p className="text-xs text-danger">{result.message}</p>}
    </form>
  );
}
