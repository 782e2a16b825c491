import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailsCard } from "@/components/records/detail/details-card";
import { dealDetailItems } from "@/components/records/detail/other-details";
import { RecordHeader } from "@/components/records/detail/record-header";
import { RecordLayout } from "@/components/records/detail/record-layout";
import { RecordLinks } from "@/components/records/detail/record-links";
import { accountLink, contactLink, leadLink } from "@/components/records/detail/record-refs";
import { RecordTimeline, TIMELINE_PARAM } from "@/components/records/detail/record-timeline";
import { RelatedCard } from "@/components/records/detail/related-card";
import { DealMoves } from "@/components/records/moves/deal-moves";
import type { BadgeTone } from "@/components/ui/badge";
import type { DealStatus } from "@/generated/prisma/enums";
import { authorizePage } from "@/lib/auth/guards";
import { recordPath } from "@/lib/records/paths";
import { loadDealDetail } from "@/lib/data/record-detail";
import { getI18n } from "@/lib/i18n/server";
import { recordPageParams, type RecordPageProps } from "@/lib/records/page-params";
import { loadDealRelated } from "@/lib/records/related";
import { loadTimeline } from "@/lib/records/timeline";

const STATUS_TONE: Record<DealStatus, BadgeTone> = { OPEN: "neutral", WON: "primary", LOST: "danger" };

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { t } = await getI18n();
  const id = Number((await params).id);
  const deal = Number.isSafeInteger(id) && id > 0 ? await loadDealDetail(id) : null;
  return { title: deal?.name ?? t("recordDetail.kind.DEAL") };
}

export default async function DealPage(props: RecordPageProps) {
  const user = await authorizePage("records.read");
  const { id, after } = await recordPageParams(props, TIMELINE_PARAM);
  const deal = await loadDealDetail(id);
  if (!deal) notFound();

  const { t, locale } = await getI18n();
  const [related, timeline] = await Promise.all([loadDealRelated(deal), loadTimeline("DEAL", deal.id, { after })]);

  return (
    <>
      <RecordHeader
        kind="DEAL"
        id={deal.id}
        role={user.role}
        title={deal.name}
        subtitle={related.account?.name}
        stage={deal.stage}
        status={{ label: t(`dealStatus.${deal.status}`), tone: STATUS_TONE[deal.status] }}
        owner={deal.owner?.name ?? null}
        version={deal.version}
      />
      <RecordLayout
        main={
          <>
            <DetailsCard items={dealDetailItems(t, locale, deal)} />
            <RecordTimeline kind="DEAL" page={timeline} path={recordPath("DEAL", deal.id)} paged={after !== null} />
          </>
        }
        aside={
          <>
            <DealMoves deal={deal} role={user.role} />
            <RelatedCard>
              <RecordLinks title={t("recordDetail.related.account")} links={related.account ? [accountLink(related.account)] : []} empty={t("recordDetail.related.noAccount")} />
              <RecordLinks title={t("recordDetail.related.originLead")} links={related.originLead ? [leadLink(t, related.originLead)] : []} empty={t("recordDetail.related.noOrigin")} />
              {related.contact && <RecordLinks title={t("recordDetail.related.contact")} links={[contactLink(related.contact)]} empty={t("recordDetail.related.none")} />}
            </RelatedCard>
          </>
        }
      />
    </>
  );
}
