-- Written by hand: Prisma's schema cannot give a B-tree column an operator class. The audit
-- log's filter by action prefix (lib/settings/audit/queries.ts) finds the actions that start
-- with the prefix by `action LIKE 'prefix%'`, which a B-tree can answer only with
-- text_pattern_ops under a collation other than C, and then reads each action's newest
-- entries in (occurredAt, id) order from the same index. tests/integration/schema-drift.test.ts
-- lists it as a known difference between the migrations and schema.prisma.
CREATE INDEX "AuditLog_action_occurredAt_idx" ON "AuditLog" ("action" text_pattern_ops, "occurredAt", "id");
