import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { migrationDiff } from "@/scripts/lib/prisma6-diff";
import { schemaFingerprint } from "../support/schema-fingerprint";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const SCHEMA = path.join(process.cwd(), "prisma", "schema.prisma");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

/**
 * What the migrations build on purpose that schema.prisma cannot say: the record lists'
 * trigram search indexes (GIN over expressions with gin_trgm_ops, from the hand-written
 * migration *_record_search_trigram), the unique index on lower(email) of users
 * (*_user_email_lower_unique) and the audit log's index for its action-prefix filter, a
 * B-tree with text_pattern_ops (*_audit_action_prefix_index). Each is named here, so any
 * other difference still fails.
 */
const HAND_WRITTEN_INDEXES = [
  "Lead_search_trgm_idx",
  "Contact_search_trgm_idx",
  "Account_search_trgm_idx",
  "Deal_search_trgm_idx",
  "User_email_lower_key",
  "AuditLog_action_occurredAt_idx",
];

const isHandWritten = (line: string) => HAND_WRITTEN_INDEXES.some((name) => new RegExp(`^index CREATE (UNIQUE )?INDEX "${name}" `).test(line));

// Fails when prisma/schema.prisma and prisma/migrations disagree: fix it with
// `npm run db:migration -- <name>`.
describe("schema.prisma and the migrations agree", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;
  beforeAll(async () => {
    migrated = await createTestDatabase();
    fromSchema = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await migrated.drop();
    await fromSchema.drop();
  });

  it("the migrations build exactly the database that schema.prisma describes", async () => {
    const sql = await migrationDiff({ from: null, to: SCHEMA, databaseUrl: fromSchema.url });
    await fromSchema.pool.query(sql);
    const built = await schemaFingerprint(migrated.pool);
    expect(built.filter(isHandWritten)).toHaveLength(HAND_WRITTEN_INDEXES.length);
    expect(built.filter((line) => !isHandWritten(line))).toEqual(await schemaFingerprint(fromSchema.pool));
  });

  it("the snapshot the next migration is diffed from equals schema.prisma", async () => {
    expect(await migrationDiff({ from: SNAPSHOT, to: SCHEMA, databaseUrl: fromSchema.url })).toBe("");
  });
});
