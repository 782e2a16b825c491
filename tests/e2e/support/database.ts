import { readFileSync } from "node:fs";
import { createPrismaClient, type PrismaClient } from "@/lib/db/prisma";

let client: PrismaClient | undefined;

/**
 * The database behind the server under test, for specs that check a page's figures against
 * lib/metrics over the same data. One client per worker; the server writes its URL at start.
 */
export function serverDatabase(): PrismaClient {
  const file = process.env.E2E_DATABASE_URL_FILE;
  if (!file) throw new Error("E2E_DATABASE_URL_FILE is not set: run the specs through playwright.config.ts");
  client ??= createPrismaClient(readFileSync(file, "utf8").trim());
  return client;
}
