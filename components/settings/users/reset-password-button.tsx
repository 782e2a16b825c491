"use client";

import type { ActionResult } from "@/lib/actions/result";
import { useI18n } from "@/lib/i18n/provider";
import { ConfirmAction } from "./confirm-action";
import { PasswordOnce } from "./password-once";

type Props = {
  action: (previous: ActionResult<{ password: string }> | null, formData: FormData) => Promise<ActionResult<{ password: string }>>;
  id: number;
  name: string;
};

/** Resets a user's password after asking, then shows the new one once. */
export function ResetPasswordButton({ action, id, name }: Props) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={action}
      values={{ id: String(id) }}
      label={t("settingsPeople.users.reset")}
      confirm={t("settingsPeople.users.confirmReset", { name })}
      done={(reset) => <PasswordOnce title={t("settingsPeople.users.resetDone", { name })} password={reset.password} />}
    />
  );
}
