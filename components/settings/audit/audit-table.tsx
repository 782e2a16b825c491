import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { auditDiff } from "@/lib/settings/audit/diff";
import { auditEntityHref } from "@/lib/settings/audit/entity-href";
import { auditQuery, type AuditFilters } from "@/lib/settings/audit/filters";
import { AUDIT_PATH } from "@/lib/settings/audit/paths";
import type { AuditPage } from "@/lib/settings/audit/queries";
import { userPath } from "@/lib/settings/users/paths";
import { auditFieldLabel, auditKindLabel, auditValue, type AuditNames } from "./audit-values";

const linkClass = "text-primary underline-offset-2 hover:underline";

/** One page of the audit log: when, who, what (with a link to the entity), and each changed field before → after. */
export async function AuditTable({ page, filters, names }: { page: AuditPage; filters: AuditFilters; names: AuditNames }) {
  const { t, locale } = await getI18n();
  if (page.entries.length === 0) return <EmptyState message={t("settingsPeople.audit.empty")} />;
  const href = (next: AuditFilters) => {
    const query = auditQuery(next);
    return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
  };
  return (
    <>
      <Table caption={t("settingsPeople.audit.table")}>
        <THead>
          <tr>
            <Th>{t("settingsPeople.audit.column.when")}</Th>
            <Th>{t("settingsPeople.audit.column.who")}</Th>
            <Th>{t("settingsPeople.audit.column.what")}</Th>
            <Th>{t("settingsPeople.audit.column.changes")}</Th>
          </tr>
        </THead>
        <TBody>
          {page.entries.map((entry) => {
            const entityHref = auditEntityHref(entry.entityKind, entry.entityId);
            const entity = `${auditKindLabel(t, entry.entityKind)} #${entry.entityId}`;
            const changes = auditDiff(entry.before, entry.after);
            return (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap">
                  <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
                </Td>
                <Td>
                  {entry.actor ? (
                    <Link href={userPath(entry.actor.id)} className={linkClass}>
                      {entry.actor.name}
                    </Link>
                  ) : (
                    t("settingsPeople.audit.system")
                  )}
                </Td>
                <Td>
                  <code className="block text-xs font-medium">{entry.action}</code>
                  {entityHref ? (
                    <Link href={entityHref} className={linkClass}>
                      {entity}
                    </Link>
                  ) : (
                    entity
                  )}
                </Td>
                <Td className="min-w-72">
                  {changes.length === 0 ? (
                    <span className="text-muted-foreground">{t("settingsPeople.audit.noChanges")}</span>
                  ) : (
                    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
                      {changes.map((change) => (
                        <div key={change.field} className="contents">
                          <dt className="text-muted-foreground">{auditFieldLabel(t, entry.entityKind, change.field)}</dt>
                          <dd className="break-words">
                            <del className="text-muted-foreground">{auditValue(t, locale, names, entry.entityKind, change.field, change.before)}</del>
                            <span aria-hidden="true"> → </span>
                            <ins className="no-underline">{auditValue(t, locale, names, entry.entityKind, change.field, change.after)}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {(filters.after || page.next) && (
        <nav aria-label={t("settingsPeople.audit.pagination")} className="flex justify-end gap-2 border-t border-border px-5 py-3">
          {filters.after && (
            <Link href={href({ ...filters, after: null })} className={buttonClasses("secondary", "sm")}>
              {t("settingsPeople.audit.newest")}
            </Link>
          )}
          {page.next && (
            <Link href={href({ ...filters, after: page.next })} className={buttonClasses("secondary", "sm")}>
              {t("settingsPeople.audit.older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
