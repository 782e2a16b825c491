import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { ACCOUNT_PATH } from "@/lib/account/paths";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { auditQuery, parseAuditFilters } from "@/lib/settings/audit/filters";
import { AUDIT_PATH } from "@/lib/settings/audit/paths";
import { resetPasswordAction, setUserActiveAction } from "@/lib/settings/users/actions";
import type { UserDetail } from "@/lib/settings/users/queries";
import { ConfirmAction } from "./confirm-action";
import { ResetPasswordButton } from "./reset-password-button";

/** Whether the user can sign in, and the switch; an admin's own account has no switch, as the server would refuse it. */
export async function UserAccessPanel({ user, viewerId }: { user: UserDetail; viewerId: number }) {
  const { t, locale } = await getI18n();
  const lastLogin = user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("settingsPeople.users.never");
  return (
    <Card>
      <CardHeader title={t("settingsPeople.users.accessTitle")} />
      <div className="flex flex-col gap-3 px-5 py-4 text-sm">
        <p className="text-muted-foreground" data-testid="user-access">
          {user.active ? t("settingsPeople.users.activeBody", { lastLogin }) : t("settingsPeople.users.inactiveBody")}
        </p>
        {user.id === viewerId ? (
          <p className="text-muted-foreground">{t("settingsPeople.users.rule.selfDeactivate")}</p>
        ) : user.active ? (
          <ConfirmAction
            action={setUserActiveAction}
            values={{ id: String(user.id), active: "false" }}
            label={t("settingsPeople.users.deactivate")}
            confirm={t("settingsPeople.users.confirmDeactivate", { name: user.name })}
          />
        ) : (
          <ConfirmAction action={setUserActiveAction} values={{ id: String(user.id), active: "true" }} label={t("settingsPeople.users.reactivate")} />
        )}
      </div>
    </Card>
  );
}

/** A new generated password for someone else; an admin's own is changed in My account, as the server insists. */
export async function UserPasswordPanel({ user, viewerId }: { user: UserDetail; viewerId: number }) {
  const { t } = await getI18n();
  return (
    <Card>
      <CardHeader title={t("settingsPeople.users.resetTitle")} />
      <div className="flex flex-col gap-3 px-5 py-4 text-sm">
        {user.id === viewerId ? (
          <p className="text-muted-foreground">
            {t("settingsPeople.users.rule.selfReset")}{" "}
            <Link href={ACCOUNT_PATH} className="text-primary underline-offset-2 hover:underline">
              {t("account.title")}
            </Link>
          </p>
        ) : (
          <>
            <p className="text-muted-foreground">{t("settingsPeople.users.resetBody")}</p>
            <ResetPasswordButton action={resetPasswordAction} id={user.id} name={user.name} />
          </>
        )}
      </div>
    </Card>
  );
}

/** What stays the user's after they leave, and where their audit trail is. */
export async function UserHistoryPanel({ user }: { user: UserDetail }) {
  const { t, locale } = await getI18n();
  const number = (value: number) => formatNumber(value, locale);
  const none = parseAuditFilters({});
  const auditHref = (filters: Partial<typeof none>) => `${AUDIT_PATH}?${auditQuery({ ...none, ...filters })}`;
  const owned = user._count;
  return (
    <Card>
      <CardHeader title={t("settingsPeople.users.historyTitle")} description={t("settingsPeople.users.historyBody")} />
      <div className="flex flex-col gap-3 px-5 py-4 text-sm">
        <p>
          {t("settingsPeople.users.owned", {
            leads: number(owned.ownedLeads),
            contacts: number(owned.ownedContacts),
            accounts: number(owned.ownedAccounts),
            deals: number(owned.ownedDeals),
          })}
        </p>
        <ul className="flex flex-col gap-1">
          <li>
            <Link href={auditHref({ entityKind: "USER", entityId: String(user.id) })} className="text-primary underline-offset-2 hover:underline">
              {t("settingsPeople.users.changesTo")}
            </Link>
          </li>
          <li>
            <Link href={auditHref({ actor: user.id })} className="text-primary underline-offset-2 hover:underline">
              {t("settingsPeople.users.changesBy")}
            </Link>
          </li>
        </ul>
      </div>
    </Card>
  );
}
