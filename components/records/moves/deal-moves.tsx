import type { Role } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { DealDetail } from "@/lib/data/record-detail";
import { getI18n } from "@/lib/i18n/server";
import { dealMoves } from "@/lib/records/moves/availability";
import { LoseDealForm } from "./lose-deal-form";
import { MoveDisclosure } from "./move-disclosure";
import { MovesCard } from "./moves-card";
import { WinDealForm } from "./win-deal-form";

export async function DealMoves({ deal, role }: { deal: DealDetail; role: Role }) {
  const { t } = await getI18n();
  const moves = dealMoves(deal);
  const ref = { id: deal.id, version: deal.version };
  return (
    <MovesCard allowed={can(role, "deal.edit")} empty={moves.length === 0}>
      {moves.includes("win") && <WinDealForm {...ref} />}
      {moves.includes("lose") && (
        <MoveDisclosure label={t("recordDetail.moves.lose")}>
          <LoseDealForm {...ref} />
        </MoveDisclosure>
      )}
    </MovesCard>
  );
}
