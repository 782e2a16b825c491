"use client";

import { useState } from "react";
import { LeadSource, Persona } from "@/generated/prisma/enums";
import { createLeadAction, leadDomainHintAction, updateLeadAction } from "@/lib/actions/records/lead";
import type { FieldLink } from "@/lib/errors";
import { useI18n } from "@/lib/i18n/provider";
import { createLeadSchema, updateLeadSchema } from "@/lib/validation/records/lead";
import { describeValue, enumOptions, namedOptions } from "./describe-value";
import { SelectInput, TextInput } from "./form-fields";
import type { KindFormProps } from "./kind-form-props";
import { RecordForm } from "./record-form";

export function LeadForm({ defaults, options, opened, cancelHref }: KindFormProps) {
  const { t, locale } = useI18n();
  const [domainHint, setDomainHint] = useState<FieldLink | null>(null);

  async function checkDomain(companyDomain: string) {
    const result = await leadDomainHintAction(null, { companyDomain });
    setDomainHint(result.ok ? result.data : null);
  }

  return (
    <RecordForm
      action={opened ? updateLeadAction : createLeadAction}
      schema={opened ? updateLeadSchema : createLeadSchema}
      defaults={defaults}
      opened={opened}
      describe={describeValue(t, locale, options)}
      submitLabel={opened ? t("recordForms.save") : t("recordForms.create")}
      cancelHref={cancelHref}
    >
      <TextInput name="firstName" required autoComplete="off" />
      <TextInput name="lastName" required autoComplete="off" />
      <TextInput name="email" type="email" autoComplete="off" />
      <TextInput name="phone" type="tel" autoComplete="off" />
      <TextInput name="title" />
      <SelectInput name="persona" options={enumOptions(t, "persona", Object.values(Persona))} />
      <TextInput name="company" />
      <div className="flex flex-col gap-1">
        <TextInput name="companyDomain" onBlur={(event) => void checkDomain(event.currentTarget.value)} />
        {domainHint && (
          <p className="text-sm text-muted-foreground" data-testid="domain-hint">
            {t("recordForms.domainHint")}{" "}
            <a href={domainHint.href} className="font-medium text-primary underline">
              {domainHint.label}
            </a>
          </p>
        )}
      </div>
      <TextInput name="industry" />
      <TextInput name="employees" inputMode="numeric" />
      <TextInput name="country" maxLength={2} />
      <SelectInput name="source" required options={enumOptions(t, "source", Object.values(LeadSource))} />
      <SelectInput name="campaignId" options={namedOptions(options.campaigns)} />
      <SelectInput name="segmentId" options={namedOptions(options.segments)} />
      <SelectInput name="ownerId" options={namedOptions(options.owners)} />
      <TextInput name="externalId" hint={t("recordForms.hint.externalId")} />
    </RecordForm>
  );
}
