import path from "node:path";
import pg from "pg";
import { clusterUrl, startEmbeddedPostgres } from "@/lib/db/embedded";

export const DATA_DIR = path.join(process.cwd(), ".data");
const DATABASE = "rusetti";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The user's database when DATABASE_URL is set; otherwise the embedded cluster whose data
 * lives in `dataDir`, with the app's database created on first start.
 */
export async function openDatabase(options: { dataDir: string; throwaway?: boolean }): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(options.dataDir, "postgres"),
    throwaway: options.throwaway,
  });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  return { url: clusterUrl(cluster.port, DATABASE), embedded: true, stop: cluster.stop };
}
