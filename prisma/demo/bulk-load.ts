import type pg from "pg";

/**
 * Drops the secondary indexes and foreign keys of `tables` for a bulk load and returns what
 * puts them back, exactly as they were (names and definitions read from the catalog). This
 * is Postgres' own advice for populating a database: building an index once after the load
 * and validating a foreign key with one join is far cheaper than maintaining both row by
 * row. Run both inside the load's transaction, so a failure leaves the schema untouched;
 * re-adding them checks every row, so bad data still fails the load.
 */
export async function deferIndexesAndForeignKeys(client: pg.ClientBase, tables: readonly string[]): Promise<() => Promise<void>> {
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)
      ORDER BY c.relname, k.conname`,
    [tables],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
        AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
      ORDER BY t.relname, i.relname`,
    [tables],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quote(fk.table)} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${quote(index.name)}`);

  return async () => {
    for (const index of indexes) await client.query(index.definition);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quote(fk.table)} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
  };
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
