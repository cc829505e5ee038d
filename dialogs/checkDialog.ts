/** "Qu'est-ce que j'ai réservé la semaine prochaine ?", "Hugo a bien sa place jeudi ?": the family's bookings. */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { addDays, todayIn } from '../src/domain/day';
import type { IsoDay } from '../src/domain/day';
import { childIdsNamed } from './changeRequest';
import type { RequestOptions } from './changeRequest';
import { closedItems, confirmationNotes } from './changeReport';
import type { ConversationMemory } from './conversationMemory';
import { dayRuns, frenchDay, frenchDays, frenchDaysShort, frenchList, frenchSpan } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import type { BookingLine, DialogServices, FamilyContext } from './services';
import { familyOf } from './turnFamily';

export const CHECK_DIALOG = 'check';
/** With no day named, the next two weeks are shown. */
const DEFAULT_SPAN_DAYS = 14;
const m = messages.check;

export class CheckDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly memory: ConversationMemory,
  ) {
    super(CHECK_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<RequestOptions>(`${CHECK_DIALOG}.main`, [(s) => this.show(s)]));
    this.initialDialogId = `${CHECK_DIALOG}.main`;
  }

  private async show(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const family = familyOf(step.context);
    const { dates, children, closedDates = [] } = step.options.interpretation;
    const named = childIdsNamed(children, family.children);
    const childIds = named.length > 0 ? named : family.children.map((child) => child.id);
    await this.memory.remember(step.context, family.guardianId, { intent: 'check', childIds: named, days: [...dates] });
    const closed = confirmationNotes(closedItems(this.services.rules, closedDates, childIds), family.children);
    if (dates.length === 0 && closed.length > 0) {
      await step.context.sendActivity(closed.join('\n'));
      return step.endDialog();
    }
    const today = todayIn(this.services.clock.now(), this.services.rules.timeZone);
    const from = dates[0] ?? today;
    const to = dates[dates.length - 1] ?? addDays(today, DEFAULT_SPAN_DAYS);
    const lines = (await this.services.bookings.list({ guardianId: family.guardianId, childIds, from, to })).filter(
      (line) => line.status !== 'cancelled' && (dates.length === 0 || dates.includes(line.day)),
    );
    await step.context.sendActivity([...closed, ...this.answer(family, childIds, lines, from, to, dates)].join('\n'));
    return step.endDialog();
  }

  private answer(family: FamilyContext, childIds: number[], lines: BookingLine[], from: IsoDay, to: IsoDay, asked: readonly IsoDay[]): string[] {
    // "Hugo a bien sa place jeudi ?": yes or no.
    if (from === to && childIds.length === 1) {
      const child = nameOf(family, childIds[0]);
      const line = lines.find((l) => l.childId === childIds[0]);
      const vars = { child, day: frenchDay(from) };
      if (line?.status === 'booked') return [fill(m.oneYes, vars)];
      if (line?.status === 'waiting') return [fill(m.oneWaiting, vars)];
      // A day gone cannot be booked; past its deadline, booking a day is a late request to the service: say so.
      if (from < todayIn(this.services.clock.now(), this.services.rules.timeZone)) return [fill(m.onePastNo, vars)];
      return [fill(this.services.rules.isChangeAllowed(from, this.services.clock.now()) ? m.oneNo : m.oneNoLate, vars)];
    }
    // "les 3 prochains mercredis": the days asked, not the span around them (the Thursdays were not looked at).
    const span =
      from === to ? fill(m.spanOne, { day: frenchDay(from) }) : dayRuns(asked).length > 1 ? fill(m.spanDays, { days: frenchDaysShort(asked).text }) : frenchSpan(from, to);
    const vars = { children: frenchList(childIds.map((id) => nameOf(family, id))), span };
    if (lines.length === 0) return [fill(m.nothing, vars)];
    const out = [fill(m.header, vars)];
    for (const childId of childIds) {
      const booked = lines.filter((l) => l.childId === childId && l.status === 'booked').map((l) => l.day);
      const waiting = lines.filter((l) => l.childId === childId && l.status === 'waiting').map((l) => l.day);
      const child = nameOf(family, childId);
      out.push(booked.length > 0 ? fill(m.childLine, { child, days: frenchDays(booked) }) : fill(m.childNone, { child }));
      if (waiting.length > 0) out.push(fill(m.childWaiting, { child, days: frenchDays(waiting) }));
    }
    out.push('', m.next);
    return out;
  }
}

function nameOf(family: FamilyContext, id: number): string {
  return family.children.find((child) => child.id === id)?.firstName ?? '?';
}
