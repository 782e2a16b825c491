import type { LeadSource, Stage } from "@/generated/prisma/enums";
import type { AccountState } from "./account";
import type { Ms } from "./calendar";
import type { Person } from "./people";
import type { Sim } from "./setup";
import { StageTrail } from "./trail";

/**
 * Writes a contact at the account. A contact has one transition, when it is created, to the
 * stage its account (or the lead it came from) was in at that moment.
 */
export function emitContact(
  sim: Sim,
  acct: AccountState,
  id: number,
  person: Person,
  at: Ms,
  stage: Stage,
  ownerId: number | null,
  source: LeadSource | null,
): void {
  new StageTrail(sim.out.stageTransition, sim.ids, "CONTACT", id, {
    accountId: acct.id,
    segmentId: acct.info.id,
    source,
    end: sim.setup.window.end,
  }).move(stage, at, { actorId: ownerId, reason: source === null ? "Contact added" : "Converted from a lead" });
  sim.out.contact.push({
    id,
    accountId: acct.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone,
    title: person.title,
    persona: person.persona,
    ownerId,
    stage,
    externalId: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
  acct.contacts.push(id);
}
