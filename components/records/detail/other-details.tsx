import type { AccountDetail, ContactDetail, DealDetail } from "@/lib/data/record-detail";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { FieldItem } from "./field-list";
import { fieldFormat, labelOf } from "./field-format";

/* Every field of a contact, an account and a deal, labelled and formatted for their pages. */

export function contactDetailItems(t: Translate, locale: Locale, contact: ContactDetail): FieldItem[] {
  const f = fieldFormat(t, locale);
  return [
    { label: labelOf(t, "email"), value: contact.email ? <a href={`mailto:${contact.email}`} className="text-primary hover:underline">{contact.email}</a> : f.none },
    { label: labelOf(t, "phone"), value: f.text(contact.phone) },
    { label: labelOf(t, "title"), value: f.text(contact.title) },
    { label: labelOf(t, "persona"), value: contact.persona ? t(`persona.${contact.persona}`) : f.none },
    { label: labelOf(t, "externalId"), value: f.text(contact.externalId) },
    { label: labelOf(t, "createdAt"), value: f.instant(contact.createdAt) },
    { label: labelOf(t, "updatedAt"), value: f.instant(contact.updatedAt) },
  ];
}

export function accountDetailItems(t: Translate, locale: Locale, account: AccountDetail): FieldItem[] {
  const f = fieldFormat(t, locale);
  return [
    { label: labelOf(t, "domain"), value: f.text(account.domain) },
    { label: labelOf(t, "industry"), value: account.industry },
    { label: labelOf(t, "employees"), value: f.number(account.employees) },
    { label: labelOf(t, "country"), value: account.country },
    { label: labelOf(t, "segment"), value: f.segment(account.segment) },
    { label: labelOf(t, "tier"), value: account.tier ? t(`tier.${account.tier}`) : f.none },
    { label: labelOf(t, "customerSince"), value: f.instant(account.customerSince) },
    { label: labelOf(t, "churnedAt"), value: f.instant(account.churnedAt) },
    { label: labelOf(t, "frameworkAgreement"), value: f.yesNo(account.frameworkAgreement) },
    {
      label: labelOf(t, "expectedOrderIntervalDays"),
      value: account.expectedOrderIntervalDays === null ? f.none : t("recordDetail.days", { days: account.expectedOrderIntervalDays }),
    },
    { label: labelOf(t, "externalId"), value: f.text(account.externalId) },
    { label: labelOf(t, "createdAt"), value: f.instant(account.createdAt) },
    { label: labelOf(t, "updatedAt"), value: f.instant(account.updatedAt) },
  ];
}

export function dealDetailItems(t: Translate, locale: Locale, deal: DealDetail): FieldItem[] {
  const f = fieldFormat(t, locale);
  return [
    { label: labelOf(t, "type"), value: t(`dealType.${deal.type}`) },
    { label: labelOf(t, "amountMinor"), value: f.money(deal.amountMinor, deal.currency) },
    { label: labelOf(t, "currency"), value: deal.currency },
    { label: labelOf(t, "productLine"), value: f.text(deal.productLine) },
    { label: labelOf(t, "pipelineStage"), value: t(`pipelineStage.${deal.pipelineStage}`) },
    { label: labelOf(t, "source"), value: deal.source ? t(`leadSource.${deal.source}`) : f.none },
    { label: labelOf(t, "openedAt"), value: f.instant(deal.openedAt) },
    { label: labelOf(t, "closeDate"), value: f.day(deal.closeDate) },
    { label: labelOf(t, "closedAt"), value: f.instant(deal.closedAt) },
    { label: labelOf(t, "lostReason"), value: deal.lostReason ? t(`recordDetail.lostReason.${deal.lostReason}`) : f.none },
    { label: labelOf(t, "externalId"), value: f.text(deal.externalId) },
    { label: labelOf(t, "createdAt"), value: f.instant(deal.createdAt) },
    { label: labelOf(t, "updatedAt"), value: f.instant(deal.updatedAt) },
  ];
}
