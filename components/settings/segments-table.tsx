import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { SegmentRuleRow } from "@/lib/settings/segments/queries";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { formatRange } from "@/lib/i18n/range";
import { getI18n } from "@/lib/i18n/server";

/** Segment deal-size bounds carry no currency of their own; deals default to euros. */
const SEGMENT_CURRENCY = "EUR";

export async function SegmentsTable({ segments }: { segments: SegmentRuleRow[] }) {
  const { t, locale } = await getI18n();
  if (segments.length === 0) return <EmptyState message={t("common.empty")} />;
  const number = (value: number) => formatNumber(value, locale);
  const money = (value: number) => formatMoney(value, SEGMENT_CURRENCY, locale);
  return (
    <Table caption={t("settings.segments")}>
      <THead>
        <tr>
          <Th numeric>{t("settings.segmentPriority")}</Th>
          <Th>{t("settings.segmentName")}</Th>
          <Th>{t("settings.segmentKey")}</Th>
          <Th>{t("settings.segmentEmployees")}</Th>
          <Th>{t("settings.segmentDealSize")}</Th>
        </tr>
      </THead>
      <TBody>
        {segments.map((segment) => (
          <Tr key={segment.id}>
            <Td numeric>{segment.priority}</Td>
            <Td className="font-medium">{locale === "fi" ? segment.nameFi : segment.nameEn}</Td>
            <Td className="font-mono text-xs text-muted-foreground">{segment.key}</Td>
            <Td className="whitespace-nowrap">{formatRange(segment.minEmployees, segment.maxEmployees, number, t)}</Td>
            <Td className="whitespace-nowrap">{formatRange(segment.minDealAmountMinor, segment.maxDealAmountMinor, money, t)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
