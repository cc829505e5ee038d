/**
 * `npm run bench [-- --parents 50 --rounds 4 --think 0]`: N simulated parents at once, each holding
 * full reserve conversations over HTTP with expectReplies (greeting, request, "oui",
 * answer to any follow-up, check); then the same load on a bare botbuilder echo bot.
 * Prints turns/s, p50/p95/p99 latency and the server's peak RSS for both, and the ratio.
 * Each server runs in its own process; the assistant uses a temporary database.
 * With --think 0 the parents send back-to-back (saturation: throughput); a think time
 * (e.g. --think 1000) shows the latency at a realistic pace of 50 parents typing.
 * `--cpu-prof DIR` writes a CPU profile of each server's measured load (see below).
 *
 * `--database postgresql://…/any --instances 3`: the assistant on a temporary database of
 * that PostgreSQL server (created, then dropped), measured with 1 process, then with N
 * processes sharing it (each message sent to the next process in turn, as a round-robin
 * proxy does: a conversation's turns run on every process), then the assistant on an
 * SQLite file (the embedded default) for comparison, then the echo bot: one table.
 */
import { createDatabase, dropDatabase, temporaryDatabaseName } from '../src/infrastructure/database/temporaryDatabases';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { seedDatabase } from '../prisma/seed/seedDatabase';
import { createTownRules } from '../src/domain/createTownRules';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { applyMigrations } from '../src/infrastructure/migrations/migrator';
import { BotClient } from './lib/botClient';

const NOW = '2026-03-02T09:00:00Z';
/** Opening days that are still open at NOW (school period, March 2026). */
const DAYS = ['mercredi 11 mars', 'jeudi 12 mars', 'vendredi 13 mars', 'lundi 16 mars', 'mardi 17 mars', 'jeudi 19 mars'];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

interface Parent {
  userId: string;
  child: string;
}

interface Figures {
  turns: number;
  seconds: number;
  latencies: number[];
  peakRssMb: number;
  /** Server CPU time (user + system) spent during the measured load, in ms. */
  serverCpuMs: number;
  /** CPU time of this process (the simulated parents' HTTP client) during the load, in ms. */
  clientCpuMs: number;
}

/** `--database URL`: a PostgreSQL server to bench on (a temporary database is made on it). */
function databaseOption(): string | undefined {
  const index = process.argv.indexOf('--database');
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The databases made for this run, dropped at the end. */
const madeDatabases: { server: string; name: string }[] = [];

async function prepareDatabase(dir: string, parents: number, name = 'bench', server: string | null = databaseOption() ?? null): Promise<{ url: string; people: Parent[] }> {
  let url = `file:${path.join(dir, `${name}.db`)}`;
  if (server) {
    const database = temporaryDatabaseName(name);
    url = await createDatabase(server, database);
    madeDatabases.push({ server, name: database });
  }
  await applyMigrations(url);
  const prisma = await createPrismaClient(url);
  await seedDatabase(prisma, createTownRules(), { demo: true });
  const guardians = await prisma.guardian.findMany({ include: { family: { include: { children: true } } }, orderBy: { id: 'asc' } });
  const people: Parent[] = [];
  for (let i = 0; i < parents; i++) {
    const guardian = guardians[i % guardians.length];
    const userId = `bench-parent-${i}`;
    await prisma.channelAccount.create({ data: { channelId: 'bench', channelUserId: userId, guardianId: guardian.id, linkedAt: new Date() } });
    people.push({ userId, child: guardian.family.children[i % guardian.family.children.length].firstName });
  }
  await prisma.$disconnect();
  return { url, people };
}

/**
 * `--cpu-prof DIR`: each server profiles its measured load only (from SIGUSR2, sent after
 * the warm-up, to its stop) and writes DIR/<bot>.cpuprofile; summarise it with
 * `npx tsx scripts/lib/profileSummary.ts DIR/assistant.cpuprofile`.
 */
function profileFile(bot: string): string | undefined {
  const index = process.argv.indexOf('--cpu-prof');
  if (index < 0) return undefined;
  const dir = path.resolve(process.argv[index + 1]);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${bot}.cpuprofile`);
}

function startServer(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const profile = profileFile(args[0]);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'lib', 'benchServer.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: profile ? { ...process.env, BENCH_CPU_PROFILE: profile } : process.env,
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(String(chunk));
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

/** Stops a server (it writes its CPU profile first, if asked), killing it if it lingers. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill();
  });
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Pause between a reply and the parent's next message (--think MS; 0: back-to-back, the saturation test). */
let thinkMs = 0;
const pause = () => (thinkMs > 0 ? new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random()))) : Promise.resolve());

async function conversation(client: BotClient, parent: Parent, round: number, latencies: number[]): Promise<number> {
  const script = ['bonjour', `inscrire ${parent.child} ${DAYS[round % DAYS.length]}`, 'oui'];
  let turns = 0;
  const turn = async (text: string) => {
    await pause();
    const started = performance.now();
    const replies = await client.say(text);
    latencies.push(performance.now() - started);
    turns++;
    return replies;
  };
  let last: Awaited<ReturnType<BotClient['say']>> = [];
  for (const text of script) last = await turn(text);
  // A full day offers the waiting list: answer it, as a parent would.
  if (last.some((reply) => (reply.suggestedActions?.actions ?? []).length > 0)) await turn('non');
  await turn("qu'est-ce que j'ai réservé la semaine prochaine ?");
  return turns;
}

/** Each message to the next server in turn (a round-robin proxy), when there are several. */
class RoundRobinClient extends BotClient {
  private static next = 0;
  constructor(
    private readonly endpoints: string[],
    private readonly user: { channelId: string; userId: string },
  ) {
    super({ endpoint: endpoints[0], ...user });
  }
  override say(text: string) {
    const endpoint = this.endpoints[RoundRobinClient.next++ % this.endpoints.length];
    return new BotClient({ endpoint, ...this.user, conversationId: this.conversationId }).say(text);
  }
}

async function load(ports: number[], people: Parent[], rounds: number, pids: number[]): Promise<Figures> {
  const latencies: number[] = [];
  const endpoints = ports.map((port) => `http://127.0.0.1:${port}/api/messages`);
  const endpoint = endpoints[0];
  const clientFor = (userId: string) => (endpoints.length > 1 ? new RoundRobinClient(endpoints, { channelId: 'bench', userId }) : new BotClient({ endpoint, channelId: 'bench', userId }));
  const pid = pids[0];
  // Warm-up, not measured, the same for both bots: one conversation per family (every
  // query and dialog path compiled once), then one greeting per parent (connections open).
  const firstOfFamily = people.filter((parent, index) => people.findIndex((p) => p.child === parent.child) === index);
  for (const parent of firstOfFamily) await conversation(clientFor(parent.userId), parent, 99, []);
  await Promise.all(people.map((parent) => clientFor(parent.userId).say('bonjour')));
  if (process.argv.includes('--cpu-prof')) process.kill(pid, 'SIGUSR2');
  const serversCpu = () => pids.reduce((sum, p) => sum + cpuMs(p), 0);
  const cpuBefore = serversCpu();
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const counts = await Promise.all(
    people.map(async (parent) => {
      let turns = 0;
      for (let round = 0; round < rounds; round++) {
        turns += await conversation(clientFor(parent.userId), parent, round, latencies);
      }
      return turns;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const serverCpuMs = serversCpu() - cpuBefore;
  const client = process.cpuUsage(clientBefore);
  const clientCpuMs = (client.user + client.system) / 1000;
  const peak = pids.reduce((sum, p) => sum + peakRssMb(p), 0);
  return { turns: counts.reduce((a, b) => a + b, 0), seconds, latencies, peakRssMb: peak, serverCpuMs, clientCpuMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const HEADER = ['bot'.padEnd(10), 'turns'.padStart(6), 'turns/s'.padStart(9), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'peak RSS MB'.padStart(12), 'server CPU'.padStart(11), 'client CPU'.padStart(11)].join(' ');

function row(name: string, f: Figures): string {
  const cells = [
    name.padEnd(10),
    String(f.turns).padStart(6),
    (f.turns / f.seconds).toFixed(1).padStart(9),
    percentile(f.latencies, 50).toFixed(1).padStart(8),
    percentile(f.latencies, 95).toFixed(1).padStart(8),
    percentile(f.latencies, 99).toFixed(1).padStart(8),
    f.peakRssMb.toFixed(0).padStart(12),
    (f.serverCpuMs / f.turns).toFixed(2).padStart(11),
    (f.clientCpuMs / f.turns).toFixed(2).padStart(11),
  ];
  return cells.join(' ');
}

async function main(): Promise<void> {
  const parents = option('parents', 50);
  const rounds = option('rounds', 4);
  thinkMs = option('think', 0);
  const dir = mkdtempSync(path.join(tmpdir(), 'periscolaire-bench-'));
  const servers: ChildProcess[] = [];
  try {
    const instances = option('instances', 1);
    if (instances > 1 && !databaseOption()) throw new Error('--instances N needs --database postgresql://… (one process per SQLite file).');
    const { url, people } = await prepareDatabase(dir, parents);
    const assistantServer = await startServer(['assistant', url, NOW]);
    servers.push(assistantServer.child);
    const assistant = await load([assistantServer.port], people, rounds, [assistantServer.child.pid!]);
    await stopServer(assistantServer.child);
    let several: Figures | undefined;
    if (instances > 1) {
      // A fresh database: the same days open, the same places free, as for one process.
      const fresh = await prepareDatabase(dir, parents, 'bench_cluster');
      const cluster = await Promise.all(Array.from({ length: instances }, () => startServer(['assistant', fresh.url, NOW])));
      servers.push(...cluster.map((server) => server.child));
      several = await load(cluster.map((server) => server.port), fresh.people, rounds, cluster.map((server) => server.child.pid!));
      await Promise.all(cluster.map((server) => stopServer(server.child)));
    }
    let sqlite: Figures | undefined;
    if (databaseOption()) {
      // The embedded default in the same run, for the PostgreSQL vs SQLite comparison.
      const embedded = await prepareDatabase(dir, parents, 'bench_sqlite', null);
      const embeddedServer = await startServer(['assistant', embedded.url, NOW]);
      servers.push(embeddedServer.child);
      sqlite = await load([embeddedServer.port], embedded.people, rounds, [embeddedServer.child.pid!]);
      await stopServer(embeddedServer.child);
    }
    const echoServer = await startServer(['echo']);
    servers.push(echoServer.child);
    const echo = await load([echoServer.port], people, rounds, [echoServer.child.pid!]);

    const ratio = assistant.turns / assistant.seconds / (echo.turns / echo.seconds);
    const p99 = percentile(assistant.latencies, 99);
    const throughput = assistant.turns / assistant.seconds;
    process.stdout.write(
      [
        `${parents} parents at once, ${rounds} reserve conversations each, think time ${thinkMs} ms, HTTP + expectReplies, ${process.platform} ${cpus().length} cores, ${databaseOption() ? 'PostgreSQL' : 'SQLite'}`,
        '',
        HEADER,
        row(databaseOption() ? 'PG 1 proc' : 'assistant', assistant),
        ...(several ? [row(`PG ${option('instances', 1)} procs`, several)] : []),
        ...(sqlite ? [row('SQLite 1', sqlite)] : []),
        row('echo', echo),
        '',
        'server CPU / client CPU: ms of CPU per turn in the bot server / in this process (the parents), during the measured load',
        `throughput ratio assistant/echo: ${(ratio * 100).toFixed(0)} %`,
        // With a think time both bots only serve what the parents send: the ratio says nothing then.
        `targets: p99 < 250 ms ${p99 < 250 ? 'OK' : 'MISSED'}; >= 100 turns/s ${throughput >= 100 ? 'OK' : 'MISSED'}; ratio >= 30 % ${
          thinkMs > 0 ? 'not measured (think time: both bots wait for the parents)' : ratio >= 0.3 ? 'OK' : 'MISSED'
        }`,
        '',
      ].join('\n'),
    );
  } finally {
    await Promise.all(servers.map(stopServer));
    for (const made of madeDatabases) await dropDatabase(made.server, made.name).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
