import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { clusterUrl } from "@/lib/db/embedded";
import { createPrismaClient, type PrismaClient } from "@/lib/db/prisma";

export const TEMPLATE_DATABASE = "rusetti_template";

export type TestDatabase = {
  url: string;
  prisma: PrismaClient;
  pool: pg.Pool;
  /** Closes the connections and drops the database. */
  drop: () => Promise<void>;
};

/** A fresh, fully migrated database of its own (cloned from the migrated template). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const port = inject("postgresPort");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: clusterUrl(port) });
  await admin.connect();
  await admin.query(options.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  await admin.end();

  const url = clusterUrl(port, name);
  const prisma = createPrismaClient(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    url,
    prisma,
    pool,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      const client = new pg.Client({ connectionString: clusterUrl(port) });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
