import type { ApprovalSide } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { reevaluationOf } from "@/lib/mql/reevaluation";
import { getVersion } from "@/lib/mql/versions";

const OTHER: Record<ApprovalSide, ApprovalSide> = { SALES: "MARKETING", MARKETING: "SALES" };

/**
 * What the reader's approval did: the version is waiting for the other side, or it is now in
 * force and this is what its re-evaluation moved, or how far it got if it did not finish.
 */
export async function ApprovalNotice({ criteriaId, side }: { criteriaId: number; side: ApprovalSide }) {
  const [{ t, locale }, version, run] = await Promise.all([getI18n(), getVersion(criteriaId, db), reevaluationOf(criteriaId, db, new Date())]);
  if (!version) return null;
  const activated = version.status === "ACTIVE" ? run : null;
  const text =
    activated?.state === "finished"
      ? t("settingsMql.approve.activated", {
          version: version.version,
          qualified: formatNumber(activated.qualified, locale),
          unqualified: formatNumber(activated.unqualified, locale),
          skipped: formatNumber(activated.skipped, locale),
        })
      : activated
        ? t("settingsMql.approve.activatedUnfinished", { version: version.version, checked: formatNumber(activated.checked, locale) })
        : version.status === "APPROVED"
        ? t("settingsMql.approve.waiting", { version: version.version, side: t(`settingsMql.side.${OTHER[side]}`) })
        : null;
  if (!text) return null;
  return (
    <p role="status" className="mb-6 rounded-md border border-primary bg-primary-soft px-4 py-3 text-sm" data-testid="approval-outcome">
      {text}
    </p>
  );
}
