/** "Qu'est-ce que j'ai réservé la semaine prochaine ?": the family's bookings and latest changes. */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { addDays, todayIn } from '../src/domain/day';
import { childIdsNamed } from './bookingForm';
import type { BookingFormOptions } from './bookingForm';
import { frenchDay, frenchList } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import type { BookingLine, DialogServices, FamilyContext } from './services';
import { familyOf } from './turnFamily';

export const CHECK_DIALOG = 'check';
/** With no day named, the next two weeks are shown. */
const DEFAULT_SPAN_DAYS = 14;
const HISTORY_SIZE = 5;
const m = messages.check;

export class CheckDialog extends InterruptibleDialog {
  constructor(private readonly services: DialogServices) {
    super(CHECK_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<BookingFormOptions>(`${CHECK_DIALOG}.main`, [(s) => this.show(s)]));
    this.initialDialogId = `${CHECK_DIALOG}.main`;
  }

  private async show(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const family = familyOf(step.context);
    const { dates, children } = step.options.interpretation;
    const named = childIdsNamed(children, family.children);
    const childIds = named.length > 0 ? named : family.children.map((child) => child.id);
    const today = todayIn(this.services.clock.now(), this.services.rules.timeZone);
    const from = dates[0] ?? today;
    const to = dates[dates.length - 1] ?? addDays(today, DEFAULT_SPAN_DAYS);
    const lines = await this.services.bookings.list({ guardianId: family.guardianId, childIds, from, to });
    const vars = { children: frenchList(namesOf(family, childIds)), from: frenchDay(from), to: frenchDay(to) };
    const current = lines.filter((line) => line.status !== 'cancelled').sort(byDay);
    const oneDay = from === to;
    const parts =
      current.length === 0
        ? [fill(oneDay ? m.nothingOneDay : m.nothing, vars)]
        : [fill(oneDay ? m.headerOneDay : m.header, vars), ...current.map((l) => lineText(family, l))];
    const history = lines
      .filter((line): line is BookingLine & { updatedAt: Date } => line.updatedAt !== undefined)
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
      .slice(0, HISTORY_SIZE);
    if (history.length > 0) {
      parts.push('', m.historyHeader, ...history.map((l) => historyText(family, l, this.services.rules.timeZone)));
    }
    if (current.length > 0) parts.push('', m.next);
    await step.context.sendActivity(parts.join('\n'));
    return step.endDialog();
  }
}

function byDay(a: BookingLine, b: BookingLine): number {
  return a.day === b.day ? a.childId - b.childId : a.day < b.day ? -1 : 1;
}

function namesOf(family: FamilyContext, ids: readonly number[]): string[] {
  return family.children.filter((child) => ids.includes(child.id)).map((child) => child.firstName);
}

function lineText(family: FamilyContext, line: BookingLine): string {
  return fill(m.line, { child: namesOf(family, [line.childId])[0] ?? '?', day: frenchDay(line.day), status: m[`status_${line.status}`] });
}

function historyText(family: FamilyContext, line: BookingLine & { updatedAt: Date }, timeZone: string): string {
  const when = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }).format(line.updatedAt);
  return fill(m.historyLine, {
    when,
    child: namesOf(family, [line.childId])[0] ?? '?',
    day: frenchDay(line.day),
    status: m[`status_${line.status}`],
  });
}
