/** The guardian's reminder choice, in ReminderSubscription (one row per guardian, kept when stopped). */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';

export type ReminderChoice = { active: false } | { active: true; weekly: boolean; daysBefore: number };

export interface Reminders {
  status(guardianId: number): Promise<ReminderChoice>;
  /** Turns reminders on (weekly ones too when asked); returns the choice now in force. */
  subscribe(guardianId: number, options: { weekly: boolean }, now: Date): Promise<ReminderChoice & { active: true }>;
  /** "stop rappels": true when reminders were on. */
  stop(guardianId: number, now: Date): Promise<boolean>;
}

export class PrismaReminders implements Reminders {
  constructor(
    private readonly prisma: PrismaClient,
    /** REMINDER_DAYS_BEFORE: days before a deadline (default 3). */
    private readonly daysBefore: number = 3,
  ) {}

  async status(guardianId: number): Promise<ReminderChoice> {
    const row = await this.prisma.reminderSubscription.findUnique({ where: { guardianId } });
    return row && !row.stoppedAt ? { active: true, weekly: row.weekly, daysBefore: row.daysBefore } : { active: false };
  }

  async subscribe(guardianId: number, options: { weekly: boolean }, now: Date): Promise<ReminderChoice & { active: true }> {
    const current = await this.status(guardianId);
    const weekly = options.weekly || (current.active && current.weekly);
    const row = await this.prisma.reminderSubscription.upsert({
      where: { guardianId },
      create: { guardianId, deadlines: true, weekly, daysBefore: this.daysBefore, createdAt: now },
      update: { deadlines: true, weekly, stoppedAt: null },
    });
    return { active: true, weekly: row.weekly, daysBefore: row.daysBefore };
  }

  async stop(guardianId: number, now: Date): Promise<boolean> {
    const { count } = await this.prisma.reminderSubscription.updateMany({ where: { guardianId, stoppedAt: null }, data: { stoppedAt: now } });
    return count > 0;
  }
}
