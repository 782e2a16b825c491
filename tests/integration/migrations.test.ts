import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("migration applier", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  it("applies every migration to an empty database and records it as Prisma does", async () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const applied = await applyMigrations(database.url);
    expect(applied).toEqual(migrations.map((m) => m.name));

    const { rows } = await database.pool.query(
      `SELECT migration_name, checksum, applied_steps_count, finished_at, rolled_back_at, logs
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(migrations.length);
    rows.forEach((row, i) => {
      expect(row.migration_name).toBe(migrations[i]!.name);
      expect(row.checksum).toBe(migrations[i]!.checksum);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    });
  });

  it("applies nothing on a second run", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
    const { rows } = await database.pool.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(readMigrations().length);
  });
});
