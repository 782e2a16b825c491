import { z } from "zod";
import { Channel, TouchpointType } from "@/generated/prisma/enums";
import { optionalId, optionalText, recordId } from "./records/fields";

/** The longest note a logged touchpoint keeps. */
export const TOUCHPOINT_NOTE_MAX = 1000;

/**
 * How far ahead of this machine's clock a time may be and still count as now: the form's
 * default is the browser's "now", and the browser's clock may run a little ahead.
 */
export const CLOCK_SKEW_MS = 60_000;

const option = { error: "validation.option" } as const;

/** The instant a touch happened, as ISO text from the form (or a Date from code); never in the future. */
const occurredAt = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.coerce
    .date({ error: "touchpoints.validation.when" })
    .refine((at) => at.getTime() <= Date.now() + CLOCK_SKEW_MS, { error: "touchpoints.validation.future" }),
);

/** A touchpoint logged by hand on a lead's or a contact's page: the form and the server check the same. */
export const logTouchpointSchema = z.object({
  recordId,
  type: z.enum(TouchpointType, option),
  channel: z.enum(Channel, option),
  occurredAt,
  campaignId: optionalId,
  note: optionalText(TOUCHPOINT_NOTE_MAX),
});
export type LogTouchpointInput = z.output<typeof logTouchpointSchema>;

/** Touches a person on our side makes: they carry who made them, and a lead's first one is its speed-to-lead. */
export const PERSON_MADE_TYPES: readonly TouchpointType[] = ["EMAIL", "TELEMARKETING_CALL", "MEETING"];
