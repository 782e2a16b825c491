"use client";

import { useState } from "react";
import { AccountCombobox } from "@/components/records/forms/account-combobox";
import { Field } from "@/components/ui/field";
import { convertLeadAction } from "@/lib/actions/moves/lead";
import { useI18n } from "@/lib/i18n/provider";
import type { AccountOption } from "@/lib/records/forms/account-search";
import { DealFields } from "./deal-fields";
import { MoveForm } from "./move-form";
import { SelectField, type Option } from "./select-field";

export type ConvertDefaults = {
  company: string;
  domain: string;
  industry: string;
  employees: string;
  country: string;
  segmentId: string;
  ownerId: number | null;
};

/**
 * Converting a lead in one step: its person becomes a contact, its company an account
 * (one that exists, or a new one prefilled from the lead) and the opportunity a new deal.
 */
export function ConvertLeadForm({
  id,
  version,
  defaults,
  accounts,
  segments,
  owners,
}: {
  id: number;
  version: number;
  defaults: ConvertDefaults;
  /** Accounts this lead plausibly belongs to; the first is preselected, any other can be searched for. */
  accounts: AccountOption[];
  segments: Option[];
  owners: Option[];
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<"existing" | "new">(accounts.length > 0 ? "existing" : "new");
  return (
    <MoveForm
      action={convertLeadAction}
      id={id}
      version={version}
      submit={t("recordDetail.moves.convertSubmit")}
      fields={(errors) => (
        <>
          <p className="text-sm text-muted-foreground">{t("recordDetail.moves.convertIntro")}</p>
          <fieldset className="flex flex-col gap-1.5">
            <legend className="text-sm font-medium">{t("recordDetail.moves.accountMode")}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="accountMode" value="existing" checked={mode === "existing"} onChange={() => setMode("existing")} />
              {t("recordDetail.moves.accountExisting")}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="accountMode" value="new" checked={mode === "new"} onChange={() => setMode("new")} />
              {t("recordDetail.moves.accountNew")}
            </label>
          </fieldset>
          {mode === "existing" ? (
            <div className="flex flex-col gap-1.5">
              <label htmlFor="convert-account" className="text-sm font-medium">
                {t("recordDetail.moves.accountPick")}
              </label>
              <AccountCombobox
                id="convert-account"
                initial={accounts[0] ?? null}
                suggestions={accounts}
                invalid={Boolean(errors.accountId?.length)}
                describedBy={errors.accountId?.length ? "convert-account-error" : undefined}
              />
              {errors.accountId?.length ? (
                <p id="convert-account-error" className="text-sm text-danger">
                  {errors.accountId.join(" ")}
                </p>
              ) : null}
            </div>
          ) : (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="convert-account-name" name="accountName" label={t("recordDetail.moves.accountName")} defaultValue={defaults.company} required errors={errors.accountName} />
              <Field id="convert-account-domain" name="accountDomain" label={t("recordDetail.moves.accountDomain")} defaultValue={defaults.domain} errors={errors.accountDomain} />
              <Field id="convert-account-industry" name="accountIndustry" label={t("recordDetail.moves.accountIndustry")} defaultValue={defaults.industry} required errors={errors.accountIndustry} />
              <Field id="convert-account-employees" name="accountEmployees" label={t("recordDetail.moves.accountEmployees")} defaultValue={defaults.employees} inputMode="numeric" errors={errors.accountEmployees} />
              <Field id="convert-account-country" name="accountCountry" label={t("recordDetail.moves.accountCountry")} defaultValue={defaults.country} maxLength={2} required errors={errors.accountCountry} />
              <SelectField id="convert-account-segment" name="accountSegmentId" label={t("recordDetail.moves.accountSegment")} options={segments} defaultValue={defaults.segmentId} placeholder={t("common.none")} errors={errors.accountSegmentId} />
            </div>
          )}
          <DealFields errors={errors} defaultName={defaults.company} owners={owners} defaultOwnerId={defaults.ownerId} />
        </>
      )}
    />
  );
}
