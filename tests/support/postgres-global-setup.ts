import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { clusterUrl, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { TEMPLATE_DATABASE } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresPort: number;
  }
}

/**
 * One throwaway cluster per test run: migrations are applied once into a template database,
 * and every test file clones its own database from it. Teardown removes the cluster.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "rusetti-test-"));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), throwaway: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  await applyMigrations(clusterUrl(cluster.port, TEMPLATE_DATABASE));
  project.provide("postgresPort", cluster.port);

  return async () => {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
