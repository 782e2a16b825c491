"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/provider";
import { translateIssue } from "@/lib/i18n/translator";
import { deleteSegmentAction } from "@/lib/settings/segments/actions";

/** Deletes a saved segment after a second click; a refusal names what the segment still has. */
export function DeleteSegmentButton({ id, name, onDeleted }: { id: number; name: string; onDeleted: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await deleteSegmentAction(null, { id });
      setConfirming(false);
      if (result.ok) return onDeleted();
      const uses = (result.fieldErrors?.id ?? []).map((message) => translateIssue(t, message));
      setRefusal(uses.length ? `${result.message} ${uses.join(", ")}.` : result.message);
    });
  }

  return (
    <div className="flex min-w-28 flex-col gap-1">
      {confirming ? (
        <div className="flex flex-col gap-1" role="group" aria-label={t("settingsStructure.segments.deleteConfirm", { name })}>
          <span className="text-xs">{t("settingsStructure.segments.deleteConfirm", { name })}</span>
          <div className="flex gap-1">
            <Button variant="primary" size="sm" onClick={remove} disabled={pending}>
              {t("settingsStructure.segments.delete")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
              {t("settingsStructure.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="ghost" size="sm" aria-label={t("settingsStructure.segments.deleteLabel", { name })} onClick={() => (setRefusal(null), setConfirming(true))}>
          {t("settingsStructure.segments.delete")}
        </Button>
      )}
      {refusal && (
        <p role="alert" className="max-w-56 text-xs text-danger">
          {refusal}
        </p>
      )}
    </div>
  );
}
