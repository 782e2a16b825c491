"use client";

import { PeopleForm } from "@/components/settings/users/people-form";
import { TextField } from "@/components/settings/users/people-fields";
import { changePasswordAction } from "@/lib/account/actions";
import { changePasswordSchema } from "@/lib/account/schema";
import { useI18n } from "@/lib/i18n/provider";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/settings/users/password-policy";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The signed-in user's change of their own password; once done, the form gives way to the confirmation. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  return (
    <PeopleForm
      action={changePasswordAction}
      schema={changePasswordSchema}
      defaults={EMPTY}
      submitLabel={t("account.password.submit")}
      done={() => (
        <p role="status" className="rounded-md bg-primary-soft px-3 py-2 text-sm text-primary" data-testid="password-changed">
          {t("account.password.done")}
        </p>
      )}
    >
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
        <TextField name="currentPassword" type="password" label={t("account.password.current")} required autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} />
      </div>
      <TextField
        name="newPassword"
        type="password"
        label={t("account.password.new")}
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        hint={t("account.password.hint", { min: PASSWORD_MIN_LENGTH })}
      />
      <TextField name="confirmPassword" type="password" label={t("account.password.confirm")} required autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
    </PeopleForm>
  );
}
