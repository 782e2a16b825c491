import type { Stage } from "@/generated/prisma/enums";
import { StageBadge } from "@/components/bowtie/stage-badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";
import { STAGE_SIDE } from "@/lib/bowtie/stages";
import { countRecordsByStage, type StageCount } from "@/lib/data/overview";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Totals = Pick<StageCount, "leads" | "accounts" | "deals">;

function sum(rows: StageCount[]): Totals {
  return rows.reduce((total, row) => ({ leads: total.leads + row.leads, accounts: total.accounts + row.accounts, deals: total.deals + row.deals }), {
    leads: 0,
    accounts: 0,
    deals: 0,
  });
}

/** Leads, accounts and deals per bow-tie stage now, with the totals on and off the bow-tie. */
export async function StageOverview() {
  const [{ t, locale }, counts] = await Promise.all([getI18n(), countRecordsByStage()]);
  const onBowtie = counts.filter((row) => row.stage !== "CHURNED");
  const offBowtie = counts.filter((row) => row.stage === "CHURNED");
  const totals = sum(onBowtie);
  const number = (value: number) => formatNumber(value, locale);
  const sideOf = (stage: Stage) => (stage === "CHURNED" ? t("dashboard.offBowtie") : t(`side.${STAGE_SIDE[stage]}`));

  const cells = (row: Totals) => (
    <>
      <Td numeric>{number(row.leads)}</Td>
      <Td numeric>{number(row.accounts)}</Td>
      <Td numeric>{number(row.deals)}</Td>
    </>
  );

  return (
    <div className="flex flex-col gap-6">
      <dl className="grid gap-4 sm:grid-cols-3">
        {(["leads", "accounts", "deals"] as const).map((kind) => (
          <div key={kind} className="rounded-lg border border-border bg-surface px-5 py-4 shadow-xs">
            <dt className="text-sm text-muted-foreground">{t(`dashboard.${kind}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">{number(totals[kind])}</dd>
            <dd className="text-xs text-muted-foreground">{t("dashboard.onBowtie")}</dd>
          </div>
        ))}
      </dl>

      <Card>
        <CardHeader title={t("dashboard.byStage")} description={t("dashboard.byStageHint")} />
        <Table caption={t("dashboard.byStage")}>
          <THead>
            <tr>
              <Th>{t("dashboard.stage")}</Th>
              <Th>{t("dashboard.side")}</Th>
              <Th numeric>{t("dashboard.leads")}</Th>
              <Th numeric>{t("dashboard.accounts")}</Th>
              <Th numeric>{t("dashboard.deals")}</Th>
            </tr>
          </THead>
          <TBody>
            {onBowtie.map((row) => (
              <Tr key={row.stage}>
                <Th scope="row" className="font-normal">
                  <StageBadge stage={row.stage} label={t(`stage.${row.stage}`)} />
                </Th>
                <Td className="text-muted-foreground">{sideOf(row.stage)}</Td>
                {cells(row)}
              </Tr>
            ))}
          </TBody>
          <TFoot>
            <tr>
              <Th scope="row" colSpan={2}>
                {t("dashboard.onBowtie")}
              </Th>
              {cells(totals)}
            </tr>
            {offBowtie.map((row) => (
              <tr key={row.stage} className="font-normal">
                <Th scope="row" className="font-normal">
                  <StageBadge stage={row.stage} label={t(`stage.${row.stage}`)} />
                </Th>
                <Td className="text-muted-foreground">{sideOf(row.stage)}</Td>
                {cells(row)}
              </tr>
            ))}
          </TFoot>
        </Table>
      </Card>
    </div>
  );
}
