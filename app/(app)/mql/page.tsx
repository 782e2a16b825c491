import type { Metadata } from "next";
import { Suspense } from "react";
import type { ApprovalSide } from "@/generated/prisma/enums";
import { ApprovalNotice } from "@/components/settings/mql/approval-notice";
import { ApproveForm } from "@/components/settings/mql/approve-form";
import { VersionCard } from "@/components/settings/mql/version-card";
import { VersionPreview } from "@/components/settings/mql/version-preview";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { authorizePage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listAgreements, OPEN_STATUSES } from "@/lib/mql/versions";
import { parseRecordId } from "@/lib/records/record-id";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("mql.title") };
}

/**
 * The approvers' page: every draft of the MQL agreement awaiting approval, in full, beside
 * the version in force and with what activating it would do now, and the approval of the
 * reader's own side.
 */
export default async function MqlApprovalsPage({ searchParams }: { searchParams: Promise<{ approved?: string | string[] }> }) {
  const user = await authorizePage("mql.review");
  const approvedParam = (await searchParams).approved;
  const approved = typeof approvedParam === "string" ? parseRecordId(approvedParam) : null;
  const [{ t, locale }, agreements] = await Promise.all([getI18n(), listAgreements(db)]);
  const side: ApprovalSide | null = can(user.role, "mql.approveSales") ? "SALES" : can(user.role, "mql.approveMarketing") ? "MARKETING" : null;
  const drafts = agreements.flatMap((segment) =>
    segment.versions
      .filter((version) => OPEN_STATUSES.includes(version.status))
      .map((version) => ({ version, active: segment.active, segment: locale === "fi" ? segment.nameFi : segment.nameEn })),
  );
  return (
    <>
      <PageHeader title={t("mql.title")} description={side ? t("mql.subtitle", { side: t(`settingsMql.side.${side}`) }) : undefined} />
      {approved !== null && side && <ApprovalNotice criteriaId={approved} side={side} />}
      {drafts.length === 0 ? (
        <Card>
          <EmptyState message={t("mql.empty")} />
        </Card>
      ) : (
        <div className="flex flex-col gap-10">
          {drafts.map(({ version, active, segment }) => {
            const own = side && version.approvals.find((approval) => approval.side === side);
            return (
              <article key={version.id} aria-label={t("settingsMql.versionOf", { segment, version: version.version })} className="flex flex-col gap-4">
                <VersionCard version={version} active={active} segment={segment} t={t} locale={locale} />
                <Suspense fallback={<Skeleton label={t("common.loading")} className="h-80" />}>
                  <VersionPreview version={version} active={active} />
                </Suspense>
                {side &&
                  (own ? (
                    <p className="text-sm">{t("mql.sideDone", { name: own.userName, date: formatDateTime(own.approvedAt, locale) })}</p>
                  ) : (
                    <ApproveForm id={version.id} base={version.fingerprint} version={version.version} side={side} />
                  ))}
              </article>
            );
          })}
        </div>
      )}
    </>
  );
}
