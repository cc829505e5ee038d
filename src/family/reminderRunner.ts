/**
 * Sends the reminders that are due (src/family/dueReminders.ts) to the guardians who
 * asked for them: through their stored conversation reference where the channel takes
 * proactive messages, by e-mail (the outbox) otherwise or when the conversation cannot
 * be reached. Each reminder's key is claimed in ReminderDelivery (primary key) BEFORE it
 * is sent: a second pass, a restart or a second process finds it claimed and sends
 * nothing, on SQLite and PostgreSQL alike (a unique key, no engine-specific SQL).
 */
import { addDays, todayIn } from '../domain/day';
import { frenchDay, frenchDayList, frenchTime } from '../domain/frenchDates';
import type { TownRules } from '../domain/townRules';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import { PrismaOutboxRepository, type PrismaTx } from '../infrastructure/mail/prismaOutboxRepository';
import { MailOutbox } from '../mail/mailOutbox';
import { fill, messages } from '../../dialogs/messages/catalog';
import { dueReminders, type DueReminder } from './dueReminders';

/** Channels whose conversations cannot be written to outside a turn. */
const NO_PROACTIVE = new Set(['terminal', 'test']);

export interface ReminderMessenger {
  send(reference: unknown, text: string): Promise<void>;
}

export interface ReminderRunnerOptions {
  rules: TownRules;
  messenger: ReminderMessenger;
  messageIdDomain: string;
  mailbox: string;
  clock: () => Date;
  onMailQueued?: () => void;
  logger?: { info(details: object, message: string): void; error(details: object, message: string): void };
  /** Pause between passes (default one hour). */
  intervalMs?: number;
}

export interface ReminderPass {
  sent: number;
  byMail: number;
  alreadySent: number;
}

export class ReminderRunner {
  private readonly outbox: MailOutbox<PrismaTx>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: ReminderRunnerOptions,
  ) {
    this.outbox = new MailOutbox(new PrismaOutboxRepository(prisma), { messageIdDomain: options.messageIdDomain, now: options.clock });
  }

  /** One pass over every active subscription. */
  async runOnce(): Promise<ReminderPass> {
    const now = this.options.clock();
    const rules = this.options.rules;
    const today = todayIn(now, rules.timeZone);
    const pass: ReminderPass = { sent: 0, byMail: 0, alreadySent: 0 };
    const subscriptions = await this.prisma.reminderSubscription.findMany({ where: { stoppedAt: null }, orderBy: { guardianId: 'asc' } });
    for (const subscription of subscriptions) {
      const habits = subscription.weekly ? await this.habits(subscription.guardianId, today) : [];
      for (const reminder of dueReminders(rules, subscription, today, now, habits)) {
        const outcome = await this.deliver(subscription.guardianId, reminder, now);
        if (outcome === 'claimed_before') pass.alreadySent += 1;
        else if (outcome === 'mail') pass.byMail += 1;
        else pass.sent += 1;
      }
    }
    return pass;
  }

  start(): void {
    const tick = () => {
      this.running = this.runOnce().catch((error: unknown) => this.options.logger?.error({ err: error }, 'reminder pass failed'));
    };
    tick();
    this.timer = setInterval(tick, this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async deliver(guardianId: number, reminder: DueReminder, now: Date): Promise<'chat' | 'mail' | 'claimed_before'> {
    const text = this.text(reminder);
    const reference = await this.prisma.conversationReference.findUnique({ where: { guardianId } });
    if (reference && !NO_PROACTIVE.has(reference.channelId)) {
      if (!(await this.claim(guardianId, reminder.key, 'chat', now))) return 'claimed_before';
      try {
        await this.options.messenger.send(JSON.parse(reference.reference), text);
        return 'chat';
      } catch (error) {
        this.options.logger?.info({ err: error, guardianId }, 'reminder not delivered in the conversation: sent by e-mail');
        await this.prisma.$transaction(async (tx) => {
          await tx.reminderDelivery.update({ where: { key: reminder.key }, data: { via: 'mail' } });
          await this.enqueueMail(tx, guardianId, reminder.key, text);
        });
        this.options.onMailQueued?.();
        return 'mail';
      }
    }
    try {
      // The claim and the mail commit together: both or neither.
      await this.prisma.$transaction(async (tx) => {
        await tx.reminderDelivery.create({ data: { key: reminder.key, guardianId, via: 'mail', claimedAt: now } });
        await this.enqueueMail(tx, guardianId, reminder.key, text);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 'claimed_before';
      throw error;
    }
    this.options.onMailQueued?.();
    return 'mail';
  }

  /** True when this call took the key; false when it was taken before (by any process). */
  private async claim(guardianId: number, key: string, via: string, now: Date): Promise<boolean> {
    try {
      await this.prisma.reminderDelivery.create({ data: { key, guardianId, via, claimedAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  private async enqueueMail(tx: PrismaTx, guardianId: number, key: string, text: string): Promise<void> {
    const m = messages.family;
    const guardian = await tx.guardian.findUniqueOrThrow({ where: { id: guardianId } });
    await this.outbox.enqueue(tx, {
      to: guardian.email,
      replyTo: this.options.mailbox,
      subject: m.reminderMailSubject,
      text: [fill(m.reminderMailGreeting, { civility: guardian.civility, lastName: guardian.lastName }), '', text, '', fill(m.reminderMailFooter, { mailbox: this.options.mailbox })].join('\n'),
      reference: `reminder:${key}`,
    });
  }

  private text(reminder: DueReminder): string {
    const m = messages.family;
    if (reminder.kind === 'deadline') {
      return fill(m.reminderDeadline, {
        period: reminder.period,
        firstDay: frenchDay(reminder.firstDay),
        lastDay: frenchDay(reminder.lastDay),
        time: frenchTime(reminder.closingTime),
      });
    }
    const lines = reminder.days.map((child) => fill(m.reminderWeeklyLine, { child: child.childFirstName, days: frenchDayList(child.days) })).join('\n');
    const example = `${frenchDay(reminder.days[0].days[0])} pour ${reminder.days[0].childFirstName}`;
    return fill(m.reminderWeekly, { monday: frenchDay(reminder.monday, { withoutWeekday: true }), lines, example });
  }

  private async habits(guardianId: number, today: string) {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    if (!guardian) return [];
    const children = await this.prisma.child.findMany({ where: { familyId: guardian.familyId }, orderBy: { birthDate: 'asc' } });
    const monday = addDays(today, 1);
    const result = [];
    for (const child of children) {
      const rows = await this.prisma.booking.findMany({
        where: { childId: child.id, status: { in: ['booked', 'waiting'] }, bookableDay: { day: { gte: addDays(today, -28), lte: addDays(monday, 4) } } },
        include: { bookableDay: true },
      });
      result.push({
        childFirstName: child.firstName,
        recentlyBooked: rows.filter((row) => row.status === 'booked' && row.bookableDay.day < today).map((row) => row.bookableDay.day),
        comingBooked: rows.filter((row) => row.bookableDay.day >= monday).map((row) => row.bookableDay.day),
      });
    }
    return result;
  }
}

/** Prisma's unique-constraint error (P2002), whatever the engine. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002') return true;
  const text = String((error as Error | null)?.message ?? '');
  return /Unique constraint|UNIQUE constraint failed|duplicate key value/i.test(text);
}
