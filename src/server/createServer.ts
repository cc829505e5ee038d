/**
 * The HTTP face of the assistant (restify): POST /api/messages for Bot Framework
 * channels (answered inline when deliveryMode is expectReplies), GET /healthz.
 * Built by a factory so that tests start it on port 0; only src/main.ts listens.
 */
import restify from 'restify';
import { bodyOptions } from './bodyOptions';
import type { Request, Response, Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { withTurnLogContext } from './logger';
import { refuseEncodedBodies } from './refuseEncodedBodies';

export interface HealthCheck {
  /** True when a trivial query answers. */
  databaseReachable(): Promise<boolean>;
  /** True once the understanding layer has loaded and warmed its model. */
  languageModelWarm(): boolean;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  health: HealthCheck;
  logger: Logger;
  /** Further routes (web chat page, staff console), registered after the Bot Framework endpoint. */
  routes?: ReadonlyArray<(server: Server) => void>;
  /** Largest activity accepted on /api/messages (default 1 MB; the local bridge needs LOCAL_BRIDGE_MAX_BODY_BYTES). */
  maxActivityBytes?: number;
}

/** An activity from Azure channels is a few kilobytes (files come as links). */
export const DEFAULT_MAX_ACTIVITY_BYTES = 1024 * 1024;
/**
 * The local web chat bridge (unauthenticated, 127.0.0.1 only) sends files inline as
 * data: URLs: a 10 MB document (the attachment limit) is about 13.4 MB of base64.
 */
export const LOCAL_BRIDGE_MAX_BODY_BYTES = 15 * 1024 * 1024;

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'assistant-periscolaire' });
  // Before routing, hence before any body parser of any route (see refuseEncodedBodies).
  server.pre(refuseEncodedBodies);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Bodies are parsed per route, JSON here and forms under /staff: never multipart, whose
  // files restify would write to the temporary folder before anyone is authenticated.
  const activityBody = restify.plugins.jsonBodyParser(bodyOptions(deps.maxActivityBytes ?? DEFAULT_MAX_ACTIVITY_BYTES));

  server.post('/api/messages', ...activityBody, async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { conversation?: { id?: string }; id?: string; channelId?: string };
    const context = { conversationId: body.conversation?.id, activityId: body.id, channelId: body.channelId };
    const started = Date.now();
    await withTurnLogContext(context, async () => {
      try {
        await deps.adapter.process(req, res, (turn) => deps.bot.run(turn));
      } catch (error) {
        deps.logger.error({ err: error }, 'turn failed');
        if (!res.headersSent) res.send(500);
      }
      deps.logger.info({ status: res.statusCode, ms: Date.now() - started }, 'POST /api/messages');
    });
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const database = await deps.health.databaseReachable().catch(() => false);
    const languageModel = deps.health.languageModelWarm();
    const ok = database && languageModel;
    res.send(ok ? 200 : 503, {
      status: ok ? 'ok' : 'unavailable',
      database: database ? 'reachable' : 'unreachable',
      languageModel: languageModel ? 'warm' : 'cold',
    });
  });

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
  return new Promise((resolve) => server.close(() => resolve()));
}
