import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOL_DIR = path.join(process.cwd(), "tools", "prisma6");
const PRISMA6 = path.join(TOOL_DIR, "node_modules", ".bin", "prisma");

/**
 * Prisma 6 wants `url` in its datasource and knows nothing of Prisma 7's generator; only the
 * datamodel matters for a diff, so the blocks around it are replaced.
 */
function datamodelCopy(schemaPath: string, dir: string, name: string): string {
  const body = readFileSync(schemaPath, "utf8")
    .replace(/^generator\s+\w+\s*\{[\s\S]*?^\}/m, "")
    .replace(/^datasource\s+\w+\s*\{[\s\S]*?^\}/m, "");
  const file = path.join(dir, `${name}.prisma`);
  writeFileSync(file, `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n${body}`);
  return file;
}

/**
 * The SQL that takes a database from `from` (a schema file, or nothing) to `to`, computed by
 * Prisma's own schema engine (WASM, through a driver adapter, which needs a reachable
 * database even for a pure diff). Returns "" when the two agree.
 */
export async function migrationDiff(options: { from: string | null; to: string; databaseUrl: string }): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "rusetti-diff-"));
  try {
    const from = options.from ? ["--from-schema-datamodel", datamodelCopy(options.from, dir, "from")] : ["--from-empty"];
    const to = ["--to-schema-datamodel", datamodelCopy(options.to, dir, "to")];
    const { stdout } = await run(PRISMA6, ["migrate", "diff", ...from, ...to, "--script"], {
      cwd: TOOL_DIR,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.includes("This is an empty migration") ? "" : stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
