/**
 * Structured JSON logs (pino). Every line written while a turn runs carries its
 * request id (the reverse proxy's X-Request-Id, or one made here), conversation id and
 * activity id, through an AsyncLocalStorage read by pino's mixin.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

export interface TurnLogContext {
  /** The HTTP request's id (src/server/requestLog.ts): one id from the proxy's log to the turn's last line. */
  requestId?: string;
  conversationId?: string;
  activityId?: string;
  channelId?: string;
}

const turnContext = new AsyncLocalStorage<TurnLogContext>();

/** Runs `work` with `context` attached to every log line it writes. */
export function withTurnLogContext<T>(context: TurnLogContext, work: () => Promise<T>): Promise<T> {
  return turnContext.run(context, work);
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'assistant-periscolaire' },
      mixin: () => ({ ...turnContext.getStore() }),
    },
    options.destination,
  );
}
