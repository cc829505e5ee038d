/**
 * Fuzz, bounded and seeded: a few thousand malformed activities and bodies (wrong types,
 * missing or oversized fields, truncated or binary JSON, compressed bodies, forms and
 * paths the routes refuse) posted to the real assistant process (`src/main.ts`), in
 * unauthenticated local mode and with an app id. The process must stay alive, answer
 * each one 4xx with a short body, write exactly one JSON log line per request (and
 * nothing on standard error), and leave a database that passes PRAGMA integrity_check (amcheck on PostgreSQL).
 *
 * FUZZ_SEED and FUZZ_REQUESTS change the draw (default: a fixed seed, 2,000 per mode).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { removeDemoData } from '../../prisma/seed/demoData';
import { generateDocumentsKey } from '../../src/documents/documentsKey';
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';
import { providerOf } from '../../src/infrastructure/database/databaseUrl';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { fuzzRequests, type FuzzRequest } from './support/fuzzCases';

const ROOT = path.resolve(__dirname, '../..');
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2_000);
const CONCURRENCY = 16;
/** What must never reach a client: stack frames, library or database messages. */
const INTERNAL_TEXT = /\bat \S+ \(|Error:|prisma|sqlite|invocation|TypeError|is not a function/i;

jest.setTimeout(120_000);

interface RunningProcess {
  child: ChildProcess;
  base: string;
  stdout: string[];
  stderr: string[];
}

/** Starts `src/main.ts` as `npm start` does (after migrate and seed), and waits for "assistant ready". */
function startProcess(env: NodeJS.ProcessEnv): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: RunningProcess = { child, base: '', stdout: [], stderr: [] };
  const lines = (target: string[]) => {
    let rest = '';
    return (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      target.push(...parts);
    };
  };
  child.stdout!.on('data', lines(running.stdout));
  child.stderr!.on('data', lines(running.stderr));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = running.stdout.map((line) => safeJson(line)).find((line) => line?.msg === 'assistant ready');
      if (ready) {
        clearInterval(timer);
        running.base = new URL(String(ready.endpoint)).origin;
        resolve(running);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the assistant exited (${code}) before it was ready:\n${running.stderr.join('\n')}`));
    });
  });
}

function safeJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

interface Answer {
  request: FuzzRequest;
  status: number;
  body: string;
}

async function send(base: string, request: FuzzRequest): Promise<Answer> {
  try {
    const response = await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
    return { request, status: response.status, body: await response.text() };
  } catch (error) {
    return { request, status: 0, body: String((error as Error).cause ?? error) };
  }
}

async function sendAll(base: string, requests: FuzzRequest[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) answers.push(await send(base, requests[next++]));
    }),
  );
  return answers;
}

async function stop(running: RunningProcess): Promise<void> {
  if (running.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    running.child.once('exit', () => resolve());
    running.child.kill('SIGTERM');
  });
}

/**
 * SQLite: PRAGMA integrity_check. PostgreSQL: amcheck verifies every B-tree index of the
 * schema against its table (an error is thrown on corruption), and the tables still read.
 */
async function integrity(url: string): Promise<string> {
  const prisma = await createPrismaClient(url);
  try {
    if (providerOf(url) === 'sqlite') {
      const rows = await prisma.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
      return rows.map((row) => row.integrity_check).join('\n');
    }
    await prisma.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS amcheck');
    const checked = await prisma.$queryRawUnsafe<Array<{ indexes: bigint | number }>>(
      `SELECT count(bt_index_check(c.oid, true)) AS indexes
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_am am ON am.oid = c.relam
        WHERE am.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace`,
    );
    return Number(checked[0]?.indexes) > 0 ? 'ok' : 'no index checked';
  } finally {
    await prisma.$disconnect();
  }
}

const MODES: Array<[string, (db: TestDatabase) => Promise<NodeJS.ProcessEnv>, number]> = [
  ['unauthenticated local mode', async (db) => ({ NODE_ENV: 'development', DATABASE_URL: db.url, DATA_DIR: db.dir }), 15 * 1024 * 1024],
  [
    'with an app id',
    async (db) => {
      // Production refuses the demo data (and needs its mail relay and documents key, never used here).
      await removeDemoData(db.prisma);
      return {
        DATABASE_URL: db.url,
        DATA_DIR: db.dir,
        HOST: '127.0.0.1',
        MicrosoftAppId: '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b',
        MicrosoftAppPassword: 'secret',
        SMTP_URL: 'smtp://127.0.0.1:9',
        MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>',
        DOCUMENTS_KEY: generateDocumentsKey(),
      };
    },
    1024 * 1024,
  ],
];

describe.each(MODES)('fuzz, %s', (_mode, environment, maxActivityBytes) => {
  let db: TestDatabase;
  let running: RunningProcess | undefined;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    if (running) await stop(running);
    await db.drop();
  });

  test(`${REQUESTS} malformed requests: the process lives, every answer is a short 4xx, one JSON log line each, the database intact`, async () => {
    const env = await environment(db);
    running = await startProcess(env);
    const startupLines = running.stdout.length;
    const startupErrors = running.stderr.length;
    const requests = fuzzRequests(SEED, REQUESTS, { base: running.base, maxActivityBytes, open: !env.MicrosoftAppId });

    const answers = await sendAll(running.base, requests);

    // Short: a one-line JSON error, or the console's log-in page for a person (about 1.5 KB); never an internal message.
    const wrong = answers.filter(
      (answer) => answer.status < 400 || answer.status > 499 || answer.body.length > 4_096 || INTERNAL_TEXT.test(answer.body),
    );
    expect(wrong.slice(0, 5).map((a) => ({ kind: a.request.kind, path: a.request.path.slice(0, 80), status: a.status, body: a.body.slice(0, 300) }))).toEqual([]);
    expect(answers.filter((answer) => answer.body.length > 200 && !answer.body.startsWith('<!doctype html>'))).toEqual([]);
    expect(running.child.exitCode).toBeNull();
    expect((await fetch(`${running.base}/healthz`)).status).toBe(200);

    // One line per request (the health check's included), all JSON, none an error; nothing on standard error.
    const deadline = Date.now() + 5_000;
    const requestLines = () => running!.stdout.slice(startupLines).filter((line) => safeJson(line)?.msg === 'request');
    while (requestLines().length < requests.length + 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const written = running.stdout.slice(startupLines).filter(Boolean);
    expect(written.filter((line) => safeJson(line) === undefined)).toEqual([]);
    expect(requestLines()).toHaveLength(requests.length + 1);
    expect(written).toHaveLength(requests.length + 1);
    expect(written.filter((line) => Number(safeJson(line)?.level) >= 50)).toEqual([]);
    expect(running.stderr.slice(startupErrors).filter(Boolean)).toEqual([]);

    await stop(running);
    expect(running.child.exitCode).toBe(0);
    expect(await integrity(db.url)).toBe('ok');
  });
});
