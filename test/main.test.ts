/**
 * The entry point (`npm start` runs it after migrating and seeding): one assistant per
 * embedded SQLite file. A second one on the same file refuses to start, at once, saying
 * why and what to do; the first one goes on serving.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { generateDocumentsKey } from '../src/documents/documentsKey';
import { sqliteFilePath } from '../src/infrastructure/database/databaseUrl';
import type { TestDatabase } from './infrastructure/support/testDatabase';
import { createTestDatabase, testProvider } from './infrastructure/support/testDatabase';

const ROOT = path.resolve(__dirname, '..');

interface Started {
  exited: Promise<number | null>;
  stderr(): string;
  kill(signal: NodeJS.Signals): void;
}

function startMain(env: NodeJS.ProcessEnv): Started {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, MicrosoftAppId: '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { exited, stderr: () => stderr, kill: (signal) => child.kill(signal) };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

(testProvider() === 'sqlite' ? describe : describe.skip)('npm start on an embedded SQLite file', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    await db.prisma.$disconnect();
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('refuses a second assistant on the same file, saying why and what to do, while the first one goes on', async () => {
    const env = { DATABASE_URL: db.url, DATA_DIR: path.join(db.dir, 'data'), DOCUMENTS_KEY: generateDocumentsKey() };
    const first = startMain(env);
    try {
      await waitFor(() => first.stderr().includes('Assistant périscolaire prêt.'), 90_000);

      const second = startMain(env);
      const code = await Promise.race([second.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 60_000))]);
      if (code === 'still running') second.kill('SIGKILL');

      expect(code).toBe(1);
      expect(second.stderr()).toContain(`Démarrage impossible : un autre assistant utilise déjà la base SQLite ${sqliteFilePath(db.url)}`);
      expect(second.stderr()).toContain('PostgreSQL');
      expect(second.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      first.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
  }, 180_000);
});
