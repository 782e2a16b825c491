import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploadForm } from "@/components/import/upload-form";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { authorizePage } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listOwnJobs } from "@/lib/import/job-access";
import { importableKinds } from "@/lib/import/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("import.title") };
}

export default async function ImportPage() {
  const user = await authorizePage("records.import");
  const { t, locale } = await getI18n();
  const jobs = await listOwnJobs(user.id);
  return (
    <>
      <PageHeader title={t("import.title")} description={t("import.intro")} />
      <Card className="mb-6 p-5">
        <ImportUploadForm kinds={importableKinds(user.role)} />
      </Card>
      <Card>
        <CardHeader title={t("import.recent")} />
        {jobs.length === 0 ? (
          <EmptyState message={t("import.noRecent")} />
        ) : (
          <Table caption={t("import.recent")}>
            <THead>
              <tr>
                <Th>{t("import.file")}</Th>
                <Th>{t("import.column.kind")}</Th>
                <Th numeric>{t("import.column.rows")}</Th>
                <Th>{t("import.column.status")}</Th>
              </tr>
            </THead>
            <TBody>
              {jobs.map((job) => (
                <Tr key={job.id}>
                  <Td>
                    <Link href={`/import/${job.id}`} className="font-medium text-primary hover:underline">
                      {job.fileName}
                    </Link>
                  </Td>
                  <Td>{t(`import.kind.${job.kind}`)}</Td>
                  <Td numeric>{formatNumber(job.totalRows, locale)}</Td>
                  <Td>{t(`import.status.${job.status}`)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
