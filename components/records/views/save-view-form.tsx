"use client";

import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { EntityKind } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { saveViewAction } from "@/lib/actions/views/save-view";
import { useI18n } from "@/lib/i18n/provider";
import { VIEW_NAME_MAX } from "@/lib/validation/saved-view";
import { useSubmitAction } from "./use-submit-action";

type Saved = ActionResult<{ id: number; name: string; replaced: boolean }> | null;

/**
 * Saves the current view under a name. A name the user already has is refused first and
 * the form then offers to replace that view, so nothing is overwritten without a second click.
 */
export function SaveViewForm({ kind, query }: { kind: EntityKind; query: string }) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const [result, onSubmit, pending] = useSubmitAction<Saved>(saveViewAction, null);
  const taken = result?.ok === false && result.code === "CONFLICT";
  const nameError = result?.ok === false ? result.fieldErrors?.name?.[0] : undefined;

  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);

  return (
    <form ref={form} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="query" value={query} />
      <label className="flex flex-col gap-1 text-xs font-medium text-muted-foreground">
        {t("recordViews.name")}
        <input
          name="name"
          required
          maxLength={VIEW_NAME_MAX}
          aria-invalid={nameError ? true : undefined}
          aria-describedby="save-view-message"
          className="h-8 w-56 rounded-md border border-border bg-surface px-2 text-sm text-foreground"
        />
      </label>
      <button type="submit" disabled={pending} className={buttonClasses("secondary", "sm")}>
        {pending ? t("recordViews.saving") : t("recordViews.save")}
      </button>
      {taken && (
        <button type="submit" name="replace" value="true" disabled={pending} className={buttonClasses("primary", "sm")}>
          {t("recordViews.replace")}
        </button>
      )}
      <p id="save-view-message" role="status" className={result?.ok === false ? "basis-full text-sm text-danger" : "basis-full text-sm text-muted-foreground"}>
        {result?.ok === true && t(result.data.replaced ? "recordViews.replaced" : "recordViews.saved", { name: result.data.name })}
        {result?.ok === false && (nameError ?? result.fieldErrors?.query?.[0] ?? result.message)}
      </p>
    </form>
  );
}
