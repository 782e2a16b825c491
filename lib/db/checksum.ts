import { createHash } from "node:crypto";

/** Prisma's migration checksum: SHA-256 of the migration.sql text, lowercase hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}
