/**
 * Locks between processes sharing a database (setup, server): refused or awaited while
 * held, and freed when their holder dies, kill -9 included (no stale lock to clean).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { LockBusyError, acquireDatabaseLock } from '../../../src/infrastructure/database/databaseLock';
import { createEmptyDatabase, makeTempDir, testProvider } from '../support/testDatabase';

const ROOT = path.resolve(__dirname, '..', '..', '..');

let dir: string;
let url: string;
let drop: () => Promise<void>;

beforeEach(async () => {
  dir = makeTempDir('periscolaire-lock-');
  ({ url, drop } = await createEmptyDatabase(dir, 'locked'));
});

afterEach(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Another process holding the `setup` lock until it is killed (node itself, so that SIGKILL reaches the holder). */
async function holderProcess(): Promise<{ kill(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'infrastructure', 'support', 'lockHolder.ts'), url, 'setup'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('held') && resolve());
    void exited.then(() => reject(new Error('the holder exited')));
  });
  return {
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe(`database locks (${testProvider()})`, () => {
  it('refuses a second holder at once, lets it wait, and hands the lock over on release', async () => {
    const first = await acquireDatabaseLock(url, 'setup');
    await expect(acquireDatabaseLock(url, 'setup')).rejects.toBeInstanceOf(LockBusyError);
    // Another lock of the same database is independent.
    const server = await acquireDatabaseLock(url, 'server');
    await server.release();

    let waited = false;
    const second = acquireDatabaseLock(url, 'setup', { waitMs: 10_000, onWait: () => (waited = true) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.release();
    await (await second).release();
    expect(waited).toBe(true);
  });

  it('is freed when the process holding it is killed (kill -9)', async () => {
    const holder = await holderProcess();
    await expect(acquireDatabaseLock(url, 'setup')).rejects.toBeInstanceOf(LockBusyError);
    await holder.kill();
    const lock = await acquireDatabaseLock(url, 'setup', { waitMs: 10_000 });
    await lock.release();
  }, 60_000);
});
