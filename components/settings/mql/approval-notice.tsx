import type { ApprovalSide } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { activationOf } from "@/lib/mql/activation";
import { getVersion } from "@/lib/mql/versions";

const OTHER: Record<ApprovalSide, ApprovalSide> = { SALES: "MARKETING", MARKETING: "SALES" };

/** What the reader's approval did: the version is waiting for the other side, or it is now in force and this is what moved. */
export async function ApprovalNotice({ criteriaId, side }: { criteriaId: number; side: ApprovalSide }) {
  const [{ t, locale }, version, activation] = await Promise.all([getI18n(), getVersion(criteriaId, db), activationOf(criteriaId, db)]);
  if (!version) return null;
  const text =
    version.status === "ACTIVE" && activation
      ? t("settingsMql.approve.activated", {
          version: version.version,
          qualified: formatNumber(activation.qualified, locale),
          unqualified: formatNumber(activation.unqualified, locale),
          skipped: formatNumber(activation.skipped, locale),
        })
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
