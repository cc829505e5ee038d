/**
 * What a town's IT reads of a running assistant: /metrics for Prometheus on a listener of
 * its own (token when published beyond the machine), a request id from the reverse
 * proxy's log to every line of the turn, and /healthz saying "stopping" during a
 * graceful shutdown.
 */
import { Writable } from 'node:stream';
import { BotClient } from '../../scripts/lib/botClient';
import { createLogger } from '../../src/server/logger';
import { MetricsSettingsError, readMetricsSettings, startMetricsServer } from '../../src/server/metricsServer';
import type { MetricsServer } from '../../src/server/metricsServer';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
const TOKEN = 'jeton-de-supervision-assez-long';
let db: TestDatabase;
let running: RunningAssistant;
let metricsServer: MetricsServer;
let logLines: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  logLines = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  running = await startAssistant(db, () => NOW, { logger: createLogger({ level: 'info', destination }) });
  metricsServer = await startMetricsServer(running.assistant.metrics, { port: 0, host: '127.0.0.1', token: TOKEN });
});
afterAll(async () => {
  await metricsServer.close();
  await running.stop();
  await db.drop();
});

async function scrape(token = TOKEN): Promise<Response> {
  return fetch(`http://127.0.0.1:${metricsServer.port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
}

/** The value of one sample line, e.g. `periscolaire_turns_total{outcome="ok"}`. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

test('/metrics counts turns and their latency, and reads the outbox, the open tickets and the notices pending', async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'test', channelUserId: 'metrics-parent', guardianId: guardian.id, linkedAt: NOW } });
  const parent = new BotClient({ endpoint: `${running.base}/api/messages`, channelId: 'test', userId: 'metrics-parent' });
  await parent.say('bonjour');
  await parent.say("qu'est-ce que j'ai réservé ?");
  await parent.say("je voudrais parler à quelqu'un");

  const response = await scrape();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  expect(sample(text, 'periscolaire_turns_total{outcome="ok"}')).toBe(3);
  expect(sample(text, 'periscolaire_turn_duration_seconds_count')).toBe(3);
  expect(sample(text, 'periscolaire_handoff_open_tickets{status="waiting"}')).toBe(1);
  expect(sample(text, 'periscolaire_outbox_depth')).toBeGreaterThanOrEqual(0);
  expect(sample(text, 'periscolaire_notifications_pending{status="pending"}')).toBe(0);
  expect(text).toContain('periscolaire_process_resident_memory_bytes');
});

test('/metrics wants its token, and is not on the public port', async () => {
  expect((await scrape('mauvais-jeton-de-supervision-xx')).status).toBe(401);
  expect((await fetch(`http://127.0.0.1:${metricsServer.port}/metrics`)).status).toBe(401);
  expect((await fetch(`${running.base}/metrics`)).status).toBe(404);
});

test('METRICS_*: off unless asked, loopback by default, a token required beyond this machine', () => {
  expect(readMetricsSettings({})).toBeUndefined();
  expect(readMetricsSettings({ METRICS_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1', token: undefined });
  expect(() => readMetricsSettings({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toThrow(MetricsSettingsError);
  expect(() => readMetricsSettings({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toThrow(/METRICS_TOKEN/);
  expect(readMetricsSettings({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5', METRICS_TOKEN: TOKEN })).toMatchObject({ host: '10.0.0.5' });
  expect(() => readMetricsSettings({ METRICS_PORT: 'neuf' })).toThrow(/METRICS_PORT/);
});

test("the reverse proxy's request id is answered back and written on every line of the turn", async () => {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'test', channelUserId: 'traced-parent', guardianId: guardian.id, linkedAt: NOW } });
  const parent = new BotClient({ endpoint: `${running.base}/api/messages`, channelId: 'test', userId: 'traced-parent', headers: { 'x-request-id': 'proxy-7f3a9c' } });
  logLines.length = 0;
  await parent.say("je voudrais parler à quelqu'un");
  const lines = logLines.map((line) => JSON.parse(line) as { requestId?: string; msg: string });
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.find((line) => line.msg === 'request')?.requestId).toBe('proxy-7f3a9c');
  for (const line of lines) expect(line.requestId).toBe('proxy-7f3a9c');

  const made = await fetch(`${running.base}/healthz`, { headers: { 'x-request-id': 'bad id "with quotes"' } });
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('/healthz says "stopping" once a graceful shutdown began, so the proxy sends parents elsewhere', async () => {
  expect((await fetch(`${running.base}/healthz`)).status).toBe(200);
  running.assistant.markStopping();
  const response = await fetch(`${running.base}/healthz`);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ status: 'stopping' });
});
