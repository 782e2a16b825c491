"use client";

import { qualifyLeadAction } from "@/lib/actions/moves/lead";
import { useI18n } from "@/lib/i18n/provider";
import { MoveForm } from "./move-form";

/** Qualifying checks the active criteria on the server; when the lead falls short, it says which criteria it missed. */
export function QualifyLeadForm({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  return (
    <MoveForm
      action={qualifyLeadAction}
      id={id}
      version={version}
      submit={t("recordDetail.moves.qualify")}
      result={(outcome) => (
        <p role="status" className={outcome.qualified ? "text-sm" : "text-sm text-danger"}>
          {outcome.qualified
            ? t("recordDetail.moves.qualified", { version: outcome.criteriaVersion })
            : t("recordDetail.moves.notQualified", {
                version: outcome.criteriaVersion,
                missed: outcome.checks
                  .filter((check) => !check.pass)
                  .map((check) => t(`recordDetail.mql.check.${check.key}`))
                  .join(", "),
              })}
        </p>
      )}
    />
  );
}
