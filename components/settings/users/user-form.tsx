"use client";

import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES } from "@/lib/i18n/locales";
import { useI18n } from "@/lib/i18n/provider";
import { NEW_USER_PATH, userPath, USERS_PATH } from "@/lib/settings/users/paths";
import { createUserSchema, updateUserSchema, USER_NAME_MAX } from "@/lib/settings/users/schema";
import { PasswordOnce } from "./password-once";
import { PeopleForm } from "./people-form";
import { SelectField, TextField } from "./people-fields";

type Team = { id: number; name: string };
type CreatedUser = { id: number; name: string; password: string };
type EditedUser = { id: number; name: string; email: string; role: string; teamId: number | null; locale: string };

type Props =
  | { mode: "create"; action: (previous: ActionResult<CreatedUser> | null, formData: FormData) => Promise<ActionResult<CreatedUser>>; teams: Team[] }
  | { mode: "edit"; action: (previous: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>; teams: Team[]; user: EditedUser };

function UserFields({ teams }: { teams: Team[] }) {
  const { t } = useI18n();
  return (
    <>
      <TextField name="name" label={t("settingsPeople.users.field.name")} required maxLength={USER_NAME_MAX} autoComplete="off" />
      <TextField name="email" type="email" label={t("settingsPeople.users.field.email")} required autoComplete="off" />
      <SelectField name="role" label={t("settingsPeople.users.field.role")} required options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      <SelectField name="teamId" label={t("settingsPeople.users.field.teamId")} options={teams.map((team) => ({ value: String(team.id), label: team.name }))} />
      <SelectField name="locale" label={t("settingsPeople.users.field.locale")} required options={LOCALES.map((locale) => ({ value: locale, label: t(`locale.${locale}`) }))} />
    </>
  );
}

/** Creates a user (then shows their generated password once) or edits one in place. */
export function UserForm(props: Props) {
  const { t } = useI18n();
  if (props.mode === "create") {
    return (
      <PeopleForm
        action={props.action}
        schema={createUserSchema}
        defaults={{ name: "", email: "", role: "", teamId: "", locale: "en" }}
        submitLabel={t("settingsPeople.users.create")}
        cancelHref={USERS_PATH}
        done={(created) => <CreatedPanel created={created} />}
      >
        <UserFields teams={props.teams} />
        <p className="text-sm text-muted-foreground sm:col-span-2">{t("settingsPeople.users.passwordNote")}</p>
      </PeopleForm>
    );
  }
  const { user } = props;
  return (
    <PeopleForm
      action={props.action}
      schema={updateUserSchema}
      defaults={{ name: user.name, email: user.email, role: user.role, teamId: user.teamId === null ? "" : String(user.teamId), locale: user.locale }}
      hidden={{ id: String(user.id) }}
      submitLabel={t("settingsPeople.users.save")}
      savedMessage={t("settingsPeople.form.saved")}
    >
      <UserFields teams={props.teams} />
    </PeopleForm>
  );
}

function CreatedPanel({ created }: { created: CreatedUser }) {
  const { t } = useI18n();
  return (
    <PasswordOnce title={t("settingsPeople.users.createdTitle", { name: created.name })} password={created.password}>
      <div className="flex gap-3">
        <a href={userPath(created.id)} className={buttonClasses("primary", "sm")}>
          {t("settingsPeople.users.openUser")}
        </a>
        <a href={NEW_USER_PATH} className={buttonClasses("secondary", "sm")}>
          {t("settingsPeople.users.addAnother")}
        </a>
      </div>
    </PasswordOnce>
  );
}
