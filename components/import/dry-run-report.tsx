import { buttonClasses } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export type ShownError = { row: number; column: string; reason: string };

type Props = {
  jobId: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedRows: number;
  errors: ShownError[];
  errorTotal: number;
  t: Translate;
  locale: Locale;
};

/**
 * What the dry run found: how many records would be created, how many matched records would
 * change and how many already hold the file's values, and every rejected row with its column
 * and reason.
 */
export function DryRunReport({ jobId, created, updated, unchanged, rejectedRows, errors, errorTotal, t, locale }: Props) {
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="flex flex-col gap-4 px-5 py-4">
      <ul className="flex flex-wrap gap-6 text-sm font-medium" aria-label={t("import.report.title")}>
        <li data-testid="import-create-count">{t("import.report.create", { count: n(created) })}</li>
        <li data-testid="import-update-count">{t("import.report.update", { count: n(updated) })}</li>
        <li data-testid="import-unchanged-count">{t("import.report.unchanged", { count: n(unchanged) })}</li>
        <li data-testid="import-rejected-count" className={rejectedRows > 0 ? "text-danger" : undefined}>
          {t("import.report.rejected", { count: n(rejectedRows) })}
        </li>
      </ul>
      <p className="text-sm text-muted-foreground">{rejectedRows === 0 ? t("import.report.ok") : t("import.report.notOk")}</p>
      {errors.length > 0 && (
        <>
          <div>
            <a href={`/api/import/${jobId}/rejected.csv`} className={buttonClasses("secondary", "sm")} download>
              {t("import.downloadRejected")}
            </a>
          </div>
          <Table caption={t("import.report.errors")}>
            <THead>
              <tr>
                <Th numeric>{t("import.report.row")}</Th>
                <Th>{t("import.report.column")}</Th>
                <Th>{t("import.report.reason")}</Th>
              </tr>
            </THead>
            <TBody>
              {errors.map((error, i) => (
                <Tr key={i}>
                  <Td numeric>{error.row}</Td>
                  <Td>{error.column}</Td>
                  <Td>{error.reason}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          {errorTotal > errors.length && (
            <p className="text-sm text-muted-foreground">{t("import.report.more", { shown: n(errors.length), count: n(errorTotal) })}</p>
          )}
        </>
      )}
    </div>
  );
}
