/**
 * `npm run db:backup [-- --to FILE]`: a consistent copy of the SQLite database of
 * DATABASE_URL, taken while the assistant serves (SQLite's online backup API), by default
 * in `backups/` beside the database. On PostgreSQL it says to use pg_dump.
 */
import { UsageError, runCommand } from '../src/cli/runCommand';
import { backupSqlite, defaultBackupPath } from '../src/infrastructure/database/backup';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';

runCommand(async (args) => {
  const index = args.indexOf('--to');
  if (index >= 0 && !args[index + 1]) throw new UsageError('usage : npm run db:backup [-- --to FICHIER]');
  const url = databaseUrlFromEnv();
  const { file, pages } = await backupSqlite(url, index >= 0 ? args[index + 1] : defaultBackupPath(url, new Date()));
  console.log(`Sauvegarde écrite : ${file} (${pages} pages).`);
});
