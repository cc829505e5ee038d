/**
 * Questions on the service, answered from the flyer's facts (catalog faq.fr.json), and
 * "est-ce que le centre est ouvert samedi 25 avril ?" answered yes or no from the calendar.
 */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TownConfig } from '../src/config/townConfig';
import type { IsoDay } from '../src/domain/day';
import type { TownRules } from '../src/domain/townRules';
import type { RequestOptions } from './changeRequest';
import { closedNote } from './changeReport';
import type { ConversationMemory } from './conversationMemory';
import { frenchDays, frenchTime, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { activityIn } from './moneyQuestion';
import { contactVars } from './replies';
import type { DialogServices, Interpretation } from './services';
import { familyOf } from './turnFamily';

export const FAQ_DIALOG = 'faq';
const m = messages.faq;
/** The catalog's entry on opening hours (the one a question about a day's opening matches). */
const HOURS_ENTRY = m.answers.findIndex((entry) => entry.keywords.includes('ouvert'));

/** The index of the catalog's answer whose keywords the question contains most, or -1. */
function bestEntry(question: string): number {
  const text = normalise(question);
  let best = { score: 0, index: -1 };
  m.answers.forEach((entry, index) => {
    const score = entry.keywords.filter((keyword) => text.includes(normalise(keyword))).length;
    if (score > best.score) best = { score, index };
  });
  return best.index;
}

/** The catalog's answer whose keywords the question contains most, or the fallback. */
export function faqAnswer(question: string, config: TownConfig): string {
  const index = bestEntry(question);
  const activities = config.activities.map((a) => `${a.label} ${frenchTime(a.hours.from)}–${frenchTime(a.hours.to)}`).join(', ');
  const vars = { ...contactVars(config), activities };
  return index >= 0 ? `${fill(m.answers[index].text, vars)} ${m.next}` : fill(m.fallback, vars);
}

/**
 * "Mercredi 22 avril : ouvert, accueil de loisirs de 8h00 à 19h00." / "Samedi 25 avril : pas
 * d'accueil, c'est le week-end." Days with the same answer are told together ("Du lundi 21
 * au jeudi 24 décembre et du lundi 28 au jeudi 31 décembre : ouvert, …").
 */
export function openingAnswer(days: readonly IsoDay[], rules: TownRules): string {
  const groups = new Map<string, { days: IsoDay[]; line: (Day: string) => string }>();
  for (const day of days) {
    const offer = rules.activityOn(day);
    let key: string;
    let line: (Day: string) => string;
    if (offer.open) {
      const activity = rules.activity(offer.activity);
      key = `open:${activity.label}`;
      line = (Day) => fill(m.openOn, { Day, activity: activity.label, from: frenchTime(activity.hours.from), to: frenchTime(activity.hours.to) });
    } else {
      const why = closedNote(offer.reason, offer.publicHolidayName);
      key = `closed:${why}`;
      line = (Day) => fill(m.closedOn, { Day, why });
    }
    const group = groups.get(key) ?? { days: [], line };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => group.line(capitalised(frenchDays(group.days)))).join('\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A question about opening hours that names days: answered day by day. */
function asksIfOpen(text: string, meaning: Interpretation): IsoDay[] {
  const days = [...new Set([...meaning.dates, ...(meaning.closedDates ?? [])])].sort();
  if (days.length === 0) return [];
  return meaning.topic === 'hours' || (meaning.topic === undefined && bestEntry(text) === HOURS_ENTRY) ? days : [];
}

export class FaqDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly memory: ConversationMemory,
  ) {
    super(FAQ_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<RequestOptions>(`${FAQ_DIALOG}.main`, [(s) => this.answer(s)]));
    this.initialDialogId = `${FAQ_DIALOG}.main`;
  }

  private async answer(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const days = asksIfOpen(step.options.text, step.options.interpretation);
    // "et le soir ?" just after opening hours: that activity's hours.
    const activityAsked = step.options.interpretation.topic === 'hours' && days.length === 0 ? activityIn(step.options.text) : undefined;
    const activity = activityAsked ? this.townConfig.activities.find((a) => a.code === activityAsked) : undefined;
    const reply =
      days.length > 0
        ? `${openingAnswer(days, this.services.rules)} ${m.next}`
        : activity
          ? `${fill(m.activityHours, { Activity: capitalised(activity.label), from: frenchTime(activity.hours.from), to: frenchTime(activity.hours.to) })} ${m.next}`
          : faqAnswer(step.options.text, this.townConfig);
    await step.context.sendActivity(reply);
    // "et le mercredi ?" next asks the opening of that day.
    if (days.length > 0 || activity || bestEntry(step.options.text) === HOURS_ENTRY) {
      await this.memory.remember(step.context, familyOf(step.context).guardianId, { intent: 'faq', topic: 'hours', childIds: [], days: [] });
    }
    return step.endDialog();
  }
}
