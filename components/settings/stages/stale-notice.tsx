"use client";

import { Button } from "@/components/ui/button";
import type { ConflictDetails } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";

type Props = {
  conflict: ConflictDetails;
  label: (field: string) => string;
  describe: (field: string, value: unknown) => string;
  onSaveMine?: () => void;
  pending: boolean;
};

/**
 * A stale save of a settings page, spelled out: who saved what since the page was opened,
 * each value theirs → yours, and the two ways on (take theirs, or knowingly save over them).
 */
export function StaleNotice({ conflict, label, describe, onSaveMine, pending }: Props) {
  const { t, locale } = useI18n();
  const first = conflict.fields[0];
  return (
    <section aria-labelledby="stale-title" className="rounded-md border border-danger bg-danger-soft px-4 py-3 text-sm" data-testid="conflict-panel">
      <h3 id="stale-title" className="font-semibold text-danger">
        {t("settingsStructure.conflict.title")}
      </h3>
      <p className="mt-1">
        {first?.changedBy && first.changedAt
          ? t("settingsStructure.conflict.by", { name: first.changedBy, at: formatDateTime(new Date(first.changedAt), locale) })
          : t("settingsStructure.conflict.bySomeone")}
      </p>
      <ul className="mt-2 flex flex-col gap-1">
        {conflict.fields.map((field) => (
          <li key={field.field}>
            <span className="font-medium">{label(field.field)}: </span>
            {t("settingsStructure.conflict.change", {
              from: describe(field.field, field.base),
              to: describe(field.field, field.theirs),
              yours: describe(field.field, field.yours),
            })}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => window.location.reload()} disabled={pending}>
          {t("settingsStructure.conflict.loadTheirs")}
        </Button>
        {onSaveMine && (
          <Button variant="secondary" size="sm" onClick={onSaveMine} disabled={pending}>
            {t("settingsStructure.conflict.saveMine")}
          </Button>
        )}
      </div>
    </section>
  );
}
