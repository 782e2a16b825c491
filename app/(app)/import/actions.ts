"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db/client";
import { claimApply, runApply } from "@/lib/import/apply";
import { dryRunImport } from "@/lib/import/dry-run";
import { loadOwnJob } from "@/lib/import/job-access";

const jobId = z.coerce.number().int().positive();

/** Checks every row under the chosen mapping; writes no record. */
export const dryRunAction = authedAction(
  { schema: z.object({ jobId, mapping: z.array(z.string().nullable()) }), permission: "records.import" },
  async (input, user) => {
    const job = await loadOwnJob(user, input.jobId);
    const summary = await dryRunImport(db, job, input.mapping, user.locale);
    revalidatePath(`/import/${job.id}`);
    return summary;
  },
);

/**
 * Starts applying a checked import and answers at once: the transaction runs after the
 * response (Next's after()), and the page follows its progress on the job.
 */
export const applyAction = authedAction({ schema: z.object({ jobId }), permission: "records.import" }, async (input, user) => {
  const job = await loadOwnJob(user, input.jobId);
  await claimApply(db, job.id);
  after(() => runApply(db, job.id, user.id));
});
