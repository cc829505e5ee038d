/** The outcome of a change, day by day: readable lines and an Adaptive Card summary. */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { TownRules } from '../src/domain/townRules';
import type { ChangeMode } from './bookingForm';
import { frenchDay, frenchTime } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import type { ChildRef, DayOutcome } from './services';

const m = messages.booking;

export function childName(children: readonly ChildRef[], id: number): string {
  return children.find((child) => child.id === id)?.firstName ?? m.outcome_unknown_child;
}

/** "réservé", "hors délai (la date limite était le mardi 10 mars à 23h59)", … */
export function outcomeText(outcome: DayOutcome, rules: TownRules): string {
  if (outcome.code === 'past_deadline') {
    const deadline = rules.deadlineFor(outcome.day);
    return fill(m.outcome_past_deadline, {
      deadline: `${frenchDay(deadline.lastDay)} à ${frenchTime(deadline.closingTime)}`,
    });
  }
  return m[`outcome_${outcome.code}`];
}

function sorted(outcomes: readonly DayOutcome[]): DayOutcome[] {
  return [...outcomes].sort((a, b) => (a.day === b.day ? a.childId - b.childId : a.day < b.day ? -1 : 1));
}

export function outcomeLines(outcomes: readonly DayOutcome[], children: readonly ChildRef[], rules: TownRules): string {
  const lines = sorted(outcomes).map((outcome) =>
    fill(m.outcomeLine, {
      child: childName(children, outcome.childId),
      day: frenchDay(outcome.day),
      outcome: outcomeText(outcome, rules),
    }),
  );
  return [m.outcomeHeader, ...lines].join('\n');
}

/** One message: the lines as text (every channel) and the same as an Adaptive Card. */
export function outcomeActivity(
  mode: ChangeMode,
  outcomes: readonly DayOutcome[],
  children: readonly ChildRef[],
  rules: TownRules,
): Partial<Activity> {
  const rows = sorted(outcomes).map((outcome) => ({
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: childName(children, outcome.childId), weight: 'Bolder' }] },
      { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: frenchDay(outcome.day), wrap: true }] },
      { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: outcomeText(outcome, rules), wrap: true }] },
    ],
  }));
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    lang: 'fr',
    body: [
      { type: 'TextBlock', size: 'Medium', weight: 'Bolder', text: mode === 'reserve' ? m.cardTitleReserve : m.cardTitleCancel },
      {
        type: 'ColumnSet',
        columns: [m.cardChild, m.cardDay, m.cardResult].map((title, index) => ({
          type: 'Column',
          width: index === 0 ? 'auto' : 'stretch',
          items: [{ type: 'TextBlock', text: title, isSubtle: true }],
        })),
      },
      ...rows,
    ],
  });
  return MessageFactory.attachment(card, outcomeLines(outcomes, children, rules));
}
