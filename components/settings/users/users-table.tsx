import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { userListQuery, type UserListFilters } from "@/lib/settings/users/list-filters";
import { userPath, USERS_PATH } from "@/lib/settings/users/paths";
import type { UserListRow } from "@/lib/settings/users/queries";

type Props = { users: UserListRow[]; total: number; pages: number; filters: UserListFilters; viewerId: number };

/** A page of users: who, how they sign in, their team, whether they still can, and when they last did. */
export async function UsersTable({ users, total, pages, filters, viewerId }: Props) {
  const { t, locale } = await getI18n();
  if (users.length === 0) return <EmptyState message={t("settingsPeople.users.empty")} />;
  const pageHref = (page: number) => {
    const query = userListQuery({ ...filters, page });
    return query ? `${USERS_PATH}?${query}` : USERS_PATH;
  };
  return (
    <>
      <p className="px-5 pb-2 text-sm text-muted-foreground" data-testid="users-count">
        {total === 1 ? t("settingsPeople.users.countOne") : t("settingsPeople.users.count", { count: formatNumber(total, locale) })}
      </p>
      <Table caption={t("settings.section.users")}>
        <THead>
          <tr>
            <Th>{t("settingsPeople.users.column.name")}</Th>
            <Th>{t("settingsPeople.users.column.email")}</Th>
            <Th>{t("settingsPeople.users.column.role")}</Th>
            <Th>{t("settingsPeople.users.column.team")}</Th>
            <Th>{t("settingsPeople.users.column.status")}</Th>
            <Th>{t("settingsPeople.users.column.lastLogin")}</Th>
          </tr>
        </THead>
        <TBody>
          {users.map((user) => (
            <Tr key={user.id}>
              <Th scope="row" className="font-medium">
                <Link href={userPath(user.id)} className="text-primary underline-offset-2 hover:underline">
                  {user.name}
                </Link>
                {user.id === viewerId && <span className="ml-1 text-xs font-normal text-muted-foreground">({t("settingsPeople.users.you")})</span>}
              </Th>
              <Td>{user.email}</Td>
              <Td>{t(`role.${user.role}`)}</Td>
              <Td>{user.team?.name ?? t("common.none")}</Td>
              <Td>
                <Badge tone={user.active ? "primary" : "neutral"}>{t(user.active ? "settingsPeople.users.status.active" : "settingsPeople.users.status.inactive")}</Badge>
              </Td>
              <Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("settingsPeople.users.never")}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {pages > 1 && (
        <nav aria-label={t("settingsPeople.users.pagination")} className="flex items-center justify-end gap-3 border-t border-border px-5 py-3 text-sm">
          <span className="text-muted-foreground">{t("settingsPeople.users.pageOf", { page: filters.page, pages })}</span>
          {filters.page > 1 && (
            <Link href={pageHref(filters.page - 1)} className={buttonClasses("secondary", "sm")}>
              {t("settingsPeople.users.previous")}
            </Link>
          )}
          {filters.page < pages && (
            <Link href={pageHref(filters.page + 1)} className={buttonClasses("secondary", "sm")}>
              {t("settingsPeople.users.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
