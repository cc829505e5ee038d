/**
 * Whatever is posted before anyone is authenticated, the assistant answers 4xx with a
 * short body, writes one JSON log line, and prints nothing else (no stack trace).
 */
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';
import { StaffBrowser } from './support/staffBrowser';

const NOW = new Date('2026-03-02T09:00:00Z');
const APP = { MicrosoftAppId: '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b', MicrosoftAppPassword: 'secret' };
let db: TestDatabase;
let running: RunningAssistant;
let logLines: string[];
const printed = jest.fn();

beforeEach(async () => {
  db = await createTestDatabase();
  jest.spyOn(console, 'error').mockImplementation(printed);
  jest.spyOn(console, 'warn').mockImplementation(printed);
  printed.mockClear();
});
afterEach(async () => {
  await running.stop();
  await db.drop();
  jest.restoreAllMocks();
});

async function start(env: NodeJS.ProcessEnv): Promise<void> {
  logLines = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  running = await startAssistant(db, () => NOW, { env, logger: createLogger({ level: 'info', destination }) });
  // What start-up said is not the requests'.
  logLines.length = 0;
}

function valid(base: string): Record<string, unknown> {
  return {
    type: 'message', id: 'm1', text: 'bonjour', channelId: 'webchat', serviceUrl: `${base}/webchat/local`, deliveryMode: 'expectReplies',
    from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c1' },
  };
}

const MALFORMED: Array<[string, (activity: Record<string, unknown>) => unknown]> = [
  ['no type', ({ type: _type, ...rest }) => rest],
  ['a number as type', (a) => ({ ...a, type: 5 })],
  ['an empty type', (a) => ({ ...a, type: '' })],
  ['a number as serviceUrl', (a) => ({ ...a, serviceUrl: 5 })],
  ['serviceUrl not a URL', (a) => ({ ...a, serviceUrl: 'not a url' })],
  ['an object as conversation id', (a) => ({ ...a, conversation: { id: {} } })],
  ['no conversation', ({ conversation: _c, ...rest }) => rest],
  ['a number as text', (a) => ({ ...a, text: 5 })],
  ['a string as attachments', (a) => ({ ...a, attachments: 'x' })],
  ['an attachment without contentType', (a) => ({ ...a, attachments: [{ contentUrl: 'data:,x' }] })],
  ['a 600 KB conversation id', (a) => ({ ...a, conversation: { id: 'c'.repeat(600_000) } })],
  ['a 10,000-character user id', (a) => ({ ...a, from: { id: 'u'.repeat(10_000) } })],
  ['a 1,000-character channel id', (a) => ({ ...a, channelId: 'w'.repeat(1_000) })],
  ['an array', () => [1, 2]],
  ['null', () => null],
  ['a string', () => 'activity'],
];

describe.each([
  ['unauthenticated (local) mode', { MicrosoftAppId: '' }],
  ['with an app id, before authentication', APP],
])('%s', (_mode, env) => {
  test.each(MALFORMED)('an activity with %s gets a 400 with a short body and one JSON log line', async (_name, malform) => {
    await start(env);
    const body = JSON.stringify(malform(valid(running.base)));
    const response = await fetch(`${running.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(100);
    expect(logLines).toHaveLength(1);
    const line = JSON.parse(logLines[0]);
    expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/api/messages', status: 400 });
    expect(logLines[0].length).toBeLessThan(1_000);
    expect(printed).not.toHaveBeenCalled();
  });

  test('bad JSON, a wrong method and an unknown route get short answers, one line each', async () => {
    await start(env);
    const answers = [
      await fetch(`${running.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' }),
      await fetch(`${running.base}/api/messages`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }),
      await fetch(`${running.base}/${'x'.repeat(5_000)}`),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 405, 404]);
    for (const answer of answers) expect((await answer.text()).length).toBeLessThan(100);
    expect(logLines).toHaveLength(3);
    expect(logLines.every((line) => line.length < 1_000 && JSON.parse(line).msg === 'request')).toBe(true);
    expect(printed).not.toHaveBeenCalled();
  });
});

test('an unsigned activity to an authenticated assistant: 401, a short body, one line, no stack trace', async () => {
  await start(APP);
  const response = await fetch(`${running.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...valid(running.base), serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
  });
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ error: 'unauthorized' });
  expect(logLines).toHaveLength(1);
  expect(JSON.parse(logLines[0])).toMatchObject({ status: 401, conversationId: 'c1', problem: expect.stringMatching(/^unauthorized/) });
  expect(printed).not.toHaveBeenCalled();
});

test('the console answers 404 to ids that are not ticket numbers, never a database message', async () => {
  await start({ MicrosoftAppId: '' });
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie', 'mot de passe du service', NOW);
  const staff = new StaffBrowser(running.base);
  await staff.login('agent@joinvillelepont.fr', 'mot de passe du service');
  await staff.get('/staff');
  for (const id of ['abc', '99999999999999999999', '1e3', '-1', '0', '9'.repeat(5_000)]) {
    for (const path of [`/staff/conversations/${id}`, `/staff/conversations/${id}/transcript`]) {
      const response = await staff.fetch(path);
      const text = await response.text();
      expect({ path: path.slice(0, 60), status: response.status }).toEqual({ path: path.slice(0, 60), status: 404 });
      expect(text).not.toMatch(/prisma|invocation|sqlite|out of range/i);
    }
    expect(await staff.post(`/staff/conversations/${id}/take`)).toBe(404);
  }
});

test('HEAD on / and /healthz answers 200; /staff/ leads to the console', async () => {
  await start({ MicrosoftAppId: '' });
  for (const path of ['/', '/healthz']) {
    const response = await fetch(`${running.base}${path}`, { method: 'HEAD' });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
  }
  const slash = await fetch(`${running.base}/staff/`, { redirect: 'manual' });
  expect(slash.status).toBe(301);
  expect(slash.headers.get('location')).toBe('/staff');
  expect((await fetch(`${running.base}//evil.example/`, { redirect: 'manual' })).headers.get('location')).toBe('/evil.example');
});

test('behind HTTPS, browsers are told to stay on HTTPS (HSTS)', async () => {
  await start({ ...APP, PUBLIC_ORIGIN: 'https://assistant.joinvillelepont.fr' });
  expect((await fetch(`${running.base}/healthz`)).headers.get('strict-transport-security')).toBe('max-age=31536000');
  await running.stop();
  await start({ ...APP, TRUST_PROXY: '1' });
  expect((await fetch(`${running.base}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  expect((await fetch(`${running.base}/healthz`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBe('max-age=31536000');
});
