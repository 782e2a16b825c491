import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailsCard } from "@/components/records/detail/details-card";
import { contactDetailItems } from "@/components/records/detail/other-details";
import { RecordHeader } from "@/components/records/detail/record-header";
import { RecordLayout } from "@/components/records/detail/record-layout";
import { RecordLinks } from "@/components/records/detail/record-links";
import { accountLink, dealLink, leadLink } from "@/components/records/detail/record-refs";
import { RecordTimeline, TIMELINE_PARAM } from "@/components/records/detail/record-timeline";
import { RelatedCard } from "@/components/records/detail/related-card";
import { LogTouchpointCard } from "@/components/records/touchpoints/log-touchpoint-card";
import { authorizePage } from "@/lib/auth/guards";
import { recordPath } from "@/lib/records/paths";
import { loadContactDetail } from "@/lib/data/record-detail";
import { getI18n } from "@/lib/i18n/server";
import { recordPageParams, type RecordPageProps } from "@/lib/records/page-params";
import { loadContactRelated } from "@/lib/records/related";
import { loadTimeline } from "@/lib/records/timeline";

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { t } = await getI18n();
  const id = Number((await params).id);
  const contact = Number.isSafeInteger(id) && id > 0 ? await loadContactDetail(id) : null;
  return { title: contact ? `${contact.firstName} ${contact.lastName}` : t("recordDetail.kind.CONTACT") };
}

/** A contact has no moves of its own: it moves with its account and the deals it takes part in. */
export default async function ContactPage(props: RecordPageProps) {
  const user = await authorizePage("records.read");
  const { id, after } = await recordPageParams(props, TIMELINE_PARAM);
  const contact = await loadContactDetail(id);
  if (!contact) notFound();

  const { t, locale } = await getI18n();
  const [related, timeline] = await Promise.all([loadContactRelated(contact), loadTimeline("CONTACT", contact.id, { after })]);

  return (
    <>
      <RecordHeader
        kind="CONTACT"
        id={contact.id}
        role={user.role}
        title={`${contact.firstName} ${contact.lastName}`}
        subtitle={[contact.title, related.account?.name].filter(Boolean).join(", ") || undefined}
        stage={contact.stage}
        owner={contact.owner?.name ?? null}
        version={contact.version}
      />
      <RecordLayout
        main={
          <>
            <DetailsCard items={contactDetailItems(t, locale, contact)} />
            <RecordTimeline kind="CONTACT" page={timeline} path={recordPath("CONTACT", contact.id)} paged={after !== null} />
          </>
        }
        aside={
          <>
            <LogTouchpointCard kind="CONTACT" recordId={contact.id} role={user.role} />
            <RelatedCard>
              <RecordLinks title={t("recordDetail.related.account")} links={related.account ? [accountLink(related.account)] : []} empty={t("recordDetail.related.noAccount")} />
              <RecordLinks title={t("recordDetail.related.originLead")} links={related.originLead ? [leadLink(t, related.originLead)] : []} empty={t("recordDetail.related.noOrigin")} />
              {related.deal && <RecordLinks title={t("recordDetail.related.deal")} links={[dealLink(t, locale, related.deal)]} empty={t("recordDetail.related.none")} />}
            </RelatedCard>
          </>
        }
      />
    </>
  );
}
