import { hash } from "@node-rs/argon2";
import pg from "pg";
import { ensureReferenceData } from "@/prisma/reference-data";
import { historyWindow } from "./calendar";
import { DEMO_PASSWORD, ROLE_USERS } from "./company";
import { deferIndexesAndForeignKeys } from "./bulk-load";
import { SERIAL_TABLES, TABLE_NAMES, copyRows } from "./copy";
import { generateDemoSteps } from "./generate";
import { overlapped } from "./overlap";
import { TABLE_ORDER, type TableKey } from "./rows";
import { insertDemoScoringRules } from "./scoring";
import { resolveOptions, setupTime } from "./setup";

export { DEMO_PASSWORD } from "./company";
export { defaultEndDate } from "./calendar";
export { generateDemo, generateDemoChunks } from "./generate";
export { DEFAULT_LEADS, MAX_LEADS, type GenerateOptions } from "./setup";
export type { DemoTables, TableKey } from "./rows";

export type DemoUser = { email: string; password: string; role: string; name: string };

/** The users a visitor signs in as, one per role. */
export const DEMO_USERS: readonly DemoUser[] = ROLE_USERS.map((user) => ({
  email: user.email,
  password: DEMO_PASSWORD,
  role: user.role,
  name: user.name,
}));

export type DemoOptions = {
  seed?: number;
  leads?: number;
  /** The end of the history (the CLI passes the start of the current UTC day). */
  endDate: Date;
  log?: (line: string) => void;
};

export type DemoSummary = {
  /** Rows written per table (stageDefinition: rows inserted, as existing ones are kept). */
  counts: Record<TableKey | "stageDefinition", number>;
  elapsedMs: number;
  users: DemoUser[];
};

export class DemoDatabaseNotEmptyError extends Error {
  constructor() {
    super("The database already has users; demo data is only seeded into a database without any.");
    this.name = "DemoDatabaseNotEmptyError";
  }
}

/**
 * Fills an empty, migrated database with the demo company: reference data, configuration and
 * about two years of history ending at `endDate`. Everything is written in one transaction
 * with COPY, chunk by chunk, so either all of it is there or none. Refuses a database that
 * already has users.
 */
export async function seedDemo(connectionString: string, options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const { seed, leads, endDate } = resolveOptions(options);
  const log = options.log ?? (() => {});
  const counts = Object.fromEntries([...TABLE_ORDER, "stageDefinition"].map((key) => [key, 0])) as DemoSummary["counts"];
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    if (await hasUsers(client)) throw new DemoDatabaseNotEmptyError();
    // Salted, so hashed once and shared by every demo user.
    const passwordHash = await hash(DEMO_PASSWORD);
    await client.query("BEGIN");
    // Two seeds racing for the same database: the second waits here and then sees the users.
    await client.query(`LOCK TABLE "User" IN SHARE ROW EXCLUSIVE MODE`);
    if (await hasUsers(client)) throw new DemoDatabaseNotEmptyError();

    const setupAt = new Date(setupTime(historyWindow(endDate)));
    counts.stageDefinition = await ensureReferenceData(client, { at: setupAt });
    await insertDemoScoringRules(client, setupAt);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const restore = await deferIndexesAndForeignKeys(client, TABLE_NAMES);
    let chunk = 0;
    const steps = generateDemoSteps({ seed, leads, endDate, passwordHash });
    for await (const tables of overlapped(steps)) {
      for (const key of TABLE_ORDER) {
        await copyRows(client, key, tables[key]);
        counts[key] += tables[key].length;
      }
      chunk++;
      log(`demo: chunk ${chunk}: ${counts.account} accounts, ${counts.lead} leads, ${counts.touchpoint} touchpoints (${Math.round(performance.now() - started)} ms)`);
    }
    log(`demo: rows written (${Math.round(performance.now() - started)} ms); building indexes and checking foreign keys`);
    await restore();
    log(`demo: indexes rebuilt and foreign keys checked (${Math.round(performance.now() - started)} ms)`);
    for (const table of SERIAL_TABLES) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "${table}"`,
      );
    }
    await client.query("COMMIT");
    // A bulk load leaves the planner without statistics until autovacuum comes by; without
    // them the stage-history queries pick nested loops that take minutes on the first visit.
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const elapsedMs = Math.round(performance.now() - started);
  log(`demo: done in ${elapsedMs} ms`);
  return { counts, elapsedMs, users: [...DEMO_USERS] };
}

async function hasUsers(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ taken: boolean }>(`SELECT EXISTS (SELECT 1 FROM "User") AS taken`);
  return rows[0]?.taken ?? false;
}
