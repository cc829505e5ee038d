/** `npm run db:migrate`: applies the pending migrations to DATABASE_URL (offline). */
import { databaseUrlFromEnv, sqliteFilePath } from '../src/infrastructure/database/databaseUrl';
import { runCommand } from '../src/infrastructure/cli/runCommand';
import { applyMigrations } from '../src/infrastructure/migrations/migrator';

runCommand(async () => {
  const url = databaseUrlFromEnv();
  const applied = await applyMigrations(url);
  const target = sqliteFilePath(url);
  if (applied.length === 0) console.log(`${target}: already up to date.`);
  else console.log(`${target}: applied ${applied.length} migration(s):\n${applied.map((n) => `  - ${n}`).join('\n')}`);
});
