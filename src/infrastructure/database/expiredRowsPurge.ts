/**
 * Deletes, by itself, what the assistant keeps only for a while: the state of
 * conversations idle for longer than CONVERSATION_STATE_DAYS (default 30: a dialog in
 * progress, a pending code, the last request remembered) and the attempts no limit
 * counts any more. Without it every conversation ever opened stays a row (40,000 rows,
 * 128 MB after ten minutes of load). Runs at start-up, then every hour.
 *
 * Each kind of row is aged by the clock that dated it: conversation state by the
 * system's (PrismaStorage writes it), attempts by the assistant's clock (the limits'),
 * which tests and `npm run chat --now` pin; the ids of answered messages by the system's.
 *
 * Several processes on PostgreSQL: each pass runs in one transaction that first takes a
 * transaction advisory lock with pg_try_advisory_xact_lock; a process finding it taken
 * skips its pass (another one is doing the job), so each pass runs once.
 */
import type { PrismaClient } from './createPrismaClient';
import { LONGEST_WINDOW_MS } from '../../security/attemptLimiter';
import { directSqlOf, sqlDate } from './directSql';
import type { SqlSession } from './directSql';
import { PROCESSED_ACTIVITY_DAYS } from './sqlProcessedActivities';

export interface PurgeReport {
  conversationState: number;
  attempts: number;
  processedActivities: number;
  /** Another process was running the pass (PostgreSQL): nothing done here. */
  skipped?: boolean;
}

/** The purge's advisory lock: (hashtext('periscolaire'), 3); 1 and 2 are databaseLock.ts's. */
const PURGE_LOCK = `SELECT pg_try_advisory_xact_lock(hashtext('periscolaire'), 3) AS "locked"`;

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
    const sql = directSqlOf(this.prisma);
    const purge = async (session: SqlSession): Promise<PurgeReport> => ({
      conversationState: await session.run(
        `DELETE FROM "StorageItem" WHERE "updatedAt" < ?`,
        sqlDate(new Date(systemNow.getTime() - this.options.stateDays * DAY_MS)),
      ),
      attempts: await session.run(`DELETE FROM "AttemptRecord" WHERE "at" < ?`, sqlDate(new Date(clockNow.getTime() - LONGEST_WINDOW_MS))),
      processedActivities: await session.run(
        `DELETE FROM "ProcessedActivity" WHERE "at" < ?`,
        sqlDate(new Date(systemNow.getTime() - PROCESSED_ACTIVITY_DAYS * DAY_MS)),
      ),
    });
    if (sql.provider === 'sqlite') return purge(sql);
    return sql.transaction(async (session) => {
      const [{ locked }] = await session.all<{ locked: boolean }>(PURGE_LOCK);
      if (!locked) return { conversationState: 0, attempts: 0, processedActivities: 0, skipped: true };
      return purge(session);
    });
  }

  /** A pass now, then every hour (the timer does not keep the process alive). */
  start(): void {
    const pass = () => {
      this.running = this.runOnce().then(
        (report) => {
          if (report.conversationState + report.attempts + report.processedActivities > 0) this.options.logger.info({ ...report }, 'expired rows purged');
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
