import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { DealStatus } from "@/generated/prisma/enums";
import type { RecentDeal } from "@/lib/data/deals";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

const STATUS_TONE: Record<DealStatus, BadgeTone> = { OPEN: "neutral", WON: "retention", LOST: "danger" };

export async function DealTable({ deals }: { deals: RecentDeal[] }) {
  const { t, locale } = await getI18n();
  if (deals.length === 0) return <EmptyState message={t("common.empty")} />;
  return (
    <Table caption={t("deals.title")}>
      <THead>
        <tr>
          <Th>{t("deals.name")}</Th>
          <Th>{t("deals.account")}</Th>
          <Th>{t("deals.type")}</Th>
          <Th numeric>{t("deals.amount")}</Th>
          <Th>{t("deals.pipelineStage")}</Th>
          <Th>{t("deals.status")}</Th>
          <Th>{t("deals.closeDate")}</Th>
          <Th>{t("deals.owner")}</Th>
        </tr>
      </THead>
      <TBody>
        {deals.map((deal) => (
          <Tr key={deal.id}>
            <Td className="font-medium">{deal.name}</Td>
            <Td>{deal.account.name}</Td>
            <Td>{t(`dealType.${deal.type}`)}</Td>
            <Td numeric className="whitespace-nowrap">
              {formatMoney(deal.amountMinor, deal.currency, locale)}
            </Td>
            <Td>{t(`pipelineStage.${deal.pipelineStage}`)}</Td>
            <Td>
              <Badge tone={STATUS_TONE[deal.status]}>{t(`dealStatus.${deal.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(deal.closeDate, locale)}</Td>
            <Td className="text-muted-foreground">{deal.owner?.name ?? t("common.unassigned")}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
