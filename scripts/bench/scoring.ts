/**
 * Times the scoring recompute on a bench dataset, each step apart: the preview of a draft,
 * the first recompute of both scores (most leads change: the stored scores are the
 * generator's), the MQL re-evaluation that follows it, a second recompute that finds nothing
 * to change, and a change of one fit rule (fit only, no re-evaluation). Runs on a copy of the
 * dataset's database, dropped at the end, so the dataset stays as generated.
 *
 *   npx tsx scripts/bench/scoring.ts [leads]        1,000,000 by default
 *   npm run bench -- --scoring --sizes 1000000      the same, from the bench entry point
 */
import pg from "pg";
import { clusterUrl } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/prisma";
import { demoScoringRules } from "@/prisma/demo/scoring";
import { previewScoring } from "@/lib/scoring/preview";
import { rescore } from "@/lib/scoring/rescore";
import type { ScoringRules } from "@/lib/scoring/rules";
import { insertRuleSet, ruleSetById } from "@/lib/scoring/store";
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
      const save = async (rules: ScoringRules) => (await ruleSetById(prisma, (await prisma.$transaction((tx) => insertRuleSet(tx, rules))).id))!;
      const at = BENCH_END;

      const rules = demoScoringRules();
      started = performance.now();
      const preview = await previewScoring(prisma, rules, at);
      record("preview of a draft (both scores)", preview.leads, performance.now() - started);

      const version = await save(rules);
      const first = await rescore(prisma, version, { fit: true, engagement: true }, { actorId: null, at });
      record("recompute both scores, first time", first.scores.written, first.scores.ms);
      record("  then MQL re-evaluation", first.mql?.checked ?? 0, first.mql?.ms ?? 0);
      log(`    (${first.scores.fitChanged.toLocaleString("en")} fit and ${first.scores.engagementChanged.toLocaleString("en")} engagement scores changed; ${first.mql?.qualified ?? 0} qualified, ${first.mql?.unqualified ?? 0} unqualified)`);

      const again = await rescore(prisma, version, { fit: true, engagement: true }, { actorId: null, at });
      record("recompute both scores, nothing changed", again.scores.written, again.scores.ms);

      const fitChange = { ...rules, fitRules: rules.fitRules.map((rule, index) => (index === 0 ? { ...rule, points: rule.points - 5 } : rule)) };
      const fitOnly = await rescore(prisma, await save(fitChange), { fit: true, engagement: false }, { actorId: null, at });
      record("recompute after one fit rule changed (fit only)", fitOnly.scores.written, fitOnly.scores.ms);
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
