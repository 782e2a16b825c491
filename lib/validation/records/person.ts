import { Persona } from "@/generated/prisma/enums";
import { optionalEmail, optionalEnum, optionalText, requiredText } from "./fields";

/** The fields of a person, the same on a lead and on a contact: a conversion carries them over. */
export const personShape = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
  phone: optionalText(40),
  title: optionalText(150),
  persona: optionalEnum(Persona),
};
