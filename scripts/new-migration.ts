/**
 * Writes a new migration from the change to prisma/schema.prisma since the last one:
 *   npm run db:migration -- <name>
 * The SQL is Prisma's own diff; review it (and add what Prisma does not model, such as
 * triggers) before committing. The migrations are then applied to a scratch database to
 * prove they run.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { clusterUrl, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { migrationDiff } from "./lib/prisma6-diff";

const SCHEMA = path.join(process.cwd(), "prisma", "schema.prisma");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and _)");
  process.exit(2);
}

const scratch = mkdtempSync(path.join(tmpdir(), "rusetti-migration-"));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(scratch, "data"), throwaway: true });
try {
  const sql = await migrationDiff({ from: SNAPSHOT, to: SCHEMA, databaseUrl: cluster.adminUrl });
  if (!sql) {
    console.log("prisma/schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "migration.sql"), sql);
    copyFileSync(SCHEMA, SNAPSHOT);

    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE scratch");
    await admin.end();
    const applied = await applyMigrations(clusterUrl(cluster.port, "scratch"));
    console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql; all ${applied.length} migrations apply cleanly.`);
  }
} finally {
  await cluster.stop();
  rmSync(scratch, { recursive: true, force: true });
}
