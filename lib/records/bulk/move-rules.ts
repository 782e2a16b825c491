import type { EntityKind, Stage } from "@/generated/prisma/enums";
import { BOWTIE_STAGES } from "@/lib/bowtie/stages";

/*
 * Which stage moves a bulk action may make. A bulk move is a correction by hand (a batch
 * recycled to nurture, contacts placed where their account is), so it stays clear of the
 * steps whose other fields the journey functions set together with the stage:
 *
 * - a lead moves within its part of the funnel, awareness to comparison; purchase comes
 *   only from a won deal. A converted lead follows its deal and is not moved at all;
 * - a contact has no status of its own and moves to any bow-tie stage;
 * - an account moves within its side of the knot: a prospect among the acquisition stages,
 *   a customer among the retention ones. Becoming a customer (purchase, customerSince) takes
 *   a won deal, and churn (churnedAt) or a win-back its own step, so neither is offered;
 * - a deal's stage follows its type and status (opened → its entry stage, won → purchase),
 *   so deals are not moved in bulk at all: they are won or lost.
 */

const ACQUISITION: readonly Stage[] = ["AWARENESS", "CONSIDERATION", "COMPARISON"];
const RETENTION: readonly Stage[] = ["ONBOARDING", "IMPACT", "EXPANSION"];
const CUSTOMER: readonly Stage[] = ["PURCHASE", ...RETENTION];

/** The stages a bulk move of each kind may go to; none for deals. */
export const BULK_MOVE_TARGETS: Record<EntityKind, readonly Stage[]> = {
  LEAD: ACQUISITION,
  CONTACT: BOWTIE_STAGES,
  ACCOUNT: [...ACQUISITION, ...RETENTION],
  DEAL: [],
};

/** Why one record may not take a bulk move; each has its own message. */
export type MoveRefusal = "convertedLead" | "crossesKnot" | "churned";

export type MoveCandidate = { stage: Stage; status: string | null };

/** Why `record` of `kind` may not move to `to` (a target of BULK_MOVE_TARGETS), or null when it may. */
export function bulkMoveRefusal(kind: EntityKind, record: MoveCandidate, to: Stage): MoveRefusal | null {
  if (kind === "LEAD" && record.status === "CONVERTED") return "convertedLead";
  if (kind !== "ACCOUNT") return null;
  if (record.stage === "CHURNED") return "churned";
  const customer = CUSTOMER.includes(record.stage);
  return customer === RETENTION.includes(to) ? null : "crossesKnot";
}
