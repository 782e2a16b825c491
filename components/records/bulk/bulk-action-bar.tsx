"use client";

import { useRef } from "react";
import { useSubmitAction } from "@/components/records/views/use-submit-action";
import { buttonClasses } from "@/components/ui/button";
import type { EntityKind, Stage } from "@/generated/prisma/enums";
import { bulkAssignOwnerAction } from "@/lib/actions/bulk/assign-owner";
import { bulkMoveStageAction } from "@/lib/actions/bulk/move-stage";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/provider";
import { BULK_LIMIT, BULK_REASON_MAX } from "@/lib/validation/bulk-action";
import { BulkOutcomeMessage, type BulkOutcome } from "./bulk-outcome";
import { tickedBoxes, useTickedRows } from "./use-ticked-rows";

export type BulkActionBarProps = {
  kind: EntityKind;
  /** The id of this form, which every row checkbox names in its `form` attribute. */
  formId: string;
  /** Who records can be assigned to; null when the user may not assign. */
  owners: { id: number; name: string }[] | null;
  /** Where records can be moved; null when the user may not move them. */
  stages: readonly Stage[] | null;
  /** The CSV route the ticked ids are sent to; null when the user may not export. */
  exportHref: string | null;
};

const control = "h-8 rounded-md border border-border bg-surface px-2 text-sm text-foreground";
const labelled = "flex flex-col gap-1 text-xs font-medium text-muted-foreground";

/** A labelled select of the fields form that starts on a placeholder, so nothing is chosen by accident. */
function Picker(props: { form: string; name: string; label: string; placeholder: string; options: { value: string; label: string }[]; invalid: boolean }) {
  return (
    <label className={labelled}>
      {props.label}
      <select name={props.name} form={props.form} defaultValue="" aria-invalid={props.invalid || undefined} className={control}>
        <option value="">{props.placeholder}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BulkActionBar({ kind, formId, owners, stages, exportHref }: BulkActionBarProps) {
  const { t, locale } = useI18n();
  const { count, clear } = useTickedRows(formId);
  // The owner, stage and reason belong to a form of their own, so that the Export button's
  // GET carries the ticked ids and nothing else; an action reads both forms.
  const fieldsId = `${formId}-fields`;
  const fields = useRef<HTMLFormElement>(null);

  const [outcome, onSubmit, pending] = useSubmitAction<BulkOutcome>(
    async (_previous, data) => {
      for (const [name, value] of new FormData(fields.current ?? undefined)) data.append(name, value);
      // Each ticked row's version as the list showed it: a record someone changed since is a
      // conflict, and the whole move is refused rather than applied over their change.
      for (const box of tickedBoxes(formId)) if (box.dataset.version) data.append("versions[]", `${box.value}:${box.dataset.version}`);
      const outcome: BulkOutcome =
        data.get("intent") === "move"
          ? { intent: "move", result: await bulkMoveStageAction(null, data) }
          : { intent: "assign", result: await bulkAssignOwnerAction(null, data) };
      if (outcome.result.ok) {
        clear();
        if (outcome.intent === "move") fields.current?.reset();
      }
      return outcome;
    },
    null,
    (submitter) => submitter?.getAttribute("formmethod") !== "get",
  );

  const overLimit = count > BULK_LIMIT;
  const idle = count === 0 || overLimit || pending;
  const errors = outcome?.result.ok === false ? (outcome.result.fieldErrors ?? {}) : {};

  return (
    <section aria-label={t("recordBulk.region")} className="flex flex-col gap-2 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs">
      <form id={fieldsId} ref={fields} hidden>
        <input type="hidden" name="kind" value={kind} />
      </form>
      <form id={formId} onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="flex flex-col gap-1 text-sm">
          <p aria-live="polite" className="font-medium" data-testid="bulk-count">
            {overLimit ? t("recordBulk.overLimit", { count: formatNumber(count, locale), limit: formatNumber(BULK_LIMIT, locale) }) : t("recordBulk.selected", { count: formatNumber(count, locale) })}
          </p>
          <p className="text-xs text-muted-foreground">{t("recordBulk.limit", { limit: formatNumber(BULK_LIMIT, locale) })}</p>
        </div>
        {owners && (
          <div className="flex items-end gap-2">
            <Picker
              form={fieldsId}
              name="ownerId"
              label={t("recordBulk.owner")}
              placeholder={t("recordBulk.ownerPlaceholder")}
              options={owners.map((owner) => ({ value: String(owner.id), label: owner.name }))}
              invalid={Boolean(errors.ownerId)}
            />
            <button type="submit" name="intent" value="assign" disabled={idle} className={buttonClasses("secondary", "sm")}>
              {t("recordBulk.assign")}
            </button>
          </div>
        )}
        {stages && (
          <div className="flex items-end gap-2">
            <Picker
              form={fieldsId}
              name="to"
              label={t("recordBulk.stage")}
              placeholder={t("recordBulk.stagePlaceholder")}
              options={stages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
              invalid={Boolean(errors.to)}
            />
            <label className={labelled}>
              {t("recordBulk.reason")}
              <input name="reason" form={fieldsId} maxLength={BULK_REASON_MAX} aria-invalid={errors.reason ? true : undefined} className={`${control} w-64`} />
            </label>
            <button type="submit" name="intent" value="move" disabled={idle} className={buttonClasses("secondary", "sm")}>
              {t("recordBulk.move")}
            </button>
          </div>
        )}
        {exportHref && (
          <button type="submit" formAction={exportHref} formMethod="get" disabled={count === 0 || overLimit} className={buttonClasses("ghost", "sm")}>
            {t("recordBulk.export")}
          </button>
        )}
        <button type="button" onClick={clear} disabled={count === 0} className={buttonClasses("ghost", "sm", "ml-auto")}>
          {t("recordBulk.clear")}
        </button>
      </form>
      {pending ? <p className="text-sm text-muted-foreground">{t("recordBulk.working")}</p> : <BulkOutcomeMessage kind={kind} outcome={outcome} />}
    </section>
  );
}
