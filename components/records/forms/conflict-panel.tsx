"use client";

import { Button } from "@/components/ui/button";
import type { ConflictDetails } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import type { FieldName } from "./form-fields";

type Props = {
  conflict: ConflictDetails;
  describe: (field: string, value: unknown) => string;
  onLoadTheirs: () => void;
  onSaveMine: () => void;
  pending: boolean;
};

/**
 * A stale save, spelled out: who changed which field from what to what since the form was
 * opened, and the user's own value, with the two ways on: take theirs, or knowingly save over them.
 */
export function ConflictPanel({ conflict, describe, onLoadTheirs, onSaveMine, pending }: Props) {
  const { t, locale } = useI18n();
  const names = [...new Set(conflict.fields.map((field) => field.changedBy).filter((name): name is string => name !== null))];
  return (
    <section aria-labelledby="conflict-title" className="rounded-md border border-danger bg-danger-soft px-4 py-3 text-sm" data-testid="conflict-panel">
      <h2 id="conflict-title" className="font-semibold text-danger">
        {t("recordForms.conflict.title")}
      </h2>
      <p className="mt-1">{names.length > 0 ? t("recordForms.conflict.by", { name: names.join(", ") }) : t("recordForms.conflict.bySomeone")}</p>
      <ul className="mt-2 flex flex-col gap-2">
        {conflict.fields.map((field) => (
          <li key={field.field}>
            <span className="font-medium">{t(`recordForms.field.${field.field as FieldName}`)}: </span>
            {t("recordForms.conflict.change", { from: describe(field.field, field.base), to: describe(field.field, field.theirs) })}
            {field.changedAt && (
              <span className="text-muted-foreground">
                {" "}
                ({t("recordForms.conflict.when", { name: field.changedBy ?? t("recordForms.conflict.someone"), at: formatDateTime(new Date(field.changedAt), locale) })})
              </span>
            )}
            <br />
            <span>{t("recordForms.conflict.yours", { value: describe(field.field, field.yours) })}</span>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={onLoadTheirs} disabled={pending}>
          {t("recordForms.conflict.loadTheirs")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onSaveMine} disabled={pending}>
          {t("recordForms.conflict.saveMine")}
        </Button>
      </div>
    </section>
  );
}
