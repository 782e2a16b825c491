import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { drillHref } from "@/lib/drill/href";
import { BASE_PARTS } from "@/lib/drill/retention";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { RetentionBase } from "@/lib/metrics/revenue-retention";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { AccountsLink } from "./accounts-link";
import { DefinedRowTh } from "./defined-row-th";
import { mrrText } from "./movement-kinds";

type BasePart = (typeof BASE_PARTS)[number];

// What each part of the base moved: the level at the start, then signed movements.
const PART_FIGURES: Record<BasePart, (base: RetentionBase) => { customers: number; amountMinor: number; signed: boolean }> = {
  start: (base) => ({ customers: base.customersAtStart, amountMinor: base.startingMrrMinor, signed: false }),
  expanded: (base) => ({ customers: base.expandedCustomers, amountMinor: base.expansionMinor, signed: true }),
  contracted: (base) => ({ customers: base.contractedCustomers, amountMinor: -base.contractionMinor, signed: true }),
  churned: (base) => ({ customers: base.churnedCustomers, amountMinor: -base.churnMinor, signed: true }),
};

/** The customers paying at the start of the period and those of them who expanded, contracted or churned, each linking to its list. */
export function RetentionBaseTable({ base, filters, locale, t }: { base: RetentionBase; filters: DashboardFilters; locale: Locale; t: Translate }) {
  return (
    <Table caption={t("retention.baseCaption")}>
      <THead>
        <tr>
          <Th>{t("retention.step")}</Th>
          <Th numeric>{t("retention.basePart")}</Th>
          <Th numeric>{t("retention.baseMrr")}</Th>
        </tr>
      </THead>
      <TBody>
        {BASE_PARTS.map((part) => {
          const figure = PART_FIGURES[part](base);
          return (
            <Tr key={part}>
              <DefinedRowTh id={`definition-base-${part}`} label={t(`retention.base.${part}`)} definition={t(`retention.baseDefinition.${part}`)} t={t} />
              <Td numeric>
                <AccountsLink count={figure.customers} href={drillHref("retention-base", { part }, filters)} locale={locale} t={t} />
              </Td>
              <Td numeric>{mrrText(figure.amountMinor, locale, figure.signed)}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
