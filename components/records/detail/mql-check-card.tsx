import type { Persona } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { MqlCandidate, MqlCheckKey, MqlRule } from "@/lib/bowtie/mql";
import { formatDay, formatNumber } from "@/lib/i18n/format";
import { formatRange } from "@/lib/i18n/range";
import type { Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translator";
import type { MqlCheck } from "@/lib/records/mql-check";

type Row = { required: string; value: string };

/** What each criterion asks for and what the lead has, side by side. */
function describe(t: Translate, locale: Locale, rule: MqlRule, lead: MqlCandidate): Record<MqlCheckKey, Row> {
  const none = t("common.none");
  const list = (values: string[]) => (values.length ? values.join(", ") : t("recordDetail.mql.any"));
  const persona = (value: Persona) => t(`persona.${value}`);
  const personas = [
    rule.personas.length ? rule.personas.map(persona).join(", ") : null,
    rule.titleKeywords.length ? t("recordDetail.mql.titleContains", { keywords: rule.titleKeywords.join(", ") }) : null,
  ].filter(Boolean);
  return {
    industry: { required: list(rule.industries), value: lead.industry ?? none },
    companySize: {
      required: formatRange(rule.minEmployees, rule.maxEmployees, (value) => formatNumber(value, locale), t),
      value: lead.employees === null ? none : formatNumber(lead.employees, locale),
    },
    country: { required: list(rule.countries), value: lead.country ?? none },
    persona: {
      required: personas.length ? personas.join("; ") : t("recordDetail.mql.any"),
      value: [lead.persona ? persona(lead.persona) : null, lead.title].filter(Boolean).join(", ") || none,
    },
    engagement: { required: t("recordDetail.mql.atLeast", { min: rule.minEngagementScore }), value: formatNumber(lead.engagementScore, locale) },
    recency: {
      required: t("recordDetail.mql.within", { days: rule.withinDays }),
      value: lead.lastEngagedAt ? t("recordDetail.mql.lastTouch", { date: formatDay(lead.lastEngagedAt, locale) }) : t("recordDetail.mql.noTouch"),
    },
  };
}

/** The lead against its segment's active MQL criteria: each criterion, what it asks, what the lead has, pass or fail. */
export async function MqlCheckCard({ check, segment }: { check: MqlCheck; segment: string | null }) {
  const { t, locale } = await getI18n();
  if (!check.available) {
    return (
      <Card>
        <CardHeader title={t("recordDetail.mql.title")} />
        <EmptyState message={t(check.reason === "noSegment" ? "recordDetail.mql.noSegment" : "recordDetail.mql.noCriteria")} />
      </Card>
    );
  }
  const rows = describe(t, locale, check.criteria.rule, check.candidate);
  const missed = check.verdict.checks.filter((item) => !item.pass).length;
  return (
    <Card>
      <CardHeader
        title={t("recordDetail.mql.title")}
        description={t("recordDetail.mql.description", { segment: segment ?? t("common.none"), version: check.criteria.version })}
        actions={
          <Badge tone={check.verdict.qualifies ? "primary" : "danger"}>
            {check.verdict.qualifies ? t("recordDetail.mql.qualifies") : t("recordDetail.mql.misses", { count: missed })}
          </Badge>
        }
      />
      <Table caption={t("recordDetail.mql.title")}>
        <THead>
          <tr>
            <Th>{t("recordDetail.mql.criterion")}</Th>
            <Th>{t("recordDetail.mql.required")}</Th>
            <Th>{t("recordDetail.mql.leadValue")}</Th>
            <Th>{t("recordDetail.mql.result")}</Th>
          </tr>
        </THead>
        <TBody>
          {check.verdict.checks.map((item) => (
            <Tr key={item.key}>
              <Th scope="row" className="font-medium">
                {t(`recordDetail.mql.check.${item.key}`)}
              </Th>
              <Td>{rows[item.key].required}</Td>
              <Td>{rows[item.key].value}</Td>
              <Td>
                <Badge tone={item.pass ? "primary" : "danger"}>{item.pass ? t("recordDetail.mql.pass") : t("recordDetail.mql.fail")}</Badge>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
