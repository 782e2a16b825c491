import { StageBadge } from "@/components/bowtie/stage-badge";
import type { ListBinding } from "@/components/records/list/binding";
import { ownerCell, segmentCell } from "@/components/records/list/shared-cells";
import { listAccountsByIds, type RecentAccount } from "@/lib/data/accounts";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { ACCOUNT_LIST } from "@/lib/records/list/specs/accounts";

/** The accounts list's columns. */
export const ACCOUNT_BINDING: ListBinding<typeof ACCOUNT_LIST, RecentAccount> = {
  spec: ACCOUNT_LIST,
  rows: (ids) => listAccountsByIds(ids),
  name: (account) => account.name,
  columns: {
    domain: { cell: (account, { t }) => account.domain ?? t("common.none") },
    industry: { cell: (account) => account.industry },
    employees: { numeric: true, cell: (account, { t, locale }) => (account.employees === null ? t("common.none") : formatNumber(account.employees, locale)) },
    country: { cell: (account) => account.country },
    segment: { cell: (account, context) => segmentCell(account.segment, context) },
    tier: { cell: (account, { t }) => (account.tier ? t(`tier.${account.tier}`) : t("common.none")) },
    stage: { cell: (account, { t }) => <StageBadge stage={account.stage} label={t(`stage.${account.stage}`)} /> },
    owner: { muted: true, cell: (account, context) => ownerCell(account.owner, context) },
    created: { muted: true, nowrap: true, cell: (account, { locale }) => formatDay(account.createdAt, locale) },
  },
};
