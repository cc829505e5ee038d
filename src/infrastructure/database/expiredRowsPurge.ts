/**
 * Deletes, by itself, what the assistant keeps only for a while: the state of
 * conversations idle for longer than CONVERSATION_STATE_DAYS (default 30: a dialog in
 * progress, a pending code, the last request remembered) and the attempts no limit
 * counts any more. Without it every conversation ever opened stays a row (40,000 rows,
 * 128 MB after ten minutes of load). Runs at start-up, then every hour.
 *
 * Each kind of row is aged by the clock that dated it: conversation state by the
 * system's (PrismaStorage writes it), attempts by the assistant's clock (the limits'),
 * which tests and `npm run chat --now` pin.
 */
import type { PrismaClient } from './createPrismaClient';
import { LONGEST_WINDOW_MS } from '../../security/attemptLimiter';

export interface PurgeReport {
  conversationState: number;
  attempts: number;
}

export interface PurgeLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

const DAY_MS = 24 * 3_600_000;

export class ExpiredRowsPurge {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: { stateDays: number; logger: PurgeLogger; intervalMs?: number; systemNow?: () => Date; clock?: () => Date },
  ) {}

  /** One pass. */
  async runOnce(): Promise<PurgeReport> {
    const systemNow = (this.options.systemNow ?? (() => new Date()))();
    const clockNow = (this.options.clock ?? (() => new Date()))();
    const conversationState = (
      await this.prisma.storageItem.deleteMany({ where: { updatedAt: { lt: new Date(systemNow.getTime() - this.options.stateDays * DAY_MS) } } })
    ).count;
    const attempts = (await this.prisma.attemptRecord.deleteMany({ where: { at: { lt: new Date(clockNow.getTime() - LONGEST_WINDOW_MS) } } })).count;
    return { conversationState, attempts };
  }

  /** A pass now, then every hour (the timer does not keep the process alive). */
  start(): void {
    const pass = () => {
      this.running = this.runOnce().then(
        (report) => {
          if (report.conversationState + report.attempts > 0) this.options.logger.info({ ...report }, 'expired rows purged');
        },
        (error: unknown) => this.options.logger.error({ err: error }, 'purge of expired rows failed; next pass in an hour'),
      );
    };
    pass();
    this.timer = setInterval(pass, this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
