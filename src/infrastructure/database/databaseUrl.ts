/**
 * Which database DATABASE_URL names. The embedded SQLite database uses Prisma's `file:`
 * form (a relative path is taken from the project root, so every command finds the same
 * file whatever the current directory); production uses PostgreSQL
 * (`postgresql://user:password@host:5432/database`).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/periscolaire.db';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The two databases the assistant runs on. */
export type DatabaseProvider = 'sqlite' | 'postgresql';

/** The in-memory SQLite database (gone when its connection closes). */
export const IN_MEMORY_URL = ':memory:';

/** A DATABASE_URL the assistant cannot use; the message names the variable and the fix. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

/** DATABASE_URL from the environment, or the embedded default. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The database `url` names: `file:` (or `:memory:`) is SQLite, `postgresql://` or `postgres://` PostgreSQL. */
export function providerOf(url: string): DatabaseProvider {
  if (url === IN_MEMORY_URL || url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  throw new DatabaseUrlError(
    `DATABASE_URL « ${redactedUrl(url)} » : attendu file:./data/periscolaire.db (SQLite embarqué) ou postgresql://utilisateur:motdepasse@hôte:5432/base (PostgreSQL).`,
  );
}

/** The URL with its password hidden, for messages and logs. */
export function redactedUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** What an operator recognises: the SQLite file's path, or the PostgreSQL URL without its password. */
export function describeDatabase(url: string): string {
  if (url === IN_MEMORY_URL) return 'SQLite (in memory)';
  return providerOf(url) === 'sqlite' ? sqliteFilePath(url) : redactedUrl(url);
}

/** The absolute file path of a `file:` URL; relative paths start at `baseDir`. */
export function sqliteFilePath(url: string, baseDir: string = PROJECT_ROOT): string {
  if (!url.startsWith('file:')) {
    throw new DatabaseUrlError(`DATABASE_URL must be a SQLite "file:" URL for the embedded database, got "${redactedUrl(url)}".`);
  }
  const filePath = url.slice('file:'.length).replace(/\?.*$/, '');
  if (!filePath) throw new DatabaseUrlError('DATABASE_URL names no file (expected e.g. file:./data/periscolaire.db).');
  return path.resolve(baseDir, filePath);
}

/** Same as {@link sqliteFilePath}, creating the folder that will hold the file. */
export function prepareSqliteFile(url: string, baseDir: string = PROJECT_ROOT): string {
  const filePath = sqliteFilePath(url, baseDir);
  mkdirSync(path.dirname(filePath), { recursive: true });
  return filePath;
}
