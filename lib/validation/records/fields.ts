import { z } from "zod";
import { DOMAIN_PATTERN, normalizeDomain, parseBoolean, parseDay, parseMoneyMinor, parseWhole } from "./parse";

/*
 * Field schemas shared by every record's form, server action and CSV import. A custom
 * message is a message catalog key (`validation.*`), translated where it is shown, so the
 * same schema speaks the user's language on the server and in the browser.
 */

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

/** A required line of text, trimmed. */
export const requiredText = (max: number) =>
  z.preprocess(trimmed, z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));

/** Optional text: blank is null, so clearing a field in a form clears it in the record. */
export const optionalText = (max: number) =>
  z.preprocess((value) => blankToNull(trimmed(value)), z.string().max(max, { error: "validation.tooLong" }).nullish().transform((v) => v ?? null));

/** An email address, stored in lower case so that duplicates are found whatever the case. */
export const optionalEmail = z.preprocess(
  (value) => blankToNull(trimmed(value)),
  z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" }).nullish().transform((v) => v?.toLowerCase() ?? null),
);

/** A company web domain, normalized from whatever was pasted (a URL, "www.", capitals). */
export const optionalDomain = z.preprocess(
  (value) => blankToNull(typeof value === "string" ? normalizeDomain(value) : value),
  z.string().regex(DOMAIN_PATTERN, { error: "validation.domain" }).nullish().transform((v) => v ?? null),
);

/** An ISO 3166 alpha-2 country code ("FI"), in any case. */
export const country = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  z.string({ error: "validation.required" }).regex(/^[A-Z]{2}$/, { error: "validation.country" }),
);
export const optionalCountry = z.preprocess(blankToNull, country.nullish().transform((v) => v ?? null));

/** A whole number in a range, from a number or a form's text ("1 200"). */
export const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (parseWhole(value) ?? value) : value),
    z
      .number({ error: "validation.wholeNumber" })
      .int({ error: "validation.wholeNumber" })
      .min(min, { error: "validation.tooSmall" })
      .max(max, { error: "validation.tooLarge" }),
  );
export const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess(blankToNull, wholeNumber(min, max).nullish().transform((v) => v ?? null));

/** A reference to another record by id; blank is none. */
export const optionalId = z.preprocess(blankToNull, z.coerce.number({ error: "validation.reference" }).int().positive({ error: "validation.reference" }).nullish().transform((v) => v ?? null));
export const requiredId = z.preprocess(blankToNull, z.coerce.number({ error: "validation.required" }).int().positive({ error: "validation.reference" }));

/** Money typed in major units ("1 054,50") as integer minor units; at most 10 million a year. */
export const moneyMinor = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : (parseMoneyMinor(value) ?? value)) : value),
  z
    .number({ error: "validation.money" })
    .int({ error: "validation.money" })
    .min(0, { error: "validation.tooSmall" })
    .max(1_000_000_000, { error: "validation.tooLarge" }),
);

/** A calendar day, as ISO or "1.3.2017", stored as a Date at UTC midnight. */
export const day = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : (parseDay(value) ?? value)) : value),
  z.iso.date({ error: "validation.date" }).transform((value) => new Date(`${value}T00:00:00Z`)),
);

/** A checkbox: present ("on") is true, absent false; "yes", "kyllä", "1" are read too. */
export const checkbox = z.preprocess(
  (value) => (value === undefined || value === null ? false : typeof value === "string" ? (parseBoolean(value) ?? value) : value),
  z.boolean({ error: "validation.boolean" }),
);

/** A value of an enum, blank being none. */
export const optionalEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess(blankToNull, z.enum(values, { error: "validation.option" }).nullish().transform((v) => v ?? null));

/** The version of the record the form was filled from: the optimistic-concurrency check. */
export const version = z.coerce.number({ error: "validation.version" }).int().positive({ error: "validation.version" });

export const recordId = z.coerce.number().int().positive();
