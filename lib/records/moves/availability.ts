import type { DealStatus, LeadStatus, Stage } from "@/generated/prisma/enums";

/*
 * Which bow-tie moves a record's state allows. The page shows only these, and the move
 * functions refuse the rest with a clear message before the engine refuses them too.
 */

export type LeadMove = "qualify" | "accept" | "reject" | "convert";
export type DealMove = "win" | "lose";
export type AccountMove = "startOnboarding" | "completeOnboarding" | "openExpansion" | "churn";

const CUSTOMER: readonly Stage[] = ["PURCHASE", "ONBOARDING", "IMPACT", "EXPANSION"];
const CLOSED_LEAD: readonly LeadStatus[] = ["CONVERTED", "DISQUALIFIED"];

export function leadMoves(lead: { stage: Stage; status: LeadStatus }): LeadMove[] {
  const moves: LeadMove[] = [];
  if (CLOSED_LEAD.includes(lead.status)) return moves;
  // A rejected lead is not re-qualified by hand: it waits to meet a new criteria version.
  if (lead.stage === "AWARENESS" && lead.status !== "REJECTED") moves.push("qualify");
  if (lead.stage === "AWARENESS" || lead.stage === "CONSIDERATION") moves.push("accept");
  if (lead.stage === "CONSIDERATION") moves.push("reject");
  if (lead.stage === "AWARENESS" || lead.stage === "CONSIDERATION" || lead.stage === "COMPARISON") moves.push("convert");
  return moves;
}

export function dealMoves(deal: { status: DealStatus }): DealMove[] {
  return deal.status === "OPEN" ? ["win", "lose"] : [];
}

export function accountMoves(account: { stage: Stage }): AccountMove[] {
  const moves: AccountMove[] = [];
  if (account.stage === "PURCHASE") moves.push("startOnboarding");
  if (account.stage === "PURCHASE" || account.stage === "ONBOARDING") moves.push("completeOnboarding");
  if (CUSTOMER.includes(account.stage)) moves.push("openExpansion", "churn");
  return moves;
}
