import path from "node:path";
import pg from "pg";
import { clusterUrl, startEmbeddedPostgres, type EmbeddedCluster } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/demo";
import { DATA_DIR } from "../lib/database";

/** The fixed end of the benchmark history, so every run measures the same data. */
export const BENCH_END = new Date("2026-11-01T00:00:00Z");

export type Dataset = { leads: number; url: string; cluster: EmbeddedCluster };

/**
 * A demo company of `leads` leads in its own embedded cluster under .data/, built on first
 * use and reused afterwards (a million leads take a couple of minutes to generate).
 */
export async function openDataset(leads: number, log: (line: string) => void): Promise<Dataset> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, `bench-${leads}`, "postgres") });
  const database = "bench";
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const url = clusterUrl(cluster.port, database);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Lead"`);
  await client.end();
  if (rows[0]!.n === 0) {
    log(`Generating the ${leads.toLocaleString("en")}-lead dataset (once; kept in .data/bench-${leads})…`);
    const summary = await seedDemo(url, { leads, endDate: BENCH_END });
    log(`  generated in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
    await analyze(url);
  }
  return { leads, url, cluster };
}

async function analyze(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
}
