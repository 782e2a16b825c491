import { StageBadge } from "@/components/bowtie/stage-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { RecentLead } from "@/lib/data/leads";
import { bulkFormId } from "@/lib/records/bulk-form";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

/** `selectable` ticks rows for the list's bulk actions; drill-downs show the same table without. */
export async function LeadTable({ leads, selectable = false }: { leads: RecentLead[]; selectable?: boolean }) {
  const { t, locale } = await getI18n();
  if (leads.length === 0) return <EmptyState message={t("common.empty")} />;
  return (
    <Table caption={t("leads.title")}>
      <THead>
        <tr>
          <Th>{t("leads.name")}</Th>
          <Th>{t("leads.company")}</Th>
          <Th>{t("leads.source")}</Th>
          <Th>{t("leads.status")}</Th>
          <Th>{t("leads.stage")}</Th>
          <Th numeric>{t("leads.fit")}</Th>
          <Th numeric>{t("leads.engagement")}</Th>
          <Th>{t("leads.owner")}</Th>
          <Th>{t("leads.created")}</Th>
        </tr>
      </THead>
      <TBody>
        {leads.map((lead) => (
          <Tr key={lead.id}>
            <Td className="whitespace-nowrap font-medium">
              <label className="flex items-center gap-2">
                {selectable && <input type="checkbox" name="ids[]" value={lead.id} form={bulkFormId("LEAD")} />}
                {lead.firstName} {lead.lastName}
              </label>
            </Td>
            <Td>{lead.company ?? t("common.none")}</Td>
            <Td>{t(`leadSource.${lead.source}`)}</Td>
            <Td>
              <Badge tone={lead.status === "MQL" || lead.status === "ACCEPTED" ? "primary" : "neutral"}>
                {t(`leadStatus.${lead.status}`)}
              </Badge>
            </Td>
            <Td>
              <StageBadge stage={lead.stage} label={t(`stage.${lead.stage}`)} />
            </Td>
            <Td numeric>{formatNumber(lead.fitScore, locale)}</Td>
            <Td numeric>{formatNumber(lead.engagementScore, locale)}</Td>
            <Td className="text-muted-foreground">{lead.owner?.name ?? t("common.unassigned")}</Td>
            <Td className="whitespace-nowrap text-muted-foreground">{formatDay(lead.createdAt, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
