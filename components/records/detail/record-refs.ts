import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { recordPath } from "@/lib/records/paths";
import type { AccountRef, ContactRef, DealRef, LeadRef } from "@/lib/records/related";
import type { RecordLink } from "./record-links";

/* Related records as links to their pages, each with the one fact that tells them apart. */

export const accountLink = (account: AccountRef): RecordLink => ({ href: recordPath("ACCOUNT", account.id), name: account.name, stage: account.stage });

export const contactLink = (contact: ContactRef): RecordLink => ({
  href: recordPath("CONTACT", contact.id),
  name: `${contact.firstName} ${contact.lastName}`,
  detail: contact.title ?? undefined,
  stage: contact.stage,
});

export const leadLink = (t: Translate, lead: LeadRef): RecordLink => ({
  href: recordPath("LEAD", lead.id),
  name: `${lead.firstName} ${lead.lastName}`,
  detail: t(`leadStatus.${lead.status}`),
  stage: lead.stage,
});

export const dealLink = (t: Translate, locale: Locale, deal: DealRef): RecordLink => ({
  href: recordPath("DEAL", deal.id),
  name: deal.name,
  detail: `${t(`dealType.${deal.type}`)}, ${t(`dealStatus.${deal.status}`)}, ${formatMoney(deal.amountMinor, deal.currency, locale, 0)}`,
  stage: deal.stage,
});
