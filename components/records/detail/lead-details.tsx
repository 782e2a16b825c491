import type { LeadDetail } from "@/lib/data/record-detail";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { FieldItem } from "./field-list";
import { fieldFormat, labelOf } from "./field-format";

/** Every field of a lead, labelled and formatted for its page (the header shows name, stage, status, owner and version). */
export function leadDetailItems(t: Translate, locale: Locale, lead: LeadDetail): FieldItem[] {
  const f = fieldFormat(t, locale);
  return [
    { label: labelOf(t, "email"), value: lead.email ? <a href={`mailto:${lead.email}`} className="text-primary hover:underline">{lead.email}</a> : f.none },
    { label: labelOf(t, "phone"), value: f.text(lead.phone) },
    { label: labelOf(t, "title"), value: f.text(lead.title) },
    { label: labelOf(t, "persona"), value: lead.persona ? t(`persona.${lead.persona}`) : f.none },
    { label: labelOf(t, "company"), value: f.text(lead.company) },
    { label: labelOf(t, "companyDomain"), value: f.text(lead.companyDomain) },
    { label: labelOf(t, "industry"), value: f.text(lead.industry) },
    { label: labelOf(t, "employees"), value: f.number(lead.employees) },
    { label: labelOf(t, "country"), value: f.text(lead.country) },
    { label: labelOf(t, "segment"), value: f.segment(lead.segment) },
    { label: labelOf(t, "source"), value: t(`leadSource.${lead.source}`) },
    { label: labelOf(t, "campaign"), value: f.text(lead.campaign?.name) },
    { label: labelOf(t, "fitScore"), value: f.number(lead.fitScore) },
    { label: labelOf(t, "engagementScore"), value: f.number(lead.engagementScore) },
    { label: labelOf(t, "firstTouchAt"), value: f.instant(lead.firstTouchAt) },
    { label: labelOf(t, "mqlAt"), value: f.instant(lead.mqlAt) },
    { label: labelOf(t, "mqlCriteria"), value: lead.mqlCriteria ? t("recordDetail.criteriaVersion", { version: lead.mqlCriteria.version }) : f.none },
    { label: labelOf(t, "acceptedAt"), value: f.instant(lead.acceptedAt) },
    { label: labelOf(t, "rejectedAt"), value: f.instant(lead.rejectedAt) },
    { label: labelOf(t, "rejectionReason"), value: lead.rejectionReason ? t(`rejectionReason.${lead.rejectionReason}`) : f.none },
    { label: labelOf(t, "rejectionNote"), value: f.text(lead.rejectionNote) },
    { label: labelOf(t, "convertedAt"), value: f.instant(lead.convertedAt) },
    { label: labelOf(t, "externalId"), value: f.text(lead.externalId) },
    { label: labelOf(t, "createdAt"), value: f.instant(lead.createdAt) },
    { label: labelOf(t, "updatedAt"), value: f.instant(lead.updatedAt) },
  ];
}
