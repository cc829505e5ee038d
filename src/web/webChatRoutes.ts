/**
 * The web chat page (GET /) and what it needs: the Web Chat bundle served from the
 * botframework-webchat package (no CDN), the page's scripts, and one of two ways to
 * reach the assistant:
 * - Azure Direct Line in production: the server exchanges DIRECT_LINE_SECRET for a
 *   short-lived token; the secret never reaches the browser;
 * - the local bridge otherwise: the page posts to /api/messages with expectReplies, and
 *   messages the assistant sends later (a staff reply) arrive through a small Bot
 *   Connector endpoint under /webchat/local that the page polls.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { bodyOptions } from '../server/bodyOptions';
import type { Request, Response, Server } from 'restify';

export interface WebChatOptions {
  /** Azure Direct Line secret; when absent the local bridge is used. */
  directLineSecret?: string;
  /** Direct Line endpoint (Europe or global). */
  directLineEndpoint?: string;
  /**
   * Whether the local bridge may be offered when there is no Direct Line secret: only
   * when the assistant runs without Bot Framework authentication (local use, 127.0.0.1).
   * Default true.
   */
  localBridge?: boolean;
  /** Secure cookies (HTTPS, production). */
  secureCookies?: boolean;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

const USER_COOKIE = 'periscolaire_web_user';

function signature(userId: string, secret: string): string {
  return createHmac('sha256', secret).update(`web-user:${userId}`).digest('base64url');
}

/** The parent's Direct Line user id from the page's signed cookie, when the signature holds. */
export function userIdFromCookie(header: string | undefined, secret: string): string | undefined {
  const value = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${USER_COOKIE}=`))
    ?.slice(USER_COOKIE.length + 1);
  if (!value) return undefined;
  const [userId, mac] = value.split('.');
  if (!userId || !mac || !/^dl_[0-9a-f]{32}$/.test(userId)) return undefined;
  const expected = Buffer.from(signature(userId, secret));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : undefined;
}

function userIdCookie(userId: string, secret: string, secure: boolean): string {
  const oneYear = 365 * 24 * 3600;
  return `${USER_COOKIE}=${userId}.${signature(userId, secret)}; Path=/api/directline; HttpOnly; SameSite=Lax; Max-Age=${oneYear}${secure ? '; Secure' : ''}`;
}

const WEB_DIR = path.resolve(__dirname, '../../web');

function webChatBundlePath(): string {
  // The package's "exports" hides package.json: go from its main entry (lib/index.js).
  const main = require.resolve('botframework-webchat');
  return path.join(path.dirname(main), '..', 'dist', 'webchat.js');
}

const STATIC_FILES: Record<string, { file: () => string; type: string }> = {
  '/': { file: () => path.join(WEB_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  '/webchat/webchat.js': { file: webChatBundlePath, type: 'application/javascript; charset=utf-8' },
  '/webchat/localDirectLine.js': { file: () => path.join(WEB_DIR, 'localDirectLine.js'), type: 'application/javascript; charset=utf-8' },
  '/webchat/app.js': { file: () => path.join(WEB_DIR, 'app.js'), type: 'application/javascript; charset=utf-8' },
  '/webchat/page.css': { file: () => path.join(WEB_DIR, 'page.css'), type: 'text/css; charset=utf-8' },
};

/** Activities the assistant sent to local-bridge conversations, waiting for the page to fetch them. */
export class LocalBridgeOutbox {
  private readonly pending = new Map<string, unknown[]>();

  push(conversationId: string, activity: unknown): void {
    const list = this.pending.get(conversationId) ?? [];
    list.push(activity);
    this.pending.delete(conversationId);
    this.pending.set(conversationId, list.slice(-100));
    // Bounded: the oldest conversations' unread messages go first (a page polls every 3 s).
    if (this.pending.size > 1_000) this.pending.delete(this.pending.keys().next().value as string);
  }

  take(conversationId: string): unknown[] {
    const list = this.pending.get(conversationId) ?? [];
    this.pending.delete(conversationId);
    return list;
  }
}

/** Registers the page, its assets and the connection routes on a restify server. */
export function registerWebChatRoutes(server: Server, options: WebChatOptions = {}): LocalBridgeOutbox {
  const cache = new Map<string, Buffer>();
  const outbox = new LocalBridgeOutbox();
  const fetchImpl = options.fetch ?? fetch;

  for (const [route, { file, type }] of Object.entries(STATIC_FILES)) {
    server.get(route, async (_req: Request, res: Response) => {
      let body = cache.get(route);
      if (!body) {
        body = readFileSync(file());
        cache.set(route, body);
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': route === '/webchat/webchat.js' ? 'public, max-age=86400' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'same-origin',
      });
      res.end(body);
    });
  }

  const localBridge = !options.directLineSecret && (options.localBridge ?? true);
  // Authenticated deployment without a Direct Line secret: the page says the chat is unavailable.
  const mode = options.directLineSecret ? 'directline' : localBridge ? 'local' : 'unavailable';
  server.get('/webchat/config', async (_req: Request, res: Response) => {
    res.send(200, { mode });
  });

  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const secret = options.directLineSecret;
    if (!secret) {
      res.send(404, { error: 'Direct Line is not configured: the page uses the local bridge.' });
      return;
    }
    // Direct Line reserves "dl_" user ids for ids embedded in a token, so they cannot be
    // forged. The id is kept in a signed cookie so that a parent who comes back stays linked.
    const userId = userIdFromCookie(req.headers.cookie, secret) ?? `dl_${randomBytes(16).toString('hex')}`;
    res.header('Set-Cookie', userIdCookie(userId, secret, options.secureCookies ?? false));
    const endpoint = options.directLineEndpoint ?? 'https://europe.directline.botframework.com/v3/directline';
    try {
      const response = await fetchImpl(`${endpoint}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.directLineSecret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
      });
      if (!response.ok) throw new Error(`Direct Line answered ${response.status}`);
      const body = (await response.json()) as { token?: unknown; expires_in?: unknown };
      if (typeof body.token !== 'string') throw new Error('Direct Line gave no token');
      res.send(200, { token: body.token, userId, expiresIn: body.expires_in });
    } catch (error) {
      res.send(502, { error: `Direct Line token exchange failed: ${(error as Error).message}` });
    }
  });

  if (localBridge) {
    // The Bot Connector API calls a proactive message makes when serviceUrl points at the local bridge.
    const activityBody = restify.plugins.jsonBodyParser(bodyOptions(1024 * 1024));
    server.post('/webchat/local/v3/conversations/:conversationId/activities', ...activityBody, async (req: Request, res: Response) => {
      outbox.push(req.params.conversationId, req.body);
      res.send(200, { id: `local-${randomBytes(8).toString('hex')}` });
    });
    server.post('/webchat/local/v3/conversations/:conversationId/activities/:activityId', ...activityBody, async (req: Request, res: Response) => {
      outbox.push(req.params.conversationId, req.body);
      res.send(200, { id: `local-${randomBytes(8).toString('hex')}` });
    });
    server.get('/webchat/local/pending', async (req: Request, res: Response) => {
      const conversationId = typeof req.query?.conversationId === 'string' ? req.query.conversationId : '';
      res.send(200, { activities: conversationId ? outbox.take(conversationId) : [] });
    });
  }
  return outbox;
}
