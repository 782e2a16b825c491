/** Applies pending migrations to DATABASE_URL, or to the embedded cluster in .data/. */
import { applyMigrations } from "@/lib/db/migrate";
import { DATA_DIR, openDatabase } from "./lib/database";

const database = await openDatabase({ dataDir: DATA_DIR });
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
