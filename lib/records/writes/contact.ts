import { CONTACT_FIELDS, type ContactFields } from "@/lib/validation/records/contact";
import { enterCreatedIn } from "./entry";
import { recordWrites } from "./record-writes";
import { selectFields } from "./update-record";

/**
 * Contacts: a new one is refused when its email is already a contact's or a lead's, and
 * enters the bow-tie at awareness; an edit never moves its stage.
 */
export const { create: createContact, update: updateContact } = recordWrites<ContactFields, ContactFields>(
  {
    kind: "CONTACT",
    fields: CONTACT_FIELDS,
    read: (tx, id) => tx.contact.findUnique({ where: { id }, select: selectFields(CONTACT_FIELDS) }),
    write: (tx, id, data) => tx.contact.update({ where: { id }, data, select: { id: true } }),
    identity: (values) => ({ email: values.email, externalId: values.externalId }),
  },
  async (tx, values, actor) => {
    const { id } = await tx.contact.create({ data: values, select: { id: true } });
    await enterCreatedIn(tx, "CONTACT", id, values, actor.actorId, "Contact created");
    return id;
  },
);
