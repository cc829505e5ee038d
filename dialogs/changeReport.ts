/**
 * How a change is told: what the confirmation announces and what the result says,
 * grouped by outcome and by children ("Réservé pour Léa et Hugo : du lundi 9 au
 * vendredi 13 mars."), long lists in short with the day-by-day detail kept for
 * "détail", and an Adaptive Card beside the text (the channel shows one of them:
 * src/bot/outgoingRendering.ts).
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { IsoDay } from '../src/domain/day';
import { frenchDeadline } from '../src/bookings/deadlineInfo';
import type { TownRules } from '../src/domain/townRules';
import type { ChangeMode } from './changeRequest';
import { frenchDay, frenchDays, frenchDaysShort, frenchList } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import type { ChildRef, DayOutcome, DayPreview } from './services';

const m = messages.booking;

/** Every way a child's day can end up, from a preview or from the change itself. */
export type ReportStatus =
  | 'booked'
  | 'cancelled'
  | 'waitlisted'
  | 'already_booked'
  | 'already_waiting'
  | 'not_booked'
  | 'full'
  | 'past_deadline'
  | 'closed_day'
  | 'not_your_child';

export interface ReportItem {
  childId: number;
  day: IsoDay;
  status: ReportStatus;
  /** French: the deadline of a late day, why a day is closed. */
  note?: string;
}

/** Done first, then what was already so, then what could not be done. */
const ORDER: readonly ReportStatus[] = [
  'booked',
  'cancelled',
  'waitlisted',
  'already_booked',
  'already_waiting',
  'not_booked',
  'full',
  'past_deadline',
  'closed_day',
  'not_your_child',
];
const DONE = new Set<ReportStatus>(['booked', 'cancelled', 'waitlisted']);
const REFUSED = new Set<ReportStatus>(['full', 'past_deadline', 'closed_day', 'not_your_child']);

/** "date limite : mardi 10 mars 2026 à 23h59". */
export function deadlineNote(rules: TownRules, day: IsoDay): string {
  return fill(m.deadlineNote, { deadline: frenchDeadline(rules.deadlineFor(day)) });
}

/** Why a day has no accueil, in French ("lundi de Pâques, jour férié", "pas d'accueil le week-end"). */
export function closedNote(reason: string, detail?: string): string {
  const key = `closed_${reason}` as keyof typeof m;
  return fill(m[key] ?? m.closed_no_activity, { name: detail ?? '', detail: detail ?? '' });
}

/** The closed days of the calendar a parent named (weekends, public holidays), as report items for each child. */
export function closedItems(rules: TownRules, days: readonly IsoDay[], childIds: readonly number[]): ReportItem[] {
  return days.flatMap((day) => {
    const offer = rules.activityOn(day);
    const note = offer.open ? closedNote('no_activity') : closedNote(offer.reason, offer.publicHolidayName);
    return childIds.map((childId) => ({ childId, day, status: 'closed_day' as const, note }));
  });
}

/** What a preview says of the days that will not change (the others are announced as the change). */
export function previewItem(preview: DayPreview, mode: ChangeMode, rules: TownRules): ReportItem | undefined {
  const { childId, day } = preview;
  switch (preview.code) {
    case 'will_change':
      return undefined;
    case 'already':
      return { childId, day, status: mode === 'cancel' ? 'not_booked' : preview.waiting ? 'already_waiting' : 'already_booked' };
    case 'past_deadline':
      return { childId, day, status: 'past_deadline', note: deadlineNote(rules, day) };
    case 'full':
      return { childId, day, status: 'full' };
    case 'closed_day':
      return { childId, day, status: 'closed_day', note: closedNote(preview.reason, preview.detail) };
    case 'not_your_child':
      return { childId, day, status: 'not_your_child' };
  }
}

/** What the change itself returned, day by day. */
export function outcomeItem(outcome: DayOutcome, rules: TownRules): ReportItem {
  const { childId, day } = outcome;
  switch (outcome.code) {
    case 'past_deadline':
      return { childId, day, status: 'past_deadline', note: deadlineNote(rules, day) };
    case 'closed_day': {
      const offer = rules.activityOn(day);
      return { childId, day, status: 'closed_day', note: offer.open ? closedNote('no_activity') : closedNote(offer.reason, offer.publicHolidayName) };
    }
    case 'unknown_child':
      return { childId, day, status: 'not_your_child' };
    default:
      return { childId, day, status: outcome.code };
  }
}

/** A group: one status (and note), the children sharing exactly the same days. */
export interface ReportGroup {
  status: ReportStatus;
  note?: string;
  childIds: number[];
  days: IsoDay[];
}

/** Groups by status and note, then children with the same days together. */
export function groupItems(items: readonly ReportItem[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const status of ORDER) {
    const ofStatus = items.filter((item) => item.status === status);
    const notes = [...new Set(ofStatus.map((item) => item.note ?? ''))];
    for (const note of notes) {
      const byChild = new Map<number, Set<IsoDay>>();
      for (const item of ofStatus.filter((i) => (i.note ?? '') === note)) {
        byChild.set(item.childId, (byChild.get(item.childId) ?? new Set()).add(item.day));
      }
      const byDays = new Map<string, ReportGroup>();
      for (const [childId, days] of byChild) {
        const sorted = [...days].sort();
        const key = sorted.join(',');
        const group = byDays.get(key) ?? { status, childIds: [], days: sorted, ...(note ? { note } : {}) };
        group.childIds.push(childId);
        byDays.set(key, group);
      }
      groups.push(...byDays.values());
    }
  }
  return groups;
}

/** The children's first names in the family's order ("Léa, Hugo et Inès"). */
export function namesOf(children: readonly ChildRef[], ids: readonly number[]): string {
  return frenchList(children.filter((child) => ids.includes(child.id)).map((child) => child.firstName));
}

/** Beside days that change, more than this many days with nothing to cancel are only counted. */
const NOT_BOOKED_LISTED = 2;

/** How one group is told: its line, the days as its card shows them, and whether the detail was left out. */
function describe(group: ReportGroup, children: readonly ChildRef[], besideChanges: boolean): { line: string; days: string; shortened: boolean } {
  const names = namesOf(children, group.childIds);
  // "annuler Hugo tous les mercredis": the Wednesdays he was not booked are a count, not a list.
  if (group.status === 'not_booked' && besideChanges && group.days.length > NOT_BOOKED_LISTED) {
    const count = group.days.length;
    return { line: fill(m.status_not_booked_many, { children: names, count }), days: fill(m.cardOtherDays, { count }), shortened: true };
  }
  // A closed day is closed for everyone, and told in full.
  const short = group.status === 'closed_day' ? { text: frenchDays(group.days), shortened: false } : frenchDaysShort(group.days);
  return { line: fill(m[`status_${group.status}`], { children: names, days: short.text, note: group.note ?? '' }), days: short.text, shortened: short.shortened };
}

/** One line of French per group; `shortened` when a long list of days was told in short. */
export function groupLines(groups: readonly ReportGroup[], children: readonly ChildRef[]): { lines: string[]; shortened: boolean } {
  const besideChanges = groups.some((group) => DONE.has(group.status));
  const described = groups.map((group) => describe(group, children, besideChanges));
  return { lines: described.map((d) => d.line), shortened: described.some((d) => d.shortened) };
}

/** Closed days are the same for every child: one group for all of them. */
function mergeClosed(groups: ReportGroup[]): ReportGroup[] {
  const closed = groups.filter((group) => group.status === 'closed_day');
  const byNote = new Map<string, ReportGroup>();
  for (const group of closed) {
    const key = `${group.note}|${group.days.join(',')}`;
    const seen = byNote.get(key);
    if (seen) seen.childIds.push(...group.childIds);
    else byNote.set(key, { ...group, childIds: [...group.childIds] });
  }
  return [...groups.filter((group) => group.status !== 'closed_day'), ...byNote.values()];
}

/** "• Léa, mardi 10 mars : réservé": the day-by-day detail of a result. */
export function detailText(items: readonly ReportItem[], children: readonly ChildRef[]): string {
  const sorted = [...items].sort((a, b) => (a.day === b.day ? a.childId - b.childId : a.day < b.day ? -1 : 1));
  const lines = sorted.map((item) =>
    fill(m.detailLine, {
      child: namesOf(children, [item.childId]),
      day: frenchDay(item.day),
      status: `${m[`label_${item.status}`].toLowerCase()}${item.note ? ` (${item.note})` : ''}`,
    }),
  );
  return [m.detailHeader, ...lines].join('\n');
}

export interface Report {
  /** Text and card: the channel shows one of them. */
  activity: Partial<Activity>;
  /** The day-by-day detail, when the report told long lists in short. */
  detail?: string;
}

const ICON: Record<'done' | 'refused' | 'same', { icon: string; color: string }> = {
  done: { icon: '✓', color: 'Good' },
  refused: { icon: '✗', color: 'Attention' },
  same: { icon: '•', color: 'Default' },
};

/** The result of a change: grouped text, and the same as a card readable on a phone. */
export function reportActivity(title: string, items: readonly ReportItem[], children: readonly ChildRef[]): Report {
  const groups = mergeClosed(groupItems(items));
  const { lines, shortened } = groupLines(groups, children);
  const textLines = groups.map((group, index) => `${ICON[kindOf(group.status)].icon} ${lines[index]}`);
  if (shortened) textLines.push(m.askDetail);
  const body: unknown[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  const besideChanges = groups.some((group) => DONE.has(group.status));
  groups.forEach((group) => {
    const look = ICON[kindOf(group.status)];
    const { days } = describe(group, children, besideChanges);
    const who = group.status === 'closed_day' || group.status === 'not_your_child' ? '' : ` ${fill(m.cardFor, { children: namesOf(children, group.childIds) })}`;
    body.push({
      type: 'ColumnSet',
      spacing: 'Medium',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: look.icon, color: look.color, weight: 'Bolder', size: 'Medium' }] },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'TextBlock', text: `**${m[`label_${group.status}`]}**${who}`, color: look.color === 'Default' ? 'Default' : look.color, wrap: true },
            { type: 'TextBlock', text: group.note ? `${days} (${group.note})` : days, wrap: true, spacing: 'None' },
          ],
        },
      ],
    });
  });
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    lang: 'fr',
    body,
  });
  const activity = MessageFactory.attachment(card, textLines.join('\n'));
  if (shortened) {
    activity.suggestedActions = { to: [], actions: [{ type: 'imBack', title: m.detailButton, value: m.detailButton }] };
    return { activity, detail: detailText(items, children) };
  }
  return { activity };
}

function kindOf(status: ReportStatus): 'done' | 'refused' | 'same' {
  return DONE.has(status) ? 'done' : REFUSED.has(status) ? 'refused' : 'same';
}

/** The card title of a change: its mode, or "Vos changements" when it mixed both. */
export function reportTitle(modes: readonly ChangeMode[]): string {
  const unique = [...new Set(modes)];
  return unique.length > 1 ? m.cardTitle_mixed : unique[0] === 'cancel' ? m.cardTitle_cancel : m.cardTitle_reserve;
}

/**
 * The lines a confirmation adds for days that will not change (already so, late, full,
 * closed); `besideChanges` when other days will change (days with nothing to cancel are then counted).
 */
export function confirmationNotes(items: readonly ReportItem[], children: readonly ChildRef[], besideChanges = false): string[] {
  const groups = mergeClosed(groupItems(items));
  return groups.map((group) => describe(group, children, besideChanges).line);
}
