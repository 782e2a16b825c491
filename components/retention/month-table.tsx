import type { ReactNode } from "react";
import { DefinedTh } from "@/components/funnel/defined-th";
import { Table, TBody, Th, THead, Tr } from "@/components/ui/table";
import { formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** A figure's column: its header, with the one-line definition on hover. */
export interface MonthColumn {
  id: string;
  label: string;
  definition: string;
}

/** A table with a row per month of the period: the month, then one cell per column from `cells`. */
export function MonthTable<Month extends { month: string }>({
  caption,
  columns,
  months,
  cells,
  locale,
  t,
}: {
  caption: string;
  columns: MonthColumn[];
  months: Month[];
  cells: (month: Month, index: number) => ReactNode;
  locale: Locale;
  t: Translate;
}) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>{t("retention.month")}</Th>
          {columns.map((column) => (
            <DefinedTh key={column.id} id={`definition-${column.id}`} label={column.label} definition={column.definition} t={t} />
          ))}
        </tr>
      </THead>
      <TBody>
        {months.map((month, index) => (
          <Tr key={month.month}>
            <Th scope="row">{formatMonth(month.month, locale, "long")}</Th>
            {cells(month, index)}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
