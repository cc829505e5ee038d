import http from 'node:http';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { registerWebChatRoutes, type WebChatOptions } from '../../src/web/webChatRoutes';
import { LocalBridge } from '../../src/web/localBridge';

/** What the page does first on the local bridge: a conversation bound to its cookie. */
async function openPage(base: string): Promise<{ cookie: string; conversationId: string }> {
  const response = await fetch(`${base}/webchat/local/conversations`, { method: 'POST' });
  expect(response.status).toBe(200);
  const [setCookie] = response.headers.getSetCookie();
  expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
  const { conversationId } = (await response.json()) as { conversationId: string };
  return { cookie: setCookie.split(';')[0], conversationId };
}

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

  it("keeps proactive messages of the local bridge for the page that owns the conversation, until it fetches them, once", async () => {
    const bridge = new LocalBridge();
    const { base, close } = await startServer({ bridge });
    try {
      const page = await openPage(base);
      const other = await openPage(base);
      const connector = `${base}/webchat/local/${bridge.connectorKey}/v3/conversations/${page.conversationId}/activities`;
      const post = await fetch(connector, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'Bonjour, ici le service périscolaire.' }),
      });
      expect(post.status).toBe(200);
      const pending = (cookie?: string) =>
        fetch(`${base}/webchat/local/pending?conversationId=${page.conversationId}`, { headers: cookie ? { cookie } : {} });
      // Another local caller, with no cookie or another page's, neither reads nor consumes them.
      expect((await pending()).status).toBe(403);
      expect((await pending(other.cookie)).status).toBe(403);
      const first = (await (await pending(page.cookie)).json()) as { activities: unknown[] };
      expect(first.activities).toEqual([{ type: 'message', text: 'Bonjour, ici le service périscolaire.' }]);
      const second = (await (await pending(page.cookie)).json()) as { activities: unknown[] };
      expect(second.activities).toEqual([]);
    } finally {
      await close();
    }
  });

  it("takes the assistant's messages for a page only on the secret connector address: a local caller cannot inject one", async () => {
    const bridge = new LocalBridge();
    const { base, close } = await startServer({ bridge });
    try {
      const page = await openPage(base);
      const forged = { type: 'message', text: 'Votre code : 123456, écrivez-le sur ce site…' };
      for (const path of [`/webchat/local/v3/conversations/${page.conversationId}/activities`, `/webchat/local/wrong-key/v3/conversations/${page.conversationId}/activities`]) {
        const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(forged) });
        expect(response.status).toBe(404);
      }
      const pending = await fetch(`${base}/webchat/local/pending?conversationId=${page.conversationId}`, { headers: { cookie: page.cookie } });
      expect(((await pending.json()) as { activities: unknown[] }).activities).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses a cross-site request for a conversation', async () => {
    const { base, close } = await startServer({});
    try {
      const response = await fetch(`${base}/webchat/local/conversations`, { method: 'POST', headers: { origin: 'https://evil.example' } });
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
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
      const post = await fetch(`${base}/webchat/local/conversations`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(404);
    } finally {
      await close();
    }
  });
});

describe('the Direct Line token', () => {
  const directLine: typeof fetch = async () => new Response(JSON.stringify({ token: 't', expires_in: 3600 }), { status: 200 });

  it('is refused to a cross-site request', async () => {
    const { base, close } = await startServer({ directLineSecret: 'very-secret', fetch: directLine });
    try {
      const crossSite = await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
      expect(crossSite.status).toBe(403);
      expect(crossSite.headers.getSetCookie()).toEqual([]);
      const sameSite = await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { origin: base } });
      expect(sameSite.status).toBe(200);
    } finally {
      await close();
    }
  });

  it('is refused with 429 when the client has had too many', async () => {
    let left = 2;
    const { base, close } = await startServer({ directLineSecret: 'very-secret', fetch: directLine, allowTokenRequest: async () => left-- > 0 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/api/directline/token`, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await close();
    }
  });
});

describe('static files', () => {
  it('sends Web Chat compressed as the browser accepts, with an ETag that gives a 304', async () => {
    const { base, close } = await startServer({});
    try {
      const plain = await fetch(`${base}/webchat/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
      const size = (await plain.arrayBuffer()).byteLength;
      for (const encoding of ['br', 'gzip']) {
        const response = await rawGet(base, '/webchat/webchat.js', { 'accept-encoding': encoding });
        expect(response.headers['content-encoding']).toBe(encoding);
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.bytes).toBeLessThan(size / 3);
      }
      const etag = plain.headers.get('etag')!;
      expect(plain.headers.get('cache-control')).toBe('public, max-age=86400');
      const again = await fetch(`${base}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    } finally {
      await close();
    }
  });

  it('answers HEAD on the page, and gives a favicon', async () => {
    const { base, close } = await startServer({});
    try {
      const head = await fetch(`${base}/`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toMatch(/text\/html/);
      expect(await head.text()).toBe('');
      const icon = await fetch(`${base}/favicon.ico`);
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
      expect(await (await fetch(`${base}/`)).text()).toContain('<link rel="icon" href="/favicon.svg"');
    } finally {
      await close();
    }
  });
});

/** A GET that does not decompress (fetch would): the headers and the size on the wire. */
function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ headers: response.headers, bytes }));
      })
      .on('error', reject);
  });
}
