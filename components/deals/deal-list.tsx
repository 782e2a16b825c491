import { StageBadge } from "@/components/bowtie/stage-badge";
import type { ListBinding } from "@/components/records/list/binding";
import { ownerCell } from "@/components/records/list/shared-cells";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DealStatus } from "@/generated/prisma/enums";
import { listDealsByIds, type RecentDeal } from "@/lib/data/deals";
import { formatDate, formatDay, formatMoney } from "@/lib/i18n/format";
import { DEAL_LIST } from "@/lib/records/list/specs/deals";

const STATUS_TONE: Record<DealStatus, BadgeTone> = { OPEN: "neutral", WON: "retention", LOST: "danger" };

/** The deals list's columns. */
export const DEAL_BINDING: ListBinding<typeof DEAL_LIST, RecentDeal> = {
  spec: DEAL_LIST,
  rows: (ids) => listDealsByIds(ids),
  name: (deal) => deal.name,
  columns: {
    account: { cell: (deal) => deal.account.name },
    type: { cell: (deal, { t }) => t(`dealType.${deal.type}`) },
    amount: { numeric: true, nowrap: true, cell: (deal, { locale }) => formatMoney(deal.amountMinor, deal.currency, locale) },
    pipeline: { cell: (deal, { t }) => t(`pipelineStage.${deal.pipelineStage}`) },
    status: { cell: (deal, { t }) => <Badge tone={STATUS_TONE[deal.status]}>{t(`dealStatus.${deal.status}`)}</Badge> },
    stage: { cell: (deal, { t }) => <StageBadge stage={deal.stage} label={t(`stage.${deal.stage}`)} /> },
    source: { cell: (deal, { t }) => (deal.source ? t(`leadSource.${deal.source}`) : t("common.none")) },
    close: { nowrap: true, cell: (deal, { locale }) => formatDate(deal.closeDate, locale) },
    opened: { muted: true, nowrap: true, cell: (deal, { locale }) => formatDay(deal.openedAt, locale) },
    owner: { muted: true, cell: (deal, context) => ownerCell(deal.owner, context) },
  },
};
