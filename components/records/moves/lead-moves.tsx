import type { Role } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { LeadDetail } from "@/lib/data/record-detail";
import { listSegmentOptions } from "@/lib/data/segment-options";
import { listAssignableOwners } from "@/lib/data/users";
import { getI18n } from "@/lib/i18n/server";
import { accountCandidates } from "@/lib/records/convert-options";
import { leadMoves } from "@/lib/records/moves/availability";
import { AcceptLeadForm } from "./accept-lead-form";
import { ConvertLeadForm } from "./convert-lead-form";
import { MoveDisclosure } from "./move-disclosure";
import { MovesCard } from "./moves-card";
import { QualifyLeadForm } from "./qualify-lead-form";
import { RejectLeadForm } from "./reject-lead-form";

/** The lead's moves its state allows, for a role that may make them; converting also needs the rights over what it creates. */
export async function LeadMoves({ lead, role }: { lead: LeadDetail; role: Role }) {
  const { t, locale } = await getI18n();
  const allowed = can(role, "lead.edit");
  const mayConvert = can(role, "contact.edit") && can(role, "account.edit") && can(role, "deal.edit");
  const moves = leadMoves(lead).filter((move) => move !== "convert" || mayConvert);
  const [accounts, segments, owners] = moves.includes("convert") && allowed
    ? await Promise.all([accountCandidates(lead), listSegmentOptions(locale), listAssignableOwners()])
    : [[], [], []];
  const ref = { id: lead.id, version: lead.version };
  return (
    <MovesCard allowed={allowed} empty={moves.length === 0}>
      {moves.includes("qualify") && <QualifyLeadForm {...ref} />}
      {moves.includes("accept") && <AcceptLeadForm {...ref} />}
      {moves.includes("reject") && (
        <MoveDisclosure label={t("recordDetail.moves.reject")}>
          <RejectLeadForm {...ref} />
        </MoveDisclosure>
      )}
      {moves.includes("convert") && (
        <MoveDisclosure label={t("recordDetail.moves.convert")}>
          <ConvertLeadForm
            {...ref}
            defaults={{
              company: lead.company ?? `${lead.firstName} ${lead.lastName}`,
              domain: lead.companyDomain ?? "",
              industry: lead.industry ?? "",
              employees: lead.employees === null ? "" : String(lead.employees),
              country: lead.country ?? "",
              segmentId: lead.segmentId === null ? "" : String(lead.segmentId),
              ownerId: lead.owner?.id ?? null,
            }}
            accounts={accounts}
            segments={segments.map((segment) => ({ value: String(segment.id), label: segment.name }))}
            owners={owners.map((owner) => ({ value: String(owner.id), label: owner.name }))}
          />
        </MoveDisclosure>
      )}
    </MovesCard>
  );
}
