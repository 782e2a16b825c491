import type { Role } from "@/generated/prisma/enums";
import { Card, CardHeader } from "@/components/ui/card";
import { MoveDisclosure } from "@/components/records/moves/move-disclosure";
import { logContactTouchpointAction, logLeadTouchpointAction } from "@/lib/actions/touchpoints";
import { can } from "@/lib/auth/permissions";
import { listCampaignOptions } from "@/lib/data/campaign-options";
import { getI18n } from "@/lib/i18n/server";
import type { TouchpointTarget } from "@/lib/touchpoints/log";
import { LogTouchpointForm } from "./log-touchpoint-form";

const ACTION = { LEAD: logLeadTouchpointAction, CONTACT: logContactTouchpointAction } as const;

/** Logging a touchpoint on a lead's or a contact's page, for the roles that own touchpoints; others see nothing. */
export async function LogTouchpointCard({ kind, recordId, role }: { kind: TouchpointTarget; recordId: number; role: Role }) {
  if (!can(role, "touchpoint.edit")) return null;
  const { t } = await getI18n();
  const campaigns = await listCampaignOptions();
  return (
    <Card>
      <CardHeader title={t("touchpoints.title")} description={t("touchpoints.description")} />
      <div className="px-5 py-4">
        <MoveDisclosure label={t("touchpoints.open")}>
          <LogTouchpointForm action={ACTION[kind]} recordId={recordId} campaigns={campaigns.map((campaign) => ({ value: String(campaign.id), label: campaign.name }))} />
        </MoveDisclosure>
      </div>
    </Card>
  );
}
