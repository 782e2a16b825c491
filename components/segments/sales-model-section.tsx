import { DrillLink } from "@/components/dashboard/drill-link";
import type { SegmentOption } from "@/components/dashboard/filter-bar";
import { InfoTip } from "@/components/ui/info-tip";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { BOWTIE_STAGES, STAGE_SIDE } from "@/lib/bowtie/stages";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { SalesModel } from "@/lib/metrics/queries/sales-model";
import type { DashboardRequest } from "@/lib/validation/dashboard-request";
import { CsvLink } from "./csv-link";
import { segmentDrillHref } from "./drill";
import { ModeMark } from "./mode-mark";
import { SectionCard } from "@/components/ui/section-card";
import { segmentName } from "./segment-name";

const SIDES = [
  { side: "ACQUISITION", border: "border-t-side-acquisition" },
  { side: "KNOT", border: "border-t-side-knot" },
  { side: "RETENTION", border: "border-t-side-retention" },
] as const;

/** The segment × stage matrix: the owning team, person-to-person or digital, and the stage's inflow. */
export async function SalesModelSection({
  model,
  segments,
  request,
}: {
  model: Promise<SalesModel>;
  segments: SegmentOption[];
  request: DashboardRequest;
}) {
  const [{ t, locale }, { segments: rows }] = await Promise.all([getI18n(), model]);
  const empty = rows.length === 0 ? t("segments.noSegments") : rows.every((row) => row.stages.every((cell) => cell.owner === null)) ? t("segments.modelEmpty") : null;

  return (
    <SectionCard
      title={t("segments.modelTitle")}
      description={t("segments.modelDescription")}
      actions={<CsvLink chart="model" query={request.query} t={t} />}
      empty={empty}
    >
      <div className="flex flex-col gap-4 p-5">
        <dl aria-label={t("segments.modelLegend")} className="flex flex-wrap gap-x-6 gap-y-2 text-xs text-muted-foreground">
          {(["H2H", "DIGITAL"] as const).map((mode) => (
            <div key={mode} className="flex items-center gap-2">
              <dt>
                <ModeMark mode={mode} label={t(`segments.mode.${mode}`)} />
              </dt>
              <dd>{t(`segments.modeDefinition.${mode}`)}</dd>
            </div>
          ))}
          <div className="flex items-center gap-1">
            <dt className="font-medium text-foreground">{t("segments.entered")}</dt>
            <dd>
              <InfoTip id="definition-entered" label={t("common.definitionOf", { term: t("segments.entered") })} text={t("segments.enteredDefinition")} />
            </dd>
          </div>
        </dl>
        {/* Seven stage columns fit a laptop screen only with narrower cell padding than the default. */}
        <Table caption={t("segments.modelCaption")}>
          <THead>
            <tr>
              <Th rowSpan={2}>{t("segments.segment")}</Th>
              {SIDES.map(({ side, border }) => (
                <Th key={side} colSpan={BOWTIE_STAGES.filter((stage) => STAGE_SIDE[stage] === side).length} className={`border-t-2 px-2! text-center ${border}`}>
                  {t(`side.${side}`)}
                </Th>
              ))}
            </tr>
            <tr>
              {BOWTIE_STAGES.map((stage) => (
                <Th key={stage} className="px-2!">
                  {t(`stage.${stage}`)}
                </Th>
              ))}
            </tr>
          </THead>
          <TBody>
            {rows.map((row) => {
              const segment = segmentName(segments, row.segmentId, row.segmentKey);
              return (
                <Tr key={row.segmentId}>
                  <Th scope="row" className="align-top">
                    {segment}
                  </Th>
                  {row.stages.map((cell) => (
                    <Td key={cell.stage} className="px-2!">
                      {cell.owner ? (
                        <div className="flex flex-col items-start gap-1">
                          <span className="font-medium">{cell.owner.teamName}</span>
                          <ModeMark mode={cell.owner.mode} label={t(`segments.mode.${cell.owner.mode}`)} />
                        </div>
                      ) : (
                        <span className="text-muted-foreground">{t("segments.noOwner")}</span>
                      )}
                      <p className="mt-2 text-xs text-muted-foreground">
                        {t("segments.entered")}{" "}
                        {cell.entered === 0 ? (
                          <span className="font-semibold tabular-nums">{formatNumber(0, locale)}</span>
                        ) : (
                          <DrillLink
                            href={segmentDrillHref("segments-stage-entries", row.segmentId, request.filters, { stage: cell.stage })}
                            label={t("segments.drillEntered", { count: formatNumber(cell.entered, locale), segment, stage: t(`stage.${cell.stage}`) })}
                          >
                            <span className="font-semibold tabular-nums">{formatNumber(cell.entered, locale)}</span>
                          </DrillLink>
                        )}
                      </p>
                    </Td>
                  ))}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </div>
    </SectionCard>
  );
}
