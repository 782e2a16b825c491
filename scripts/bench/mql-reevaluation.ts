/**
 * Times the MQL agreement on a bench dataset: for each segment, the builder's preview of a
 * new version and its activation (the second approval: the version switch, then the set-based
 * re-evaluation of every open lead of the segment). Runs on a copy of the dataset's database,
 * dropped at the end, so the dataset stays as generated.
 *
 *   npx tsx scripts/bench/mql-reevaluation.ts [--leads 1000000] [--runs 3]
 *   npm run bench -- --mql [--leads N]                 the same, from the bench entry point
 */
import { parseArgs } from "node:util";
import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { clusterUrl } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/prisma";
import { approveDraft } from "@/lib/mql/approve";
import { createDraft } from "@/lib/mql/drafts";
import { previewCriteria } from "@/lib/mql/preview";
import { getActiveVersion, getVersion, ruleOf } from "@/lib/mql/versions";
import { BENCH_END, openDataset } from "./dataset";
import { percentile, timeRuns } from "./timing";

export type MqlBenchRow = { segment: string; open: number; previewMs: number; activationMs: number; qualified: number; unqualified: number; skipped: number };

const COPY = "bench_mql";

async function userOf(prisma: PrismaClient, role: "ADMIN" | "SALES" | "MARKETING"): Promise<number> {
  return (await prisma.user.findFirstOrThrow({ where: { role, active: true }, select: { id: true }, orderBy: { id: "asc" } })).id;
}

/** Preview and activation of a looser version (engagement threshold 10 points lower, window 30 days longer) in every segment. */
export async function benchMqlReevaluation(leads: number, runs: number, log: (line: string) => void): Promise<MqlBenchRow[]> {
  const dataset = await openDataset(leads, log);
  const admin = new pg.Client({ connectionString: dataset.cluster.adminUrl });
  await admin.connect();
  const rows: MqlBenchRow[] = [];
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
    const copying = performance.now();
    await admin.query(`CREATE DATABASE ${COPY} TEMPLATE bench STRATEGY FILE_COPY`);
    log(`Copied the ${leads.toLocaleString("en")}-lead database in ${((performance.now() - copying) / 1000).toFixed(1)} s`);
    const prisma = createPrismaClient(clusterUrl(dataset.cluster.port, COPY));
    try {
      const [adminId, salesId, marketingId] = [await userOf(prisma, "ADMIN"), await userOf(prisma, "SALES"), await userOf(prisma, "MARKETING")];
      const segments = await prisma.segment.findMany({ select: { id: true, nameEn: true }, orderBy: { priority: "asc" } });
      for (const segment of segments) {
        const active = await getActiveVersion(segment.id, prisma);
        if (!active) continue;
        const fields = { ...active.fields, minEngagementScore: Math.max(0, active.fields.minEngagementScore - 10), withinDays: active.fields.withinDays + 30, notes: "bench" };
        const previews = await timeRuns(() => previewCriteria(segment.id, ruleOf(fields), ruleOf(active.fields), BENCH_END, prisma), runs);
        const preview = await previewCriteria(segment.id, ruleOf(fields), ruleOf(active.fields), BENCH_END, prisma);

        const id = await createDraft(prisma, segment.id, fields, { actorId: adminId });
        const base = (await getVersion(id, prisma))!.fingerprint;
        await approveDraft(prisma, { id, base, side: "SALES" }, { actorId: salesId, at: BENCH_END });
        const started = performance.now();
        const outcome = await approveDraft(prisma, { id, base, side: "MARKETING" }, { actorId: marketingId, at: BENCH_END });
        const activationMs = performance.now() - started;
        if (!outcome.activated) throw new Error(`v${outcome.version} of ${segment.nameEn} did not activate`);
        const { qualified, unqualified, skipped } = outcome.reevaluation;
        if (qualified !== preview.newly || unqualified !== preview.stop) {
          throw new Error(`${segment.nameEn}: the preview said +${preview.newly} −${preview.stop}, activation moved +${qualified} −${unqualified}`);
        }
        const row = { segment: segment.nameEn, open: preview.open, previewMs: percentile(previews, 0.5), activationMs, qualified, unqualified, skipped };
        rows.push(row);
        log(`  ${segment.nameEn}: ${preview.open.toLocaleString("en")} open leads, preview ${row.previewMs.toFixed(0)} ms, activation ${(activationMs / 1000).toFixed(2)} s (+${qualified} −${unqualified})`);
      }
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
    await admin.end();
    await dataset.cluster.stop();
  }

  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(10);
  log(`\nMQL agreement at ${leads.toLocaleString("en")} leads, as of ${BENCH_END.toISOString().slice(0, 10)} (preview: median of ${runs} after a warm-up)\n`);
  log("| segment        | open leads |    preview | activation | became MQLs | back to nurture | skipped |");
  log("|----------------|------------|------------|------------|-------------|-----------------|---------|");
  for (const row of rows) {
    log(
      `| ${row.segment.padEnd(14)} | ${row.open.toLocaleString("en").padStart(10)} | ${ms(row.previewMs)} | ${ms(row.activationMs)} | ${row.qualified.toLocaleString("en").padStart(11)} | ${row.unqualified.toLocaleString("en").padStart(15)} | ${String(row.skipped).padStart(7)} |`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { leads: { type: "string", default: "1000000" }, runs: { type: "string", default: "3" } } });
  await benchMqlReevaluation(Number(values.leads), Number(values.runs), console.log);
}
