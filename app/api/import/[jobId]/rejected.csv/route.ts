import { authedRoute } from "@/lib/auth/authed-route";
import { csvResponse } from "@/lib/csv/response";
import { db } from "@/lib/db/client";
import { createTranslator } from "@/lib/i18n/translator";
import { allRowErrorsOf, jobIdOf, loadOwnJob } from "@/lib/import/job-access";
import { rejectedRowsCsv } from "@/lib/import/rejected";

type Context = { params: Promise<{ jobId: string }> };

/** The rejected rows of an import's last check, with their row numbers and reasons in the user's language. */
export const GET = authedRoute("records.import", async (_request, user, { params }: Context) => {
  const job = await loadOwnJob(user, jobIdOf((await params).jobId));
  const { file } = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { file: true } });
  const errors = await allRowErrorsOf(job.id);
  const name = job.fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_");
  return csvResponse(`${name}-rejected.csv`, rejectedRowsCsv(file, errors, createTranslator(user.locale)));
});
