import type pg from "pg";

/**
 * Everything Prisma's datamodel determines about a database, as comparable text: tables and
 * columns, enums, indexes and constraints. Prisma's own bookkeeping table is left out.
 */
export async function schemaFingerprint(pool: pg.Pool): Promise<string[]> {
  const queries = [
    `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name ||
            ' null=' || is_nullable || ' default=' || coalesce(column_default, '') ||
            ' len=' || coalesce(character_maximum_length::text, '') AS line
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`,
    `SELECT 'index ' || indexdef AS line FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       JOIN pg_class r ON r.oid = c.conrelid
      WHERE n.nspname = 'public' AND r.relname <> '_prisma_migrations'`,
  ];
  const lines: string[] = [];
  for (const query of queries) {
    const { rows } = await pool.query<{ line: string }>(query);
    lines.push(...rows.map((row) => row.line));
  }
  return lines.sort();
}
