/**
 * Generates the demo company into an empty database (DATABASE_URL, or the embedded cluster
 * in .data/), e.g. at benchmark scale:  npm run seed -- --leads 1000000 [--seed 7]
 */
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrate";
import { DEFAULT_LEADS, defaultEndDate, seedDemo } from "@/prisma/demo";
import { DATA_DIR, openDatabase } from "./lib/database";

const { values } = parseArgs({
  options: { leads: { type: "string", default: String(DEFAULT_LEADS) }, seed: { type: "string" } },
});

const database = await openDatabase({ dataDir: DATA_DIR });
try {
  await applyMigrations(database.url);
  const summary = await seedDemo(database.url, {
    leads: Number(values.leads),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    endDate: defaultEndDate(new Date()),
    log: (line) => console.log(line),
  });
  console.log(`Seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s:`, summary.counts);
} finally {
  await database.stop();
}
