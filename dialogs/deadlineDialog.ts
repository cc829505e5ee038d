/** "Jusqu'à quand puis-je annuler vendredi ?": the deadline of each day asked, and why. */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { IsoDay } from '../src/domain/day';
import { HOLIDAY_LABELS } from '../src/domain/schoolCalendar';
import type { Deadline } from '../src/domain/townRules';
import { childIdsNamed } from './changeRequest';
import type { RequestOptions } from './changeRequest';
import { closedNote } from './changeReport';
import type { ConversationMemory } from './conversationMemory';
import { frenchDay, frenchTime, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import type { DialogServices } from './services';
import { familyOf } from './turnFamily';

export const DEADLINE_DIALOG = 'deadline';
const m = messages.deadline;

/** The change a deadline is asked of: a cancellation (« jusqu'à quand je peux annuler… ») or a booking (« … d'inscrire Inès »). */
const CANCEL_ASKED = /\b(?:annul\w*|enlev\w*|retir\w*|desinscri\w*|decommand\w*|supprim\w*)\b/;
const BOOKING_ASKED = /\b(?:inscri\w*|reserv\w*|rajout\w*|ajout\w*|mettre|booker)\b/;

export class DeadlineDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    /** Absent before an account is linked: nothing to remember for a family yet. */
    private readonly memory?: ConversationMemory,
  ) {
    super(DEADLINE_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<RequestOptions>(`${DEADLINE_DIALOG}.main`, [(s) => this.explain(s)]));
    this.initialDialogId = `${DEADLINE_DIALOG}.main`;
  }

  private async explain(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const { dates, closedDates = [], children } = step.options.interpretation;
    const days = [...new Set([...dates, ...closedDates])].sort();
    if (this.memory) {
      // "ok, alors inscris-le la deuxième semaine" next is about the child the question named.
      const family = familyOf(step.context);
      // (« c'est encore possible d'inscrire Inès demain ? » then « ok fais-le »: the change the deadline was asked of.)
      const said = normalise(step.options.text ?? '');
      const change = CANCEL_ASKED.test(said) ? 'cancel' : BOOKING_ASKED.test(said) ? 'reserve' : undefined;
      await this.memory.remember(step.context, family.guardianId, { intent: 'deadline', childIds: childIdsNamed(children, family.children), days: [...dates], ...(change ? { change } : {}) });
    }
    if (days.length === 0) {
      await step.context.sendActivity(m.general);
      return step.endDialog();
    }
    const lines = [m.header, ...this.groups(days).map((group) => this.groupLine(group))];
    const open = days.find((day) => this.services.rules.isChangeAllowed(day, this.services.clock.now()));
    if (open) lines.push('', fill(m.next, { example: frenchDay(open) }));
    await step.context.sendActivity(lines.join('\n'));
    return step.endDialog();
  }

  /** Consecutive days sharing one deadline (a holiday period) are told once. */
  private groups(days: readonly IsoDay[]): IsoDay[][] {
    const groups: IsoDay[][] = [];
    for (const day of days) {
      const last = groups[groups.length - 1];
      const rules = this.services.rules;
      if (last && rules.activityOn(day).open && rules.deadlineFor(day).rule !== 'school_period' && rules.deadlineFor(last[0]).lastDay === rules.deadlineFor(day).lastDay) {
        last.push(day);
      } else {
        groups.push([day]);
      }
    }
    return groups;
  }

  private groupLine(days: IsoDay[]): string {
    const rules = this.services.rules;
    const offer = rules.activityOn(days[0]);
    if (!offer.open) return fill(m.closedDay, { day: frenchDay(days[0]), why: closedNote(offer.reason, offer.publicHolidayName) });
    const deadline = rules.deadlineFor(days[0]);
    const open = rules.isChangeAllowed(days[0], this.services.clock.now());
    const vars = {
      day: frenchDay(days[0]),
      first: frenchDay(days[0]),
      last: frenchDay(days[days.length - 1]),
      activity: rules.activity(offer.activity).label,
      lastDay: frenchDay(deadline.lastDay),
      time: frenchTime(deadline.closingTime),
      why: whyOf(deadline),
      state: open ? m.stillOpen : fill(m.closed, { mailbox: rules.config.contacts.mailbox }),
    };
    return fill(days.length > 1 ? m.lineRange : m.line, vars);
  }
}

function whyOf(deadline: Deadline): string {
  const period = deadline.period ? HOLIDAY_LABELS[deadline.period.kind] : '';
  return fill(m[`why_${deadline.rule}`], { period });
}
