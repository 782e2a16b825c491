import { createLeadIn } from "@/lib/bowtie/leads";
import { changesFit, rescoreLeadIn } from "@/lib/scoring/lead-scores";
import { LEAD_FIELDS, type LeadFields } from "@/lib/validation/records/lead";
import { recordWrites } from "./record-writes";
import { selectFields } from "./update-record";

/**
 * Leads: a new one is refused when its email is already a lead's or a contact's, or its
 * external id a lead's, and enters the bow-tie at awareness through the engine. An edit
 * never sets stage, status or scores: those are the engine's and the scoring's. A new lead,
 * and an edit of a field the fit rules read, gets its fit scored under the rules in force.
 */
export const { create: createLead, update: updateLead } = recordWrites<LeadFields, LeadFields>(
  {
    kind: "LEAD",
    fields: LEAD_FIELDS,
    read: (tx, id) => tx.lead.findUnique({ where: { id }, select: selectFields(LEAD_FIELDS) }),
    write: (tx, id, data) => tx.lead.update({ where: { id }, data, select: { id: true } }),
    identity: (values) => ({ email: values.email, externalId: values.externalId }),
    afterWrite: (tx, id, changed, actorId) => (changesFit(changed) ? rescoreLeadIn(tx, id, { engagement: false }, { actorId, at: new Date() }) : Promise.resolve()),
  },
  async (tx, values, actor) => {
    const id = await createLeadIn(tx, values, actor);
    // No touch yet: its engagement is 0 as of now, so both scores are computed.
    await rescoreLeadIn(tx, id, { engagement: true }, { actorId: actor.actorId, at: new Date() });
    return id;
  },
);
