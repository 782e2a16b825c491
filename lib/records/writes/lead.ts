import { createLeadIn } from "@/lib/bowtie/leads";
import { LEAD_FIELDS, type LeadFields } from "@/lib/validation/records/lead";
import { recordWrites } from "./record-writes";
import { selectFields } from "./update-record";

/**
 * Leads: a new one is refused when its email is already a lead's or a contact's, or its
 * external id a lead's, and enters the bow-tie at awareness through the engine. An edit
 * never touches stage, status or scores: those are the engine's and the scoring's.
 */
export const { create: createLead, update: updateLead } = recordWrites<LeadFields, LeadFields>(
  {
    kind: "LEAD",
    fields: LEAD_FIELDS,
    read: (tx, id) => tx.lead.findUnique({ where: { id }, select: selectFields(LEAD_FIELDS) }),
    write: (tx, id, data) => tx.lead.update({ where: { id }, data, select: { id: true } }),
    identity: (values) => ({ email: values.email, externalId: values.externalId }),
  },
  createLeadIn,
);
