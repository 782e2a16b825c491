import { StageBadge } from "@/components/bowtie/stage-badge";
import type { ListBinding } from "@/components/records/list/binding";
import { ownerCell, segmentCell } from "@/components/records/list/shared-cells";
import { Badge } from "@/components/ui/badge";
import { listLeadsByIds, type RecentLead } from "@/lib/data/leads";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { LEAD_LIST } from "@/lib/records/list/specs/leads";

/** The leads list's columns. */
export const LEAD_BINDING: ListBinding<typeof LEAD_LIST, RecentLead> = {
  spec: LEAD_LIST,
  rows: (ids) => listLeadsByIds(ids),
  name: (lead) => `${lead.firstName} ${lead.lastName}`,
  columns: {
    company: { cell: (lead, { t }) => lead.company ?? t("common.none") },
    email: { cell: (lead, { t }) => lead.email ?? t("common.none") },
    source: { cell: (lead, { t }) => t(`leadSource.${lead.source}`) },
    status: {
      cell: (lead, { t }) => (
        <Badge tone={lead.status === "MQL" || lead.status === "ACCEPTED" ? "primary" : "neutral"}>{t(`leadStatus.${lead.status}`)}</Badge>
      ),
    },
    stage: { cell: (lead, { t }) => <StageBadge stage={lead.stage} label={t(`stage.${lead.stage}`)} /> },
    fit: { numeric: true, cell: (lead, { locale }) => formatNumber(lead.fitScore, locale) },
    engagement: { numeric: true, cell: (lead, { locale }) => formatNumber(lead.engagementScore, locale) },
    segment: { cell: (lead, context) => segmentCell(lead.segment, context) },
    country: { cell: (lead, { t }) => lead.country ?? t("common.none") },
    owner: { muted: true, cell: (lead, context) => ownerCell(lead.owner, context) },
    created: { muted: true, nowrap: true, cell: (lead, { locale }) => formatDay(lead.createdAt, locale) },
  },
};
