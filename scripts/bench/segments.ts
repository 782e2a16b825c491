/**
 * Times the segment settings on a bench dataset: the preview of an edited rule set (two
 * GROUP BY scans) and the re-assignment it leads to (set-based updates and one audit entry
 * per moved account and lead), and a re-assignment with nothing to move. The edit moves the
 * mid-market bound from 100 down to 50 employees. Each re-assignment runs in a transaction
 * that is rolled back, so the dataset stays as it was.
 *   npx tsx scripts/bench/segments.ts [leads]
 */
import { createPrismaClient } from "@/lib/db/prisma";
import type { Tx } from "@/lib/bowtie/tx";
import { segmentAssignment } from "@/lib/metrics/segment-assignment";
import { loadAssignmentFlows } from "@/lib/settings/segments/assignment-flows";
import { reassignSegmentsIn } from "@/lib/settings/segments/reassign";
import { saveSegmentRulesIn } from "@/lib/settings/segments/save-rules";
import { openDataset } from "./dataset";
import { timeRuns } from "./timing";

const leads = Number(process.argv[2] ?? 1_000_000);
const dataset = await openDataset(leads, console.log);
const client = createPrismaClient(dataset.url);
const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;

try {
  const admin = await client.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  const stored = await client.segment.findMany({ orderBy: { priority: "asc" } });
  const current = stored.map(({ id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor }) => ({
    id, key, nameEn, nameFi, priority, minEmployees, maxEmployees, minDealAmountMinor, maxDealAmountMinor,
  }));
  const edited = current.map((rule) =>
    rule.key === "mid-market" ? { ...rule, minEmployees: 50 } : rule.key === "volume" ? { ...rule, maxEmployees: 49 } : rule,
  );
  const ids = edited.map((rule) => rule.id);

  const previewTimes = await timeRuns(() => loadAssignmentFlows(client, edited, ids), 3);
  const flows = await loadAssignmentFlows(client, edited, ids);
  const accounts = segmentAssignment(ids, flows.accounts);
  const leadsMoved = segmentAssignment(ids, flows.leads);
  console.log(`preview of the edited rules       median ${ms(previewTimes[1]!)}  (${accounts.moved} of ${accounts.total} accounts, ${leadsMoved.moved} of ${leadsMoved.total} leads would move)`);

  class Rollback extends Error {}
  async function inRolledBack(task: (tx: Tx) => Promise<string>) {
    let line = "";
    try {
      await client.$transaction(async (tx) => {
        line = await task(tx);
        throw new Rollback();
      }, { timeout: 30 * 60_000 });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return line;
  }

  for (let run = 1; run <= 2; run++) {
    console.log(
      await inRolledBack(async (tx) => {
        await saveSegmentRulesIn(tx, edited, current, admin.id);
        const started = performance.now();
        const result = await reassignSegmentsIn(tx, admin.id);
        const elapsed = performance.now() - started;
        const sum = (list: { records: number }[]) => list.reduce((total, flow) => total + flow.records, 0);
        return `re-assignment (run ${run})              ${ms(elapsed)}  (moved ${sum(result.accounts)} accounts, ${sum(result.leads)} leads, one audit entry each)`;
      }),
    );
  }
  console.log(
    await inRolledBack(async (tx) => {
      const started = performance.now();
      await reassignSegmentsIn(tx, admin.id);
      return `re-assignment with nothing to move   ${ms(performance.now() - started)}`;
    }),
  );
} finally {
  await client.$disconnect();
  await dataset.cluster.stop();
}
