import { StageBadge } from "@/components/bowtie/stage-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { StageDefinitionRow } from "@/lib/settings/stages/queries";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

/** The stages as the admins defined them, in each definition's own words for the locale. */
export async function StageDefinitionsTable({ stages }: { stages: StageDefinitionRow[] }) {
  const { t, locale } = await getI18n();
  if (stages.length === 0) return <EmptyState message={t("common.empty")} />;
  const fi = locale === "fi";
  return (
    <Table caption={t("settings.stages")}>
      <THead>
        <tr>
          <Th numeric>{t("settings.stageOrder")}</Th>
          <Th>{t("settings.stageName")}</Th>
          <Th>{t("settings.stageSide")}</Th>
          <Th>{t("settings.stageDescription")}</Th>
          <Th>{t("settings.stageEntryCriteria")}</Th>
          <Th numeric>{t("settings.stageSla")}</Th>
        </tr>
      </THead>
      <TBody>
        {stages.map((stage) => (
          <Tr key={stage.stage}>
            <Td numeric>{stage.order}</Td>
            <Td>
              <StageBadge stage={stage.stage} label={fi ? stage.labelFi : stage.labelEn} />
            </Td>
            <Td className="whitespace-nowrap text-muted-foreground">{t(`side.${stage.side}`)}</Td>
            <Td className="min-w-64">{fi ? stage.descriptionFi : stage.descriptionEn}</Td>
            <Td className="min-w-64 text-muted-foreground">{fi ? stage.entryCriteriaFi : stage.entryCriteriaEn}</Td>
            <Td numeric className="whitespace-nowrap">
              {stage.slaHours === null ? t("common.none") : t("common.hours", { hours: formatNumber(stage.slaHours, locale) })}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
