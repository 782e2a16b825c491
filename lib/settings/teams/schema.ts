import { z } from "zod";
import { TeamFunction } from "@/generated/prisma/enums";
import { recordId, requiredText, wholeNumber } from "@/lib/validation/records/fields";

/*
 * A team as the settings form, its server action and the tests validate it. Messages are
 * catalog keys, translated where they are shown, so the browser and the server say the same.
 */

export const TEAM_FUNCTIONS = Object.values(TeamFunction);

export const TEAM_NAME_MAX = 100;
/** Far above any team: the demo's web shop handles 4,000 records a month. */
export const MAX_MONTHLY_CAPACITY = 1_000_000;

export const teamFields = z.object({
  name: requiredText(TEAM_NAME_MAX),
  function: z.enum(TeamFunction, { error: "validation.option" }),
  monthlyCapacity: wholeNumber(0, MAX_MONTHLY_CAPACITY),
});

export type TeamFields = z.output<typeof teamFields>;

export const createTeamSchema = teamFields;
export const updateTeamSchema = teamFields.extend({ id: recordId });
export const deleteTeamSchema = z.object({ id: recordId });

export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
