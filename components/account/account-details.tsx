import type { CurrentUser } from "@/lib/auth/current-user";
import { getI18n } from "@/lib/i18n/server";

/** Who the user is signed in as, read-only: an admin changes these under Settings. */
export async function AccountDetails({ user }: { user: CurrentUser }) {
  const { t } = await getI18n();
  const rows = [
    [t("account.field.name"), user.name],
    [t("account.field.email"), user.email],
    [t("account.field.role"), t(`role.${user.role}`)],
  ] as const;
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-words font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
