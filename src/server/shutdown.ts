/**
 * Graceful shutdown on SIGTERM (what systemd, Docker and Kubernetes send) or SIGINT:
 * /healthz turns to 503 "stopping" so that the reverse proxy sends new requests to the
 * other processes, the server stops accepting connections and waits for the requests in
 * flight — each one a turn: the parent gets their answer, the state is saved — then the
 * workers stop (a mail being sent is finished) and the database closes. A turn stuck
 * longer than `timeoutMs` does not keep the process alive: it exits with code 1, and the
 * channel's retry reaches another process.
 */
import type { Server } from 'restify';
import type { Logger } from 'pino';
import { close } from './createServer';

export interface Stoppable {
  server: Server;
  markStopping(): void;
  dispose(): Promise<void>;
}

/** SHUTDOWN_TIMEOUT_SECONDS (default 25, below Docker's and systemd's 30 s before they kill). */
export function shutdownTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.SHUTDOWN_TIMEOUT_SECONDS?.trim() || 25);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 25_000;
}

/** Stops `assistant` gracefully on SIGTERM and SIGINT, then runs `after` (release locks) and exits. */
export function stopGracefullyOnSignals(
  assistant: Stoppable,
  options: { logger: Pick<Logger, 'info' | 'error'>; timeoutMs: number; after?: () => Promise<void> },
): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    options.logger.info({ signal }, 'shutting down: finishing the turns in flight');
    const force = setTimeout(() => {
      options.logger.error({ timeoutMs: options.timeoutMs }, 'turns still running at the shutdown timeout: exiting');
      process.exit(1);
    }, options.timeoutMs);
    force.unref();
    assistant.markStopping();
    await close(assistant.server);
    await assistant.dispose();
    await options.after?.();
    options.logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
