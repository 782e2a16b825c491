import type { Role } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { AccountDetail } from "@/lib/data/record-detail";
import { listAssignableOwners } from "@/lib/data/users";
import { getI18n } from "@/lib/i18n/server";
import { accountMoves } from "@/lib/records/moves/availability";
import { AccountStepForm } from "./account-step-form";
import { ChurnAccountForm } from "./churn-account-form";
import { ExpansionDealForm } from "./expansion-deal-form";
import { MoveDisclosure } from "./move-disclosure";
import { MovesCard } from "./moves-card";

/** A customer's moves on the retention side; opening an expansion deal also needs the deal right. */
export async function AccountMoves({ account, role }: { account: AccountDetail; role: Role }) {
  const { t } = await getI18n();
  const allowed = can(role, "account.edit");
  const moves = accountMoves(account).filter((move) => move !== "openExpansion" || can(role, "deal.edit"));
  const owners = allowed && moves.includes("openExpansion") ? await listAssignableOwners() : [];
  const ref = { id: account.id, version: account.version };
  return (
    <MovesCard allowed={allowed} empty={moves.length === 0}>
      {moves.includes("startOnboarding") && <AccountStepForm step="startOnboarding" {...ref} />}
      {moves.includes("completeOnboarding") && <AccountStepForm step="completeOnboarding" {...ref} />}
      {moves.includes("openExpansion") && (
        <MoveDisclosure label={t("recordDetail.moves.openExpansion")}>
          <ExpansionDealForm {...ref} accountName={account.name} owners={owners.map((owner) => ({ value: String(owner.id), label: owner.name }))} ownerId={account.owner?.id ?? null} />
        </MoveDisclosure>
      )}
      {moves.includes("churn") && (
        <MoveDisclosure label={t("recordDetail.moves.churn")}>
          <ChurnAccountForm {...ref} />
        </MoveDisclosure>
      )}
    </MovesCard>
  );
}
