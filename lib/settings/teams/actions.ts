"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { TEAMS_PATH } from "./paths";
import { createTeamSchema, deleteTeamSchema, updateTeamSchema } from "./schema";
import { createTeam, deleteTeam, updateTeam } from "./writes";

// Capacity feeds the capacity dashboard, and team names show in its chain and in the filters.
function revalidateTeams() {
  revalidatePath(TEAMS_PATH, "layout");
  revalidatePath("/dashboard", "layout");
}

export const createTeamAction = authedAction({ schema: createTeamSchema, permission: "settings.manage" }, async (input, user) => {
  await createTeam(input, user.id);
  revalidateTeams();
  redirect(TEAMS_PATH);
});

export const updateTeamAction = authedAction({ schema: updateTeamSchema, permission: "settings.manage" }, async (input, user) => {
  await updateTeam(input, user.id);
  revalidateTeams();
  redirect(TEAMS_PATH);
});

export const deleteTeamAction = authedAction({ schema: deleteTeamSchema, permission: "settings.manage" }, async (input, user) => {
  await deleteTeam(input.id, user.id);
  revalidateTeams();
  redirect(TEAMS_PATH);
});
