import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailsCard } from "@/components/records/detail/details-card";
import { leadDetailItems } from "@/components/records/detail/lead-details";
import { MqlCheckCard } from "@/components/records/detail/mql-check-card";
import { RecordHeader } from "@/components/records/detail/record-header";
import { RecordLayout } from "@/components/records/detail/record-layout";
import { RecordLinks } from "@/components/records/detail/record-links";
import { accountLink, contactLink, dealLink } from "@/components/records/detail/record-refs";
import { RecordTimeline, TIMELINE_PARAM } from "@/components/records/detail/record-timeline";
import { RelatedCard } from "@/components/records/detail/related-card";
import { ScoreCard } from "@/components/records/detail/score-card";
import { LeadMoves } from "@/components/records/moves/lead-moves";
import { LogTouchpointCard } from "@/components/records/touchpoints/log-touchpoint-card";
import type { BadgeTone } from "@/components/ui/badge";
import type { LeadStatus } from "@/generated/prisma/enums";
import { authorizePage } from "@/lib/auth/guards";
import { recordPath } from "@/lib/records/paths";
import { loadLeadDetail } from "@/lib/data/record-detail";
import { getI18n } from "@/lib/i18n/server";
import { DEFAULT_ENGAGEMENT_DAYS, loadEngagementFacts, loadMqlCheck } from "@/lib/records/mql-check";
import { recordPageParams, type RecordPageProps } from "@/lib/records/page-params";
import { loadLeadRelated } from "@/lib/records/related";
import { loadTimeline } from "@/lib/records/timeline";

const STATUS_TONE: Partial<Record<LeadStatus, BadgeTone>> = { MQL: "primary", ACCEPTED: "primary", CONVERTED: "primary", REJECTED: "danger", DISQUALIFIED: "danger" };

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { t } = await getI18n();
  const id = Number((await params).id);
  const lead = Number.isSafeInteger(id) && id > 0 ? await loadLeadDetail(id) : null;
  return { title: lead ? `${lead.firstName} ${lead.lastName}` : t("recordDetail.kind.LEAD") };
}

export default async function LeadPage(props: RecordPageProps) {
  const user = await authorizePage("records.read");
  const { id, after } = await recordPageParams(props, TIMELINE_PARAM);
  const lead = await loadLeadDetail(id);
  if (!lead) notFound();

  const { t, locale } = await getI18n();
  const now = new Date();
  const check = await loadMqlCheck(lead, now);
  const [related, engagement, timeline] = await Promise.all([
    loadLeadRelated(lead),
    loadEngagementFacts(lead.id, check.available ? check.criteria.rule.withinDays : DEFAULT_ENGAGEMENT_DAYS, now),
    loadTimeline("LEAD", lead.id, { after }),
  ]);
  const segment = lead.segment ? (locale === "fi" ? lead.segment.nameFi : lead.segment.nameEn) : null;

  return (
    <>
      <RecordHeader
        kind="LEAD"
        id={lead.id}
        role={user.role}
        title={`${lead.firstName} ${lead.lastName}`}
        subtitle={[lead.title, lead.company].filter(Boolean).join(", ") || undefined}
        stage={lead.stage}
        status={{ label: t(`leadStatus.${lead.status}`), tone: STATUS_TONE[lead.status] ?? "neutral" }}
        owner={lead.owner?.name ?? null}
        version={lead.version}
      />
      <RecordLayout
        main={
          <>
            <DetailsCard items={leadDetailItems(t, locale, lead)} />
            <MqlCheckCard check={check} segment={segment} />
            <ScoreCard lead={lead} engagement={engagement} />
            <RecordTimeline kind="LEAD" page={timeline} path={recordPath("LEAD", lead.id)} paged={after !== null} />
          </>
        }
        aside={
          <>
            <LeadMoves lead={lead} role={user.role} />
            <LogTouchpointCard kind="LEAD" recordId={lead.id} role={user.role} />
            <RelatedCard>
              <RecordLinks title={t("recordDetail.related.account")} links={related.account ? [accountLink(related.account)] : []} empty={t("recordDetail.related.noAccount")} />
              <RecordLinks title={t("recordDetail.related.contact")} links={related.contact ? [contactLink(related.contact)] : []} empty={t("recordDetail.related.notConverted")} />
              <RecordLinks title={t("recordDetail.related.deal")} links={related.deal ? [dealLink(t, locale, related.deal)] : []} empty={t("recordDetail.related.notConverted")} />
            </RelatedCard>
          </>
        }
      />
    </>
  );
}
