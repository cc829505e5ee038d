/**
 * Which migrations a database has applied, read from `_prisma_migrations` without the
 * schema engine: on SQLite the engine needs the file to itself, even to find nothing to
 * do, so a command beside a running assistant first asks here.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { IN_MEMORY_URL, providerOf, redactedUrl, sqliteFilePath } from '../database/databaseUrl';

/** The migrations recorded as applied (finished, not rolled back) at `url`; empty for a database not created yet. */
export async function appliedMigrationNames(url: string): Promise<string[]> {
  const query = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  if (url === IN_MEMORY_URL) return [];
  if (providerOf(url) === 'sqlite') {
    const file = sqliteFilePath(url);
    if (!existsSync(file)) return [];
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
    try {
      const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      return table ? (db.prepare(query).all() as Array<{ migration_name: string }>).map((row) => row.migration_name) : [];
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw postgresConnectionError(url, error);
  }
  try {
    const { rows } = await client.query<{ exists: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS exists`);
    if (!rows[0].exists) return [];
    return (await client.query<{ migration_name: string }>(query)).rows.map((row) => row.migration_name);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A connection failure to PostgreSQL, said so that an operator knows what to do. */
function postgresConnectionError(url: string, error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  if (code === '3D000') {
    return new Error(
      `PostgreSQL: the database "${database}" does not exist on ${parsed.host}. Create it (e.g. createdb -h ${parsed.hostname} -p ${parsed.port || 5432} ${database}), then run npm run db:migrate again.`,
    );
  }
  return new Error(`PostgreSQL unreachable (${redactedUrl(url)}): ${(error as Error).message}`);
}
