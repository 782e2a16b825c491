/**
 * Times each dashboard's set of metric queries on a 100,000-lead and a 1,000,000-lead demo
 * company (built once into .data/bench-*, then reused), next to the plainest one-pass SQL
 * for the same figures:
 *
 *   npm run bench                              both sizes, 9 timed runs each
 *   npm run bench -- --sizes 100000 --runs 5
 *   npm run bench -- --pages                 also each page's server time over HTTP
 *   npm run bench -- --sizes 1000000 --records-pages   only the records workspace pages over HTTP
 *   npm run bench -- --import [--rows N]      only the CSV import of N messy leads (100,000)
 *   npm run bench -- --mql [--leads N]        only the MQL agreement's preview and activation (1,000,000)
 *   npm run bench -- --scoring --sizes 1000000  only the score recompute and the MQL re-evaluation after it
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/prisma";
import { addDays, addMonths, customPeriod, previousPeriod } from "@/lib/metrics/period";
import { baselineQueries } from "./bench/baselines";
import { dashboardLoads } from "./bench/dashboards";
import { BENCH_END, openDataset } from "./bench/dataset";
import { benchImport } from "./bench/import";
import { benchMqlReevaluation } from "./bench/mql-reevaluation";
import { dashboardPages, signIn, timePages, withApp, type PageTime } from "./bench/pages";
import { recordPages } from "./bench/record-pages";
import { benchScoring, printScoringTable, type ScoringTiming } from "./bench/scoring";
import { percentile, timeRuns } from "./bench/timing";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    runs: { type: "string", default: "9" },
    pages: { type: "boolean", default: false },
    "records-pages": { type: "boolean", default: false },
    import: { type: "boolean", default: false },
    scoring: { type: "boolean", default: false },
    rows: { type: "string", default: "100000" },
    mql: { type: "boolean", default: false },
    leads: { type: "string", default: "1000000" },
  },
});
if (values.import) {
  await benchImport(Number(values.rows), console.log);
  process.exit(0);
}
if (values.mql) {
  await benchMqlReevaluation(Number(values.leads), 3, console.log);
  process.exit(0);
}
const sizes = values.sizes.split(",").map(Number);
if (values.scoring) {
  const timings: ScoringTiming[] = [];
  for (const leads of sizes) timings.push(...(await benchScoring(leads, console.log)));
  printScoringTable(timings);
  process.exit(0);
}
const runs = Number(values.runs);
const onlyRecordPages = values["records-pages"];

// The last twelve months of the history, and the twelve before them for comparisons.
const period = customPeriod(addMonths(BENCH_END, -12), BENCH_END);
const previous = previousPeriod(period);

type Row = { leads: number; dashboard: string; median: number; p95: number; baseline: number };
const rows: Row[] = [];
const pageRows: ({ leads: number } & PageTime)[] = [];
const day = (date: Date) => date.toISOString().slice(0, 10);
const pageQuery = `period=custom&from=${day(period.start)}&to=${day(addDays(period.end, -1))}`;

for (const leads of sizes) {
  const dataset = await openDataset(leads, console.log);
  const prisma = createPrismaClient(dataset.url);
  const pool = new pg.Pool({ connectionString: dataset.url, max: 4 });
  try {
    const baselines = baselineQueries(period, previous);
    for (const [dashboard, load] of Object.entries(onlyRecordPages ? {} : dashboardLoads(period, BENCH_END))) {
      const times = await timeRuns(() => load(prisma), runs);
      const baselineTimes = await timeRuns(async () => {
        for (const query of baselines[dashboard] ?? []) await pool.query(query.sql, query.values);
      }, runs);
      rows.push({ leads, dashboard, median: percentile(times, 0.5), p95: percentile(times, 0.95), baseline: percentile(baselineTimes, 0.5) });
      console.log(`  ${leads.toLocaleString("en")} leads · ${dashboard}: median ${percentile(times, 0.5).toFixed(0)} ms`);
    }
    if (values.pages || onlyRecordPages) {
      await withApp(dataset.url, async (base) => {
        const timed = (times: PageTime[]) => {
          for (const row of times) {
            pageRows.push({ leads, ...row });
            console.log(`  ${leads.toLocaleString("en")} leads · page ${row.page}: median ${row.median.toFixed(0)} ms`);
          }
        };
        if (!onlyRecordPages) timed(await timePages(await signIn(base, "LEADERSHIP"), dashboardPages(pageQuery), runs));
        const sales = await signIn(base, "SALES");
        const records = await recordPages(sales, dataset.url);
        try {
          timed(await timePages(sales, records.pages, runs));
        } finally {
          await records.cleanup();
        }
      });
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
    await dataset.cluster.stop();
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
if (rows.length) {
  console.log(`\nPeriod ${period.start.toISOString().slice(0, 10)} – ${period.end.toISOString().slice(0, 10)}, ${runs} timed runs after one warm-up\n`);
  console.log("| leads     | dashboard          |    median |       p95 | one-pass SQL | ratio |");
  console.log("|-----------|--------------------|-----------|-----------|--------------|-------|");
  for (const row of rows) {
    console.log(
      `| ${row.leads.toLocaleString("en").padEnd(9)} | ${row.dashboard.padEnd(18)} | ${ms(row.median)} | ${ms(row.p95)} | ${ms(row.baseline).padStart(12)} | ${(row.baseline > 0 ? (row.median / row.baseline).toFixed(2) : "—").padStart(5)} |`,
    );
  }
}

if (pageRows.length) {
  console.log(`\nPages over HTTP, whole streamed HTML; dashboards signed in as leadership (${pageQuery}), the records workspace as sales\n`);
  console.log("| leads     | page                           |    median |       p95 |");
  console.log("|-----------|--------------------------------|-----------|-----------|");
  for (const row of pageRows) {
    console.log(`| ${row.leads.toLocaleString("en").padEnd(9)} | ${row.page.padEnd(30)} | ${ms(row.median)} | ${ms(row.p95)} |`);
  }
}
