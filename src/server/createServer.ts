/**
 * The HTTP face of the assistant (restify): POST /api/messages for Bot Framework
 * channels (answered inline when deliveryMode is expectReplies), GET and HEAD /healthz.
 * Built by a factory so that tests start it on port 0; only src/main.ts listens.
 *
 * Whatever is posted, the process keeps running and answers: compressed bodies are
 * refused before any parser, malformed activities get a 400, errors a short body, and
 * each request writes one JSON log line (src/server/requestLog.ts).
 */
import restify from 'restify';
import { bodyOptions } from './bodyOptions';
import type { Request, Response, Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AssistantAdapter } from './assistantAdapter';
import { messagesRoute } from './messagesRoute';
import { refuseEncodedBodies } from './refuseEncodedBodies';
import { installRequestLog } from './requestLog';
import { redirectTrailingSlash } from './trailingSlash';

/** What /healthz reports of the database. */
export type DatabaseHealth = 'writable' | 'read-only' | 'disk-full' | 'unreachable';

export interface HealthCheck {
  /**
   * Whether the database takes a write now (a read alone says ok on a read-only file or
   * a full disk, while every turn fails).
   */
  database(): Promise<DatabaseHealth>;
  /** True once the understanding layer has loaded and warmed its model. */
  languageModelWarm(): boolean;
  /** True once the process is shutting down: the reverse proxy sends new conversations elsewhere. */
  stopping?(): boolean;
}

export interface ServerDeps {
  adapter: AssistantAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  health: HealthCheck;
  logger: Logger;
  /** Further routes (web chat page, staff console), registered after the Bot Framework endpoint. */
  routes?: ReadonlyArray<(server: Server) => void>;
  /** Handlers run before routing on every request (the local bridge's Host check, HSTS). */
  pre?: ReadonlyArray<restify.RequestHandler>;
  /** Largest activity accepted on /api/messages (default 1 MB; the local bridge needs LOCAL_BRIDGE_MAX_BODY_BYTES). */
  maxActivityBytes?: number;
  /** See MessagesRouteDeps.acceptsServiceUrl (the local bridge in unauthenticated mode). */
  acceptsServiceUrl?: (activity: Activity, req: Request) => boolean;
  /** See MessagesRouteDeps.clientAddressOf (the local bridge in unauthenticated mode). */
  clientAddressOf?: (req: Request) => string | undefined;
}

/** An activity from Azure channels is a few kilobytes (files come as links). */
export const DEFAULT_MAX_ACTIVITY_BYTES = 1024 * 1024;
/**
 * The local web chat bridge (unauthenticated, 127.0.0.1 only) sends files inline as
 * data: URLs: a 10 MB document (the attachment limit) is about 13.4 MB of base64.
 */
export const LOCAL_BRIDGE_MAX_BODY_BYTES = 15 * 1024 * 1024;

export function createServer(deps: ServerDeps): Server {
  // A handler that throws or rejects is answered with a short 500 (requestLog), never left hanging.
  const server = restify.createServer({ name: 'assistant-periscolaire', handleUncaughtExceptions: false });
  installRequestLog(server, deps.logger);
  // Before routing, hence before any body parser of any route (see refuseEncodedBodies).
  server.pre(refuseEncodedBodies);
  for (const handler of deps.pre ?? []) server.pre(handler);
  server.pre(redirectTrailingSlash);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Bodies are parsed per route, JSON here and forms under /staff: never multipart, whose
  // files restify would write to the temporary folder before anyone is authenticated.
  const activityBody = restify.plugins.jsonBodyParser(bodyOptions(deps.maxActivityBytes ?? DEFAULT_MAX_ACTIVITY_BYTES));

  server.post('/api/messages', ...activityBody, messagesRoute(deps));

  const health = async (_req: Request, res: Response) => {
    const database = await deps.health.database().catch((): DatabaseHealth => 'unreachable');
    const languageModel = deps.health.languageModelWarm();
    const stopping = deps.health.stopping?.() ?? false;
    const ok = database === 'writable' && languageModel && !stopping;
    res.setHeader('Cache-Control', 'no-store');
    res.send(ok ? 200 : 503, {
      status: ok ? 'ok' : stopping ? 'stopping' : 'unavailable',
      database,
      languageModel: languageModel ? 'warm' : 'cold',
    });
  };
  server.get('/healthz', health);
  server.head('/healthz', health);

  for (const register of deps.routes ?? []) register(server);
  return server;
}

/** Starts listening; resolves with the actual port (useful with port 0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops accepting connections and waits for the requests in flight. */
export function close(server: Server): Promise<void> {
  // Long-lived responses (the console's live events) end on this, or close would wait for them.
  server.emit('stopping');
  return new Promise((resolve) => server.close(() => resolve()));
}
