import { z } from "zod";
import { Persona } from "@/generated/prisma/enums";
import { optionalEmail, optionalEnum, optionalId, optionalText, recordId, requiredText, version } from "./fields";

/** A contact's editable fields; its stage moves only through the bow-tie engine. */
export const contactFields = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
  phone: optionalText(40),
  title: optionalText(150),
  persona: optionalEnum(Persona),
  accountId: optionalId,
  ownerId: optionalId,
  externalId: optionalText(100),
});

export type ContactFields = z.output<typeof contactFields>;

export const createContactSchema = contactFields;
export const updateContactSchema = contactFields.extend({ id: recordId, version });

export type ContactField = keyof ContactFields;
export const CONTACT_FIELDS = Object.keys(contactFields.shape) as ContactField[];
