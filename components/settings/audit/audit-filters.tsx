import Form from "next/form";
import Link from "next/link";
import { control, labelled, Select } from "@/components/records/list/filter-controls";
import { buttonClasses } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";
import type { AuditFilters } from "@/lib/settings/audit/filters";
import { AUDIT_PATH } from "@/lib/settings/audit/paths";
import { auditKindLabel } from "./audit-values";

/** Kinds of entity the app audits today; the field also takes any other kind typed in. */
const KNOWN_KINDS = ["LEAD", "CONTACT", "ACCOUNT", "DEAL", "USER", "TEAM", "SAVED_VIEW", "ImportJob"];
/** Common action prefixes, offered as suggestions: the settings areas and the records. */
const ACTION_PREFIXES = ["settings.", "mql.", "scoring.", "segment.", "team.", "user.", "lead.", "contact.", "account.", "deal.", "view.", "import."];

/** The audit log's filters, sent as the URL; a new filter starts from the newest entry. */
export async function AuditFiltersForm({ filters, users }: { filters: AuditFilters; users: { id: number; name: string }[] }) {
  const { t } = await getI18n();
  return (
    <Form action={AUDIT_PATH} aria-label={t("settingsPeople.audit.filters")} className="flex flex-wrap items-end gap-4 px-5 py-4">
      <Select
        name="actor"
        label={t("settingsPeople.audit.actor")}
        value={filters.actor === null ? "" : String(filters.actor)}
        options={[
          { value: "", label: t("settingsPeople.audit.anyone") },
          { value: "system", label: t("settingsPeople.audit.system") },
          ...users.map((user) => ({ value: String(user.id), label: user.name })),
        ]}
      />
      <label className={labelled}>
        {t("settingsPeople.audit.action")}
        <input
          name="action"
          list="audit-action-prefixes"
          defaultValue={filters.actionPrefix ?? ""}
          placeholder={t("settingsPeople.audit.actionHint")}
          className={`${control} w-44`}
          autoComplete="off"
        />
        <datalist id="audit-action-prefixes">
          {ACTION_PREFIXES.map((prefix) => (
            <option key={prefix} value={prefix} />
          ))}
        </datalist>
      </label>
      <label className={labelled}>
        {t("settingsPeople.audit.entityKind")}
        <input name="kind" list="audit-kinds" defaultValue={filters.entityKind ?? ""} placeholder={t("settingsPeople.audit.anyKind")} className={`${control} w-36`} autoComplete="off" />
        <datalist id="audit-kinds">
          {KNOWN_KINDS.map((kind) => (
            <option key={kind} value={kind} label={auditKindLabel(t, kind)} />
          ))}
        </datalist>
      </label>
      <label className={labelled}>
        {t("settingsPeople.audit.entityId")}
        <input name="entity" defaultValue={filters.entityId ?? ""} className={`${control} w-28`} autoComplete="off" />
      </label>
      <label className={labelled}>
        {t("settingsPeople.audit.from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
      </label>
      <label className={labelled}>
        {t("settingsPeople.audit.to")}
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
      </label>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary", "sm")}>
          {t("settingsPeople.audit.apply")}
        </button>
        <Link href={AUDIT_PATH} className={buttonClasses("ghost", "sm")}>
          {t("settingsPeople.audit.clear")}
        </Link>
      </div>
    </Form>
  );
}
