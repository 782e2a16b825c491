"use client";

import { PeopleForm } from "@/components/settings/users/people-form";
import { SelectField, TextField } from "@/components/settings/users/people-fields";
import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { TEAMS_PATH } from "@/lib/settings/teams/paths";
import { createTeamSchema, MAX_MONTHLY_CAPACITY, TEAM_FUNCTIONS, TEAM_NAME_MAX, updateTeamSchema } from "@/lib/settings/teams/schema";

type Props = {
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** The team being edited; a new team without it. */
  team?: { id: number; name: string; function: string; monthlyCapacity: number };
};

/** Creates a team or edits one; a save goes back to the teams. */
export function TeamForm({ action, team }: Props) {
  const { t } = useI18n();
  const defaults = team ? { name: team.name, function: team.function, monthlyCapacity: String(team.monthlyCapacity) } : { name: "", function: "", monthlyCapacity: "" };
  return (
    <PeopleForm
      action={action}
      schema={team ? updateTeamSchema : createTeamSchema}
      defaults={defaults}
      hidden={team && { id: String(team.id) }}
      submitLabel={t(team ? "settingsPeople.teams.save" : "settingsPeople.teams.create")}
      cancelHref={TEAMS_PATH}
    >
      <TextField name="name" label={t("settingsPeople.teams.field.name")} required maxLength={TEAM_NAME_MAX} autoComplete="off" />
      <SelectField
        name="function"
        label={t("settingsPeople.teams.field.function")}
        required
        options={TEAM_FUNCTIONS.map((value) => ({ value, label: t(`teamFunction.${value}`) }))}
      />
      <TextField
        name="monthlyCapacity"
        label={t("settingsPeople.teams.field.monthlyCapacity")}
        required
        inputMode="numeric"
        hint={t("settingsPeople.teams.capacityHint")}
        max={MAX_MONTHLY_CAPACITY}
      />
    </PeopleForm>
  );
}
