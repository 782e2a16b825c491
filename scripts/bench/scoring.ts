/**
 * Times the scoring on a bench dataset, each step apart: the preview of a draft; the save of
 * the rules as the request answers it (the version and its queued run), then the run it
 * started: the first recompute of both scores (most leads change: the stored scores are the
 * generator's) and the MQL re-evaluation that follows it; "Recompute now" (the request, then
 * a run that finds nothing to change); a change of one fit rule (fit only, no
 * re-evaluation); and one lead's own changes, rescored in their transaction: an edit of a
 * field the fit rules read, and a touchpoint. Runs on a copy of the dataset's database,
 * dropped at the end, so the dataset stays as generated.
 *
 *   npx tsx scripts/bench/scoring.ts [leads]        1,000,000 by default
 *   npm run bench -- --scoring --sizes 1000000      the same, from the bench entry point
 */
import pg from "pg";
import { clusterUrl } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/prisma";
import { demoScoringRules } from "@/prisma/demo/scoring";
import type { PrismaClient } from "@/generated/prisma/client";
import { updateLead } from "@/lib/records/writes/lead";
import { selectFields } from "@/lib/records/writes/update-record";
import { rescoreLeadIn } from "@/lib/scoring/lead-scores";
import { previewScoring } from "@/lib/scoring/preview";
import type { RescoreSummary } from "@/lib/scoring/rescore";
import { runScoring } from "@/lib/scoring/run";
import { saveScoringRules, startRecompute } from "@/lib/scoring/save";
import { LEAD_FIELDS } from "@/lib/validation/records/lead";
import { BENCH_END, openDataset } from "./dataset";

export type ScoringTiming = { leads: number; step: string; rows: number; ms: number };

const COPY = "bench_scoring";

export async function benchScoring(leads: number, log: (line: string) => void): Promise<ScoringTiming[]> {
  const dataset = await openDataset(leads, log);
  const admin = new pg.Client({ connectionString: dataset.cluster.adminUrl });
  await admin.connect();
  const timings: ScoringTiming[] = [];
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
    let started = performance.now();
    await admin.query(`CREATE DATABASE ${COPY} TEMPLATE bench`);
    log(`  copied the ${leads.toLocaleString("en")}-lead database in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const prisma = createPrismaClient(clusterUrl(dataset.cluster.port, COPY));
    try {
      await prisma.$executeRawUnsafe("VACUUM ANALYZE");
      const record = (step: string, rows: number, ms: number) => {
        timings.push({ leads, step, rows, ms });
        log(`  ${step}: ${(ms / 1000).toFixed(2)} s (${rows.toLocaleString("en")} rows)`);
      };
      const at = BENCH_END;
      const actor = { actorId: null, at };
      const timed = async <T>(task: () => Promise<T>): Promise<[T, number]> => {
        const start = performance.now();
        const result = await task();
        return [result, performance.now() - start];
      };

      const rules = demoScoringRules();
      const [preview, previewMs] = await timed(() => previewScoring(prisma, rules, at));
      record("preview of a draft (both scores)", preview.leads, previewMs);

      const [saved, saveMs] = await timed(() => saveScoringRules(prisma, { rules, baseVersion: 0 }, actor));
      record("save (the request: version and queued run)", 1, saveMs);
      const first = await timedRun(prisma, saved.runId);
      record("run: recompute both scores, first time", first.summary.scores.written, first.summary.scores.ms);
      record("  then MQL re-evaluation", first.summary.mql?.checked ?? 0, first.summary.mql?.ms ?? 0);
      record("  the whole run, start to DONE", first.summary.scores.leads, first.ms);
      const { fitChanged, engagementChanged } = first.summary.scores;
      log(`    (${fitChanged.toLocaleString("en")} fit and ${engagementChanged.toLocaleString("en")} engagement scores changed; ${first.summary.mql?.qualified ?? 0} qualified, ${first.summary.mql?.unqualified ?? 0} unqualified)`);

      const [runId, recomputeMs] = await timed(() => startRecompute(prisma, actor));
      record("recompute now (the request)", 1, recomputeMs);
      const again = await timedRun(prisma, runId);
      record("run: recompute both scores, nothing changed", again.summary.scores.written, again.summary.scores.ms);

      const fitChange = { ...rules, fitRules: rules.fitRules.map((rule, index) => (index === 0 ? { ...rule, points: rule.points - 5 } : rule)) };
      const [changed, changeMs] = await timed(() => saveScoringRules(prisma, { rules: fitChange, baseVersion: saved.version }, actor));
      record("save of one changed fit rule (the request)", 1, changeMs);
      const fitOnly = await timedRun(prisma, changed.runId);
      record("run: one fit rule changed (fit only)", fitOnly.summary.scores.written, fitOnly.summary.scores.ms);

      const lead = await prisma.lead.findFirstOrThrow({ where: { industry: { not: null } }, select: { id: true, ...selectFields(LEAD_FIELDS) }, orderBy: { id: "desc" } });
      const { id, version, ...values } = lead;
      const [, editMs] = await timed(() => updateLead(prisma, { id, version, values: { ...values, industry: `${values.industry} (edited)` } }, { actorId: null }));
      record("a lead's fit field edited, with its rescore", 1, editMs);
      const [, touchMs] = await timed(() =>
        prisma.$transaction(async (tx) => {
          await tx.touchpoint.create({ data: { type: "MEETING", channel: "IN_PERSON", occurredAt: new Date(), leadId: id } });
          await rescoreLeadIn(tx, id, { engagement: true }, { actorId: null, at: new Date() });
        }),
      );
      record("a touchpoint added, with its lead's rescore", 1, touchMs);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${COPY}`).catch(() => {});
    await admin.end();
    await dataset.cluster.stop();
  }
  return timings;
}

/** Runs a queued run to its end; returns what its recompute recorded and how long the run took. */
async function timedRun(prisma: PrismaClient, runId: number): Promise<{ summary: RescoreSummary; ms: number }> {
  const start = performance.now();
  await runScoring(prisma, runId);
  const ms = performance.now() - start;
  const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true, failure: true } });
  if (run.status !== "DONE") throw new Error(`run ${runId} ended ${run.status}: ${run.failure}`);
  const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "scoring.recompute" }, orderBy: { id: "desc" }, select: { after: true } });
  return { summary: entry.after as unknown as RescoreSummary, ms };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const timings = await benchScoring(Number(process.argv[2] ?? 1_000_000), console.log);
  printScoringTable(timings);
}

export function printScoringTable(timings: ScoringTiming[]) {
  console.log("\n| leads     | step                                              |     time |      rows |");
  console.log("|-----------|---------------------------------------------------|----------|-----------|");
  for (const row of timings) {
    console.log(`| ${row.leads.toLocaleString("en").padEnd(9)} | ${row.step.padEnd(49)} | ${`${(row.ms / 1000).toFixed(2)} s`.padStart(8)} | ${row.rows.toLocaleString("en").padStart(9)} |`);
  }
}
