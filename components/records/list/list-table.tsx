import Link from "next/link";
import type { EntityKind } from "@/generated/prisma/enums";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { getI18n } from "@/lib/i18n/server";
import { bulkFormId } from "@/lib/records/bulk-form";
import type { ColumnId, ListSpec } from "@/lib/records/list/spec";
import type { ListBinding } from "./binding";
import { SelectAll } from "./select-all";

/** Each kind's list title, which the table carries as its caption. */
export const LIST_TITLE = { LEAD: "leads.title", CONTACT: "contacts.title", ACCOUNT: "accounts.title", DEAL: "deals.title" } as const satisfies Record<EntityKind, string>;

/**
 * Rows of one kind of record with the chosen columns. The name links to the record's page.
 * With `selectable`, each name carries a checkbox of the kind's bulk form (lib/records/bulk-form),
 * so an action bar anywhere on the page submits exactly the ticked rows.
 */
export async function ListTable<S extends ListSpec, Row extends { id: number; version: number }>({
  binding,
  rows,
  columns,
  selectable = false,
}: {
  binding: ListBinding<S, Row>;
  rows: Row[];
  columns: readonly S["columns"][number][];
  selectable?: boolean;
}) {
  const { t, locale } = await getI18n();
  const kind: EntityKind = binding.spec.kind;
  const path = binding.spec.path;
  const formId = bulkFormId(kind);
  return (
    <Table caption={t(LIST_TITLE[kind])}>
      <THead>
        <tr>
          <Th>
            <span className="flex items-center gap-3">
              {selectable && <SelectAll formId={formId} label={t("lists.selectAll")} />}
              {t(`lists.${kind}.name`)}
            </span>
          </Th>
          {columns.map((column) => (
            <Th key={column} numeric={binding.columns[column].numeric}>
              {t(`lists.column.${column as ColumnId}`)}
            </Th>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => {
          const name = binding.name(row);
          return (
            <Tr key={row.id}>
              <Td className="whitespace-nowrap font-medium">
                <span className="flex items-center gap-3">
                  {selectable && (
                    <input
                      type="checkbox"
                      name="ids[]"
                      value={row.id}
                      data-version={row.version}
                      form={formId}
                      aria-label={t("lists.selectRow", { name })}
                    />
                  )}
                  <Link href={`${path}/${row.id}`} className="text-primary hover:underline">
                    {name}
                  </Link>
                </span>
              </Td>
              {columns.map((column) => {
                const { numeric, nowrap, muted, cell } = binding.columns[column];
                return (
                  <Td key={column} numeric={numeric} className={[nowrap && "whitespace-nowrap", muted && "text-muted-foreground"].filter(Boolean).join(" ")}>
                    {cell(row, { t, locale })}
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
