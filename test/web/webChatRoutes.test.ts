import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { registerWebChatRoutes, type WebChatOptions } from '../../src/web/webChatRoutes';

async function startServer(options: WebChatOptions) {
  const server = restify.createServer();
  server.use(restify.plugins.queryParser());
  registerWebChatRoutes(server, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('web chat page', () => {
  it('serves a French page and the Web Chat bundle from the package, not a CDN', async () => {
    const { base, close } = await startServer({});
    try {
      const page = await fetch(`${base}/`);
      const html = await page.text();
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toMatch(/<html lang="fr">/);
      expect(html).toMatch(/Service périscolaire de Joinville-le-Pont/);
      expect(html).not.toMatch(/https?:\/\/cdn/);
      const bundle = await fetch(`${base}/webchat/webchat.js`);
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
      expect(await (await fetch(`${base}/webchat/config`)).json()).toEqual({ mode: 'local' });
    } finally {
      await close();
    }
  });

  it('keeps proactive messages of the local bridge until the page fetches them, once', async () => {
    const { base, close } = await startServer({});
    try {
      const post = await fetch(`${base}/webchat/local/v3/conversations/local-abc/activities`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'Bonjour, ici le service périscolaire.' }),
      });
      expect(post.status).toBe(200);
      const first = (await (await fetch(`${base}/webchat/local/pending?conversationId=local-abc`)).json()) as { activities: unknown[] };
      expect(first.activities).toEqual([{ type: 'message', text: 'Bonjour, ici le service périscolaire.' }]);
      const second = (await (await fetch(`${base}/webchat/local/pending?conversationId=local-abc`)).json()) as { activities: unknown[] };
      expect(second.activities).toEqual([]);
    } finally {
      await close();
    }
  });

  it('exchanges the Direct Line secret for a token without ever sending the secret to the page', async () => {
    const calls: { url: string; authorization: string | null; body: string }[] = [];
    const fakeDirectLine: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization'), body: String(init?.body) });
      return new Response(JSON.stringify({ token: 'short-lived-token', expires_in: 3600 }), { status: 200 });
    };
    const { base, close } = await startServer({ directLineSecret: 'very-secret', fetch: fakeDirectLine });
    try {
      expect(await (await fetch(`${base}/webchat/config`)).json()).toEqual({ mode: 'directline' });
      const response = await fetch(`${base}/api/directline/token`, { method: 'POST' });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).not.toContain('very-secret');
      const body = JSON.parse(text);
      expect(body.token).toBe('short-lived-token');
      expect(body.userId).toMatch(/^dl_[0-9a-f]{32}$/);
      expect(calls[0].authorization).toBe('Bearer very-secret');
      expect(JSON.parse(calls[0].body)).toEqual({ user: { id: body.userId } });
      // The local bridge's connector endpoint does not exist in Direct Line mode.
      const local = await fetch(`${base}/webchat/local/pending?conversationId=x`);
      expect(local.status).toBe(404);
    } finally {
      await close();
    }
  });

  it('answers 502 with a clear error when Direct Line refuses the secret', async () => {
    const refusing: typeof fetch = async () => new Response('{}', { status: 403 });
    const { base, close } = await startServer({ directLineSecret: 'wrong', fetch: refusing });
    try {
      const response = await fetch(`${base}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { error: string }).error).toMatch(/403/);
    } finally {
      await close();
    }
  });
});

describe('a parent who comes back to the page', () => {
  it('keeps the same Direct Line user id through a signed cookie, and refuses a forged one', async () => {
    const users: string[] = [];
    const directLine: typeof fetch = async (_url, init) => {
      users.push((JSON.parse(String(init?.body)) as { user: { id: string } }).user.id);
      return new Response(JSON.stringify({ token: 't', expires_in: 3600 }), { status: 200 });
    };
    const { base, close } = await startServer({ directLineSecret: 'very-secret', fetch: directLine });
    try {
      const first = await fetch(`${base}/api/directline/token`, { method: 'POST' });
      const cookie = first.headers.getSetCookie()[0];
      expect(cookie).toMatch(/HttpOnly/);
      const pair = cookie.split(';')[0];
      await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { cookie: pair } });
      expect(users[1]).toBe(users[0]);
      const forged = pair.replace(/dl_[0-9a-f]{4}/, 'dl_0000');
      await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { cookie: forged } });
      expect(users[2]).not.toBe(users[0]);
    } finally {
      await close();
    }
  });
});

describe('an authenticated deployment without a Direct Line secret', () => {
  it('offers no local bridge: the page says the chat is unavailable', async () => {
    const { base, close } = await startServer({ localBridge: false });
    try {
      expect(await (await fetch(`${base}/webchat/config`)).json()).toEqual({ mode: 'unavailable' });
      const post = await fetch(`${base}/webchat/local/v3/conversations/x/activities`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(404);
    } finally {
      await close();
    }
  });
});
