import { z } from "zod";
import { optionalId, optionalText, recordId, version } from "./fields";
import { personShape } from "./person";

/** A contact's editable fields; its stage moves only through the bow-tie engine. */
export const contactFields = z.object({
  ...personShape,
  accountId: optionalId,
  ownerId: optionalId,
  externalId: optionalText(100),
});

export type ContactFields = z.output<typeof contactFields>;

export const createContactSchema = contactFields;
export const updateContactSchema = contactFields.extend({ id: recordId, version });

export type ContactField = keyof ContactFields;
export const CONTACT_FIELDS = Object.keys(contactFields.shape) as ContactField[];
