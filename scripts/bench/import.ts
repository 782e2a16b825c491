/**
 * Times a lead import of a messy 100,000-row file on a throwaway embedded cluster: the dry
 * run and the apply when every row creates a lead, then when every row matches a lead that
 * already holds its values, then when every row changes the lead it matches.
 *
 *   npx tsx scripts/bench/import.ts                  100,000 rows
 *   npx tsx scripts/bench/import.ts --rows 20000
 *   npm run bench -- --import                        the same, from the bench entry point
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { clusterUrl, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/prisma";
import { claimApply, runApply } from "@/lib/import/apply";
import { dryRunImport, type DryRunSummary } from "@/lib/import/dry-run";
import { createImportJob } from "@/lib/import/upload";
import { leadCsv } from "./import-leads-csv";

export type ImportTiming = { step: string; rows: number; ms: number };

/** Fails the bench when the dry run did not find what its round is built to make it find. */
function assertCounts(summary: DryRunSummary, expected: Partial<DryRunSummary>) {
  for (const [key, value] of Object.entries(expected)) {
    if (summary[key as keyof DryRunSummary] !== value) throw new Error(`dry run found ${JSON.stringify(summary)}, expected ${JSON.stringify(expected)}`);
  }
}

/** Runs the import bench on its own cluster in a temporary folder, removed at the end. */
export async function benchImport(rows: number, log: (line: string) => void): Promise<ImportTiming[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "rusetti-import-bench-"));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), throwaway: true });
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE bench_import");
    await admin.end();
    const url = clusterUrl(cluster.port, "bench_import");
    await applyMigrations(url);
    const prisma = createPrismaClient(url);
    try {
      const user = await prisma.user.create({ data: { email: "bench@rusetti.test", name: "Bench User", passwordHash: "x", role: "ADMIN" } });
      // The second round applies the same file again, so every row matches a lead whose values
      // it already holds; the third is the same leads exported later, most fields changed.
      const created = new TextEncoder().encode(leadCsv(rows, user.email));
      const files = { create: created, unchanged: created, changed: new TextEncoder().encode(leadCsv(rows, user.email, 2027)) };
      log(`File: ${rows.toLocaleString("en")} rows, ${(created.length / 1024 / 1024).toFixed(1)} MB`);
      const timings: ImportTiming[] = [];
      const time = async (step: string, task: () => Promise<unknown>) => {
        const start = performance.now();
        await task();
        const ms = performance.now() - start;
        timings.push({ step, rows, ms });
        log(`  ${step}: ${(ms / 1000).toFixed(2)} s, ${Math.round(rows / (ms / 1000)).toLocaleString("en")} rows/s`);
      };
      for (const round of ["create", "unchanged", "changed"] as const) {
        let jobId = 0;
        await time(`upload (${round})`, async () => {
          jobId = await createImportJob(prisma, user.id, "LEAD", "bench.csv", files[round]);
        });
        const job = await prisma.importJob.findUniqueOrThrow({
          where: { id: jobId },
          select: { id: true, userId: true, headers: true, headerSignature: true, status: true, mapping: true },
        });
        let summary: DryRunSummary | null = null;
        await time(`dry run (${round})`, async () => {
          summary = await dryRunImport(prisma, { ...job, kind: "LEAD" }, job.mapping, "en");
        });
        const expected = { create: { created: rows }, unchanged: { unchanged: rows }, changed: { created: 0, unchanged: 0 } }[round];
        assertCounts(summary!, { rejectedRows: 0, ...expected });
        await time(`apply (${round})`, async () => {
          await claimApply(prisma, jobId);
          await runApply(prisma, jobId, user.id);
          const done = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, failure: true } });
          if (done.status !== "APPLIED") throw new Error(`apply ended ${done.status}: ${done.failure}`);
        });
      }
      return timings;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" } } });
  await benchImport(Number(values.rows), console.log);
}
