import type { ApprovalSide } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { MqlVersion } from "@/lib/mql/versions";

const SIDES: readonly ApprovalSide[] = ["SALES", "MARKETING"];

/** One side's approval: who and when, or that it is still awaited. */
export function approvalText(version: MqlVersion, side: ApprovalSide, t: Translate, locale: Locale): string {
  const approval = version.approvals.find((entry) => entry.side === side);
  if (approval) return t("settingsMql.approvedBy", { name: approval.userName, date: formatDateTime(approval.approvedAt, locale) });
  return version.status === "DRAFT" || version.status === "APPROVED" ? t("settingsMql.awaiting") : t("common.none");
}

/** Who made a version and who approved it, and when it came into and went out of force. */
export function VersionHistory({ version, t, locale }: { version: MqlVersion; t: Translate; locale: Locale }) {
  const when = (date: Date | null) => (date ? formatDateTime(date, locale) : t("common.none"));
  const rows: [string, string][] = [
    [t("settingsMql.history.created"), t("settingsMql.createdBy", { name: version.createdBy ?? t("common.none"), date: formatDateTime(version.createdAt, locale) })],
    ...SIDES.map((side): [string, string] => [t(`settingsMql.history.approval.${side}`), approvalText(version, side, t, locale)]),
    [t("settingsMql.history.activated"), when(version.activatedAt)],
    [t("settingsMql.history.superseded"), when(version.supersededAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]" data-testid="version-history">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted-foreground">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
