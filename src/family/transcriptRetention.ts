/**
 * Lines of handed-over conversations (HandoffMessage) are deleted after TRANSCRIPT_DAYS
 * (default 90), as the privacy notice says; dialog state has its own purge
 * (CONVERSATION_STATE_DAYS, src/infrastructure/database/expiredRowsPurge.ts).
 */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import { HANDOFF_TRANSCRIPT_DAYS } from './retention';

const DAY_MS = 24 * 3_600_000;

/** TRANSCRIPT_DAYS: a clear error rather than transcripts deleted at once on a typo. */
export function transcriptDays(env: NodeJS.ProcessEnv): number {
  const text = env.TRANSCRIPT_DAYS?.trim();
  if (!text) return HANDOFF_TRANSCRIPT_DAYS;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new Error(`TRANSCRIPT_DAYS « ${text} » : nombre entier de jours de 1 à 3650 attendu.`);
  return days;
}

export class TranscriptRetention {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: { days: number; clock: () => Date; logger?: { error(details: object, message: string): void } },
  ) {}

  /** Deletes the lines older than the retention; returns how many. */
  async runOnce(): Promise<number> {
    const cutoff = new Date(this.options.clock().getTime() - this.options.days * DAY_MS);
    return (await this.prisma.handoffMessage.deleteMany({ where: { at: { lt: cutoff } } })).count;
  }

  start(intervalMs = 3_600_000): void {
    const tick = () => void this.runOnce().catch((error: unknown) => this.options.logger?.error({ err: error }, 'transcript purge failed'));
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
