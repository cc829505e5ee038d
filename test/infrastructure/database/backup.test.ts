/** `npm run db:backup`: a copy of the SQLite database taken while it is written to, complete and readable. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupNotHereError, backupSqlite, defaultBackupPath } from '../../../src/infrastructure/database/backup';
import { createTestDatabase, testProvider } from '../support/testDatabase';
import type { TestDatabase } from '../support/testDatabase';

const ROOT = path.resolve(__dirname, '../../..');

(testProvider() === 'sqlite' ? describe : describe.skip)('SQLite online backup', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
  });
  afterAll(async () => {
    await db.destroy();
  });

  test('copies every row, even with writes going on during the copy', async () => {
    const guardians = await db.prisma.guardian.count();
    const writes = Promise.all(Array.from({ length: 50 }, (_, i) => db.prisma.attemptRecord.create({ data: { key: `during-backup-${i}`, at: new Date() } })));
    const target = path.join(db.dir, 'copy', 'backup.db');
    const [{ file, pages }] = await Promise.all([backupSqlite(db.url, target), writes]);
    expect(pages).toBeGreaterThan(0);
    const copy = new Database(file, { readonly: true });
    try {
      expect((copy.prepare('SELECT COUNT(*) AS n FROM "Guardian"').get() as { n: number }).n).toBe(guardians);
      expect((copy.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    } finally {
      copy.close();
    }
  });

  test('npm run db:backup writes beside the database by default, and says where', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'db-backup.ts'), '--to', path.join(db.dir, 'cli.db')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Sauvegarde écrite : ${path.join(db.dir, 'cli.db')}`);
    expect(run.status).toBe(0);
    expect(defaultBackupPath('file:/srv/periscolaire/periscolaire.db', new Date('2026-12-01T03:04:05Z'))).toBe('/srv/periscolaire/backups/periscolaire-20261201-030405.db');
  });
});

test('on PostgreSQL it says to use pg_dump', async () => {
  await expect(backupSqlite('postgresql://postgres@127.0.0.1:5432/periscolaire', '/tmp/x.db')).rejects.toThrow(BackupNotHereError);
  await expect(backupSqlite('postgresql://postgres@127.0.0.1:5432/periscolaire', '/tmp/x.db')).rejects.toThrow(/pg_dump/);
});
