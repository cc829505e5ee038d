/** What the server accepts as a request body, before anyone is authenticated. */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync, gzipSync } from 'node:zlib';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';

const NOW = new Date('2026-03-02T09:00:00Z');
let db: TestDatabase;
let running: RunningAssistant | undefined;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await db.drop();
});

const uploadsInTmp = () => readdirSync(tmpdir()).filter((name) => name.startsWith('upload_')).length;

function multipart(bytes: number): { body: Buffer; type: string } {
  const boundary = 'bench-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.alloc(bytes, 97),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

test('a multipart upload is never written to disk, on the bot endpoint or the console', async () => {
  running = await startAssistant(db, () => NOW);
  const before = uploadsInTmp();
  const { body, type } = multipart(2 * 1024 * 1024);
  for (const path of ['/api/messages', '/staff/login']) {
    const response = await fetch(`${running.base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBeGreaterThanOrEqual(400);
  }
  expect(uploadsInTmp()).toBe(before);
});

test('an authenticated deployment takes activities of at most 1 MB; the console, forms of 64 KB', async () => {
  running = await startAssistant(db, () => NOW, { env: { MicrosoftAppId: '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b', MicrosoftAppPassword: 'secret' } });
  const big = JSON.stringify({ type: 'message', text: 'a'.repeat(1_200_000) });
  const activity = await fetch(`${running.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
  expect(activity.status).toBe(413);
  const form = await fetch(`${running.base}/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `email=a&password=${'b'.repeat(70_000)}`,
  });
  expect(form.status).toBe(413);
});

describe('compressed bodies are refused before anything reads them', () => {
  const routes = ['/api/messages', '/staff/login', '/webchat/local/v3/conversations/c1/activities', '/api/directline/token'];
  // 10 MB of zeros: about 10 KB of gzip, well under every body limit before inflating.
  const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20));

  test.each([
    ['a body that is not gzip', Buffer.from('x'), 'gzip'],
    ['a gzip bomb', bomb, 'gzip'],
    ['deflate', deflateSync(Buffer.from('{"type":"message"}')), 'deflate'],
    ['an unknown encoding', Buffer.from('{}'), 'br'],
  ])('%s gets 415 on every route, and the assistant keeps answering (local mode)', async (_name, body, encoding) => {
    running = await startAssistant(db, () => NOW);
    for (const path of routes) {
      const response = await fetch(`${running.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body,
      });
      expect({ path, status: response.status }).toEqual({ path, status: 415 });
      expect((await response.text()).length).toBeLessThan(200);
    }
    expect((await fetch(`${running.base}/healthz`)).status).toBe(200);
  });

  test('with an app id set too, before authentication', async () => {
    running = await startAssistant(db, () => NOW, { env: { MicrosoftAppId: '2f1c3a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b', MicrosoftAppPassword: 'secret' } });
    for (const path of ['/api/messages', '/staff/login']) {
      const response = await fetch(`${running.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: Buffer.from('x'),
      });
      expect(response.status).toBe(415);
    }
    expect((await fetch(`${running.base}/healthz`)).status).toBe(200);
  });
});
