import type { CriteriaStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translator";

const TONE: Record<CriteriaStatus, BadgeTone> = { DRAFT: "neutral", APPROVED: "acquisition", ACTIVE: "primary", SUPERSEDED: "off" };

export function VersionStatus({ status, t }: { status: CriteriaStatus; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`settingsMql.status.${status}`)}</Badge>;
}
