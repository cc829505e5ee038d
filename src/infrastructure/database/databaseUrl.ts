/**
 * Where the embedded SQLite database lives. DATABASE_URL uses Prisma's `file:` form;
 * a relative path is taken from the project root, so every command finds the same file
 * whatever the current directory.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/periscolaire.db';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/** DATABASE_URL from the environment, or the embedded default. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The absolute file path of a `file:` URL; relative paths start at `baseDir`. */
export function sqliteFilePath(url: string, baseDir: string = PROJECT_ROOT): string {
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL for the embedded database, got "${url}".`);
  }
  const filePath = url.slice('file:'.length).replace(/\?.*$/, '');
  if (!filePath) throw new Error('DATABASE_URL names no file (expected e.g. file:./data/periscolaire.db).');
  return path.resolve(baseDir, filePath);
}

/** Same as {@link sqliteFilePath}, creating the folder that will hold the file. */
export function prepareSqliteFile(url: string, baseDir: string = PROJECT_ROOT): string {
  const filePath = sqliteFilePath(url, baseDir);
  mkdirSync(path.dirname(filePath), { recursive: true });
  return filePath;
}
