import { StageBadge } from "@/components/bowtie/stage-badge";
import type { ListBinding } from "@/components/records/list/binding";
import { ownerCell } from "@/components/records/list/shared-cells";
import { listContactsByIds, type RecentContact } from "@/lib/data/contacts";
import { formatDay } from "@/lib/i18n/format";
import { CONTACT_LIST } from "@/lib/records/list/specs/contacts";

/** The contacts list's columns. */
export const CONTACT_BINDING: ListBinding<typeof CONTACT_LIST, RecentContact> = {
  spec: CONTACT_LIST,
  rows: (ids) => listContactsByIds(ids),
  name: (contact) => `${contact.firstName} ${contact.lastName}`,
  columns: {
    account: { cell: (contact, { t }) => contact.account?.name ?? t("common.none") },
    title: { cell: (contact, { t }) => contact.title ?? t("common.none") },
    email: { cell: (contact, { t }) => contact.email ?? t("common.none") },
    phone: { nowrap: true, cell: (contact, { t }) => contact.phone ?? t("common.none") },
    persona: { cell: (contact, { t }) => (contact.persona ? t(`persona.${contact.persona}`) : t("common.none")) },
    stage: { cell: (contact, { t }) => <StageBadge stage={contact.stage} label={t(`stage.${contact.stage}`)} /> },
    owner: { muted: true, cell: (contact, context) => ownerCell(contact.owner, context) },
    created: { muted: true, nowrap: true, cell: (contact, { locale }) => formatDay(contact.createdAt, locale) },
  },
};
