import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailsCard } from "@/components/records/detail/details-card";
import { accountDetailItems } from "@/components/records/detail/other-details";
import { RecordHeader } from "@/components/records/detail/record-header";
import { RecordLayout } from "@/components/records/detail/record-layout";
import { RecordLinks } from "@/components/records/detail/record-links";
import { contactLink, dealLink, leadLink } from "@/components/records/detail/record-refs";
import { RecordTimeline, TIMELINE_PARAM } from "@/components/records/detail/record-timeline";
import { RelatedCard } from "@/components/records/detail/related-card";
import { RevenueSummary } from "@/components/records/detail/revenue-summary";
import { AccountMoves } from "@/components/records/moves/account-moves";
import { authorizePage } from "@/lib/auth/guards";
import { recordPath } from "@/lib/records/paths";
import { loadAccountDetail } from "@/lib/data/record-detail";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { recordPageParams, type RecordPageProps } from "@/lib/records/page-params";
import { loadAccountRelated, type Capped } from "@/lib/records/related";
import { loadTimeline } from "@/lib/records/timeline";

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { t } = await getI18n();
  const id = Number((await params).id);
  const account = Number.isSafeInteger(id) && id > 0 ? await loadAccountDetail(id) : null;
  return { title: account?.name ?? t("recordDetail.kind.ACCOUNT") };
}

export default async function AccountPage(props: RecordPageProps) {
  const user = await authorizePage("records.read");
  const { id, after } = await recordPageParams(props, TIMELINE_PARAM);
  const account = await loadAccountDetail(id);
  if (!account) notFound();

  const { t, locale } = await getI18n();
  const [related, timeline] = await Promise.all([loadAccountRelated(account.id), loadTimeline("ACCOUNT", account.id, { after })]);
  const shown = (group: Capped<unknown>) =>
    group.total > group.rows.length ? t("recordDetail.related.shown", { shown: formatNumber(group.rows.length, locale), total: formatNumber(group.total, locale) }) : undefined;

  return (
    <>
      <RecordHeader
        kind="ACCOUNT"
        id={account.id}
        role={user.role}
        title={account.name}
        subtitle={[account.industry, account.country].join(", ")}
        stage={account.stage}
        status={account.tier ? { label: t(`tier.${account.tier}`), tone: "neutral" } : null}
        owner={account.owner?.name ?? null}
        version={account.version}
      />
      <RecordLayout
        main={
          <>
            <DetailsCard items={accountDetailItems(t, locale, account)} />
            <RevenueSummary revenue={related.revenue} />
            <RecordTimeline kind="ACCOUNT" page={timeline} path={recordPath("ACCOUNT", account.id)} paged={after !== null} />
          </>
        }
        aside={
          <>
            <AccountMoves account={account} role={user.role} />
            <RelatedCard>
              <RecordLinks title={t("recordDetail.related.contacts")} links={related.contacts.rows.map(contactLink)} empty={t("recordDetail.related.none")} footnote={shown(related.contacts)} />
              <RecordLinks title={t("recordDetail.related.deals")} links={related.deals.rows.map((deal) => dealLink(t, locale, deal))} empty={t("recordDetail.related.none")} footnote={shown(related.deals)} />
              <RecordLinks title={t("recordDetail.related.leads")} links={related.leads.rows.map((lead) => leadLink(t, lead))} empty={t("recordDetail.related.none")} footnote={shown(related.leads)} />
            </RelatedCard>
          </>
        }
      />
    </>
  );
}
