/**
 * A consistent copy of the embedded SQLite database while the assistant keeps serving:
 * SQLite's online backup API (better-sqlite3's `backup`), which copies pages in steps
 * and restarts a step that a write overtook, so the copy is the database at one instant.
 * PostgreSQL is backed up with its own tools (pg_dump; README, "Production").
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { providerOf, redactedUrl, sqliteFilePath } from './databaseUrl';

/** PostgreSQL: the message says which command to run instead. */
export class BackupNotHereError extends Error {
  constructor(url: string) {
    super(
      `${redactedUrl(url)} est une base PostgreSQL : sauvegardez-la avec pg_dump, par exemple ` +
        '« pg_dump --format=custom --file=periscolaire-$(date +%F).dump "$DATABASE_URL" » (voir le README, « Production »).',
    );
    this.name = 'BackupNotHereError';
  }
}

/** Where a backup goes by default: `backups/<file>-YYYYMMDD-HHMMSS.db` beside the database. */
export function defaultBackupPath(url: string, now: Date): string {
  const file = sqliteFilePath(url);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(path.dirname(file), 'backups', `${path.basename(file, path.extname(file))}-${stamp}.db`);
}

/** Copies the SQLite database of `url` to `destination`; returns the pages copied. */
export async function backupSqlite(url: string, destination: string): Promise<{ file: string; pages: number }> {
  if (providerOf(url) !== 'sqlite') throw new BackupNotHereError(url);
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(destination);
    return { file: path.resolve(destination), pages: result.totalPages };
  } finally {
    db.close();
  }
}
