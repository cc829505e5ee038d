/**
 * The web chat page (GET /) and what it needs: the Web Chat bundle served from the
 * botframework-webchat package (no CDN), the page's scripts, and one of two ways to
 * reach the assistant:
 * - Azure Direct Line in production: the server exchanges DIRECT_LINE_SECRET for a
 *   short-lived token; the secret never reaches the browser;
 * - the local bridge otherwise (src/web/localBridge.ts): the page posts to /api/messages
 *   with expectReplies, and messages the assistant sends later (a staff reply) arrive
 *   through a small Bot Connector endpoint under /webchat/local that the page polls.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import restify from 'restify';
import { bodyOptions } from '../server/bodyOptions';
import type { Request, Response, Server } from 'restify';
import { isSameOrigin } from '../server/sameOrigin';
import { noteRequest } from '../server/requestLog';
import { LOCAL_COOKIE, LocalBridge } from './localBridge';
import { serveStaticFiles, type StaticFile } from './staticFiles';

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
  /** The bridge to serve (the composition root shares it with the adapter); default: a new one. */
  bridge?: LocalBridge;
  /** Secure cookies (HTTPS, production). */
  secureCookies?: boolean;
  /** The public origin (PUBLIC_ORIGIN) when a reverse proxy rewrites the Host header. */
  publicOrigin?: string;
  /** Whether this client may have another Direct Line token now (a limit per client address); default: yes. */
  allowTokenRequest?: (req: Request) => Promise<boolean>;
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

const javascript = 'application/javascript; charset=utf-8';
const STATIC_FILES: Record<string, StaticFile> = {
  '/': { file: () => path.join(WEB_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  // The bundle changes only with the package: a day in the browser's cache, then revalidated.
  '/webchat/webchat.js': { file: webChatBundlePath, type: javascript, cacheControl: 'public, max-age=86400' },
  '/webchat/localDirectLine.js': { file: () => path.join(WEB_DIR, 'localDirectLine.js'), type: javascript },
  '/webchat/app.js': { file: () => path.join(WEB_DIR, 'app.js'), type: javascript },
  '/webchat/page.css': { file: () => path.join(WEB_DIR, 'page.css'), type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: () => path.join(WEB_DIR, 'favicon.svg'), type: 'image/svg+xml', cacheControl: 'public, max-age=604800' },
};

/** Largest activity the assistant's own connector posts to the bridge (a card, a staff reply). */
const BRIDGE_ACTIVITY_BYTES = 256 * 1024;

/** Registers the page, its assets and the connection routes on a restify server; returns the local bridge, if offered. */
export function registerWebChatRoutes(server: Server, options: WebChatOptions = {}): LocalBridge | undefined {
  const fetchImpl = options.fetch ?? fetch;
  serveStaticFiles(server, STATIC_FILES);
  // Browsers ask for /favicon.ico on their own.
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.writeHead(301, { Location: '/favicon.svg', 'Cache-Control': 'public, max-age=604800' });
    res.end();
  });

  const offersBridge = !options.directLineSecret && (options.localBridge ?? true);
  // Authenticated deployment without a Direct Line secret: the page says the chat is unavailable.
  const mode = options.directLineSecret ? 'directline' : offersBridge ? 'local' : 'unavailable';
  server.get('/webchat/config', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.send(200, { mode });
  });

  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const secret = options.directLineSecret;
    if (!secret) {
      res.send(404, { error: 'Direct Line is not configured: the page uses the local bridge.' });
      return;
    }
    if (!isSameOrigin(req, options.publicOrigin)) {
      noteRequest(req, { problem: 'cross-site token request' });
      res.send(403, { error: 'cross-site request refused' });
      return;
    }
    if (options.allowTokenRequest && !(await options.allowTokenRequest(req))) {
      noteRequest(req, { problem: 'token requests limit' });
      res.setHeader('Retry-After', '600');
      res.send(429, { error: 'too many token requests, try again later' });
      return;
    }
    // Direct Line reserves "dl_" user ids for ids embedded in a token, so they cannot be
    // forged. The id is kept in a signed cookie so that a parent who comes back stays linked.
    const userId = userIdFromCookie(req.headers.cookie, secret) ?? `dl_${randomBytes(16).toString('hex')}`;
    res.header('Set-Cookie', userIdCookie(userId, secret, options.secureCookies ?? false));
    res.setHeader('Cache-Control', 'no-store');
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

  if (!offersBridge) return undefined;
  const bridge = options.bridge ?? new LocalBridge();
  const activityBody = restify.plugins.jsonBodyParser(bodyOptions(BRIDGE_ACTIVITY_BYTES));

  // A page's conversation, bound to the page's own cookie.
  server.post('/webchat/local/conversations', async (req: Request, res: Response) => {
    if (!isSameOrigin(req, options.publicOrigin)) {
      res.send(403, { error: 'cross-site request refused' });
      return;
    }
    const token = bridge.tokenOf(req) ?? bridge.newToken();
    res.header('Set-Cookie', `${LOCAL_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${options.secureCookies ? '; Secure' : ''}`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(200, { conversationId: bridge.newConversation(token) });
  });

  // The Bot Connector API calls a proactive message makes, on the assistant's own bridge address.
  const connector = async (req: Request, res: Response) => {
    if (!bridge.isConnectorKey(String(req.params.key))) {
      res.send(404, { error: 'not found' });
      return;
    }
    const conversationId = String(req.params.conversationId);
    // Only pages poll: a message for another conversation would have no reader. Saying so
    // (404) lets the sender keep it for later (a notice is told at the parent's next message).
    if (!bridge.isPageConversation(conversationId)) {
      res.send(404, { error: 'no page holds this conversation' });
      return;
    }
    bridge.pending.push(conversationId, req.body);
    res.send(200, { id: `local-${randomBytes(8).toString('hex')}` });
  };
  server.post('/webchat/local/:key/v3/conversations/:conversationId/activities', ...activityBody, connector);
  server.post('/webchat/local/:key/v3/conversations/:conversationId/activities/:activityId', ...activityBody, connector);

  server.get('/webchat/local/pending', async (req: Request, res: Response) => {
    const conversationId = typeof req.query?.conversationId === 'string' ? req.query.conversationId : '';
    if (!bridge.belongsTo(conversationId, bridge.tokenOf(req))) {
      noteRequest(req, { problem: 'conversation of another page' });
      res.send(403, { error: 'not your conversation' });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.send(200, { activities: bridge.pending.take(conversationId) });
  });
  return bridge;
}
