import { authedRoute } from "@/lib/auth/authed-route";
import { expireStaleApply, jobIdOf, loadOwnJob } from "@/lib/import/job-access";

type Context = { params: Promise<{ jobId: string }> };

/** Where an import stands, polled by its page while it is applied. */
export const GET = authedRoute("records.import", async (_request, user, { params }: Context) => {
  const jobId = jobIdOf((await params).jobId);
  await expireStaleApply(jobId);
  const job = await loadOwnJob(user, jobId);
  return Response.json(
    { status: job.status, processed: job.processedRows, total: job.totalRows, created: job.createCount, updated: job.updateCount, unchanged: job.unchangedCount },
    { headers: { "Cache-Control": "no-store" } },
  );
});
