/**
 * One test file's PostgreSQL databases. A copy of a template (CREATE DATABASE … TEMPLATE)
 * costs about half a second on the 2-core machines; many test files want a fresh
 * database for each test. So a copy given back is kept, and the next test asking for
 * the same template gets it emptied and filled again with exactly what the template
 * held (rows and sequences, read from the copy before its first use), in one
 * transaction: a fraction of the cost, the same starting point. Every copy is dropped
 * when the test file ends.
 */
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '../../../src/infrastructure/database/temporaryDatabases';

export interface Lease {
  url: string;
  /** Gives the database back for the next test of the file (its client must be closed). */
  release(): Promise<void>;
}

/** What a template holds: each table's rows as JSON, each sequence's position. */
interface Snapshot {
  tables: Array<{ name: string; rows: string }>;
  sequences: Array<{ name: string; lastValue: string | null }>;
}

interface Copy {
  name: string;
  url: string;
  template: string;
  snapshot: Snapshot;
}

const OBJECT_IN_USE = '55006';
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function snapshotOf(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`,
    );
    const snapshot: Snapshot = { tables: [], sequences: [] };
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string }>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${quoted(name)} t`);
      snapshot.tables.push({ name, rows: rows[0].rows });
    }
    const { rows: sequences } = await client.query<{ name: string; last_value: string | null }>(
      `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public'`,
    );
    snapshot.sequences = sequences.map((row) => ({ name: row.name, lastValue: row.last_value }));
    return snapshot;
  });
}

/** Empties the copy and puts the template's rows and sequence positions back, in one transaction. */
async function refill(copy: Copy): Promise<void> {
  await withClient(copy.url, async (client) => {
    await client.query('BEGIN');
    try {
      // A test that left a transaction open would make this one wait for ever.
      await client.query(`SET LOCAL lock_timeout = '5s'`);
      // A test database needs no durability: the commit does not wait for the disk.
      await client.query(`SET LOCAL synchronous_commit = off`);
      // Rows go back in any order: foreign keys are checked by triggers, off for this transaction.
      await client.query(`SET LOCAL session_replication_role = replica`);
      // DELETE rather than TRUNCATE: a few thousand rows at most, and no new file per table.
      for (const table of copy.snapshot.tables) await client.query(`DELETE FROM ${quoted(table.name)}`);
      for (const table of copy.snapshot.tables) {
        if (table.rows === '[]') continue;
        await client.query(`INSERT INTO ${quoted(table.name)} SELECT * FROM json_populate_recordset(NULL::${quoted(table.name)}, $1::json)`, [table.rows]);
      }
      for (const sequence of copy.snapshot.sequences) {
        await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoted(sequence.name), sequence.lastValue ?? '1', sequence.lastValue !== null]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

export class PostgresTestDatabases {
  private readonly idle: Copy[] = [];
  private readonly copies: Copy[] = [];

  constructor(
    private readonly serverUrl: string,
    private readonly nextName: () => string,
  ) {}

  /** A database holding what `template` holds, for one test. */
  async take(template: string): Promise<Lease> {
    const index = this.idle.findIndex((copy) => copy.template === template);
    let copy: Copy | undefined;
    if (index >= 0) {
      copy = this.idle.splice(index, 1)[0];
      try {
        await refill(copy);
      } catch {
        // Not reusable (a connection left open, a permission missing): a fresh copy instead.
        await this.drop(copy);
        copy = undefined;
      }
    }
    copy ??= await this.copy(template);
    const taken = copy;
    return { url: taken.url, release: async () => void this.idle.push(taken) };
  }

  /** Drops every copy of the file. */
  async dropAll(): Promise<void> {
    for (const copy of [...this.copies]) await this.drop(copy);
  }

  private async copy(template: string): Promise<Copy> {
    const name = this.nextName();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const url = await createDatabase(this.serverUrl, name, template);
        // Tests need no durability: their commits do not wait for the disk (a noisy shared machine).
        await withClient(this.serverUrl, (client) => client.query(`ALTER DATABASE ${quoted(name)} SET synchronous_commit = off`));
        const copy = { name, url, template, snapshot: await snapshotOf(url) };
        this.copies.push(copy);
        return copy;
      } catch (error) {
        // "source database is being accessed by other users": another file copying it at this instant.
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private async drop(copy: Copy): Promise<void> {
    this.copies.splice(this.copies.indexOf(copy), 1);
    await dropDatabase(this.serverUrl, copy.name);
  }
}
