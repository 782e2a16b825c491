import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ApplyPanel } from "@/components/import/apply-panel";
import { DryRunReport, type ShownError } from "@/components/import/dry-run-report";
import { MappingForm } from "@/components/import/mapping-form";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizePage } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translator";
import { expireStaleApply, jobIdOf, loadOwnJob, rowErrorsOf, type ImportJobView } from "@/lib/import/job-access";
import { importFields, KIND_SLUG, KIND_SPECS } from "@/lib/import/kinds";
import { translateReason } from "@/lib/import/translate-error";

const SHOWN_ERRORS = 200;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("import.title") };
}

const SEPARATOR_KEY = { ",": "import.separator.comma", ";": "import.separator.semicolon", "\t": "import.separator.tab" } as const;

async function loadJob(jobIdText: string): Promise<ImportJobView> {
  const user = await authorizePage("records.import");
  try {
    const jobId = jobIdOf(jobIdText);
    await expireStaleApply(jobId);
    return await loadOwnJob(user, jobId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

const fieldLabel = (t: Translate, field: string) => t(`import.field.${field}` as MessageKey & `import.field.${string}`);

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const job = await loadJob((await params).jobId);
  const { t, locale } = await getI18n();
  const rowErrors = await rowErrorsOf(job.id, SHOWN_ERRORS);
  const shown: ShownError[] = rowErrors.errors.map((error) => ({
    row: error.row,
    column: error.column ?? (error.field ? fieldLabel(t, error.field) : ""),
    reason: translateReason(t, error.message, error.params),
  }));
  const fields = importFields(job.kind).map((value) => ({ value, label: fieldLabel(t, value) }));
  const required = KIND_SPECS[job.kind].required.map((value) => ({ value, label: fieldLabel(t, value) }));
  const editable = job.status === "UPLOADED" || job.status === "VALIDATED" || job.status === "FAILED";
  const checked = job.status !== "UPLOADED" && job.createCount !== null;
  const separator = SEPARATOR_KEY[job.separator as keyof typeof SEPARATOR_KEY];

  return (
    <>
      <PageHeader
        title={t("import.job.title", { file: job.fileName })}
        description={
          <span data-testid="import-status">
            {t("import.job.summary", {
              kind: t(`import.kind.${job.kind}`),
              rows: formatNumber(job.totalRows, locale),
              encoding: job.encoding.toUpperCase(),
              separator: separator ? t(separator) : job.separator,
            })}{" "}
            · {t(`import.status.${job.status}`)}
          </span>
        }
        actions={
          <Link href="/import" className={buttonClasses("secondary", "sm")}>
            {t("import.newImport")}
          </Link>
        }
      />
      {job.status === "APPLIED" && (
        <Card className="mb-6 p-5">
          <p role="status" className="mb-3 text-sm font-medium">
            {t("import.applied", {
              created: formatNumber(job.createCount ?? 0, locale),
              updated: formatNumber(job.updateCount ?? 0, locale),
              unchanged: formatNumber(job.unchangedCount ?? 0, locale),
            })}
          </p>
          <Link href={`/${KIND_SLUG[job.kind]}`} className={buttonClasses("primary", "sm")}>
            {t("import.viewRecords")}
          </Link>
        </Card>
      )}
      {job.status === "FAILED" && (
        <Card className="mb-6 p-5">
          <p role="status" className="text-sm text-danger">
            {job.failure ? t("import.failed", { reason: translateReason(t, job.failure) }) : t("import.failedUnknown")}
          </p>
        </Card>
      )}
      {((job.status === "VALIDATED" && job.errorCount === 0) || job.status === "APPLYING") && (
        <Card className="mb-6 p-5">
          <ApplyPanel jobId={job.id} initial={{ status: job.status, processed: job.processedRows, total: job.totalRows }} />
        </Card>
      )}
      {checked && (
        <Card className="mb-6">
          <CardHeader title={t("import.report.title")} />
          <DryRunReport
            jobId={job.id}
            created={job.createCount ?? 0}
            updated={job.updateCount ?? 0}
            unchanged={job.unchangedCount ?? 0}
            rejectedRows={job.errorCount ?? 0}
            errors={shown}
            errorTotal={rowErrors.total}
            t={t}
            locale={locale}
          />
        </Card>
      )}
      {editable && (
        <Card>
          <CardHeader title={t("import.mapping.title")} description={t("import.mapping.help")} />
          <MappingForm jobId={job.id} headers={job.headers} sample={job.sample} mapping={job.mapping as (string | null)[]} fields={fields} required={required} />
        </Card>
      )}
    </>
  );
}
