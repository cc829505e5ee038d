/**
 * PostgreSQL databases made for a while: the schema engine's shadow database when a
 * migration is written, and the test suite's databases. Their names start with the
 * project folder's name (e.g. `postgres_test_…` in a checkout named `postgres`), or
 * TEMPORARY_DATABASE_PREFIX, so that checkouts sharing one server never collide and
 * leftovers say whose they are.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from './databaseUrl';

/** PostgreSQL truncates identifiers past 63 bytes. */
const MAX_NAME = 63;

/** The prefix of every temporary database of this checkout. */
export function temporaryDatabasePrefix(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.TEMPORARY_DATABASE_PREFIX?.trim() || path.basename(PROJECT_ROOT);
  const prefix = raw.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30);
  return /^[a-z]/.test(prefix) ? prefix : `p_${prefix}`;
}

/** `<prefix>_<kind>_<random>`, e.g. postgres_shadow_3f9a0c1b2d4e. */
export function temporaryDatabaseName(kind: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${temporaryDatabasePrefix(env)}_${kind}_${randomBytes(6).toString('hex')}`.slice(0, MAX_NAME);
}

/** The same server and credentials, another database. */
export function urlOfDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function quoted(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name "${name}".`);
  return `"${name}"`;
}

export async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates `name` on the server of `serverUrl`, empty or as a copy of `template`. */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ''}`));
  return urlOfDatabase(serverUrl, name);
}

/** Drops `name` (connections still open to it are closed first). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix` (a test run's leftovers). */
export async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<string[]> {
  return onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname`,
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
    return rows.map((row) => row.datname);
  });
}
