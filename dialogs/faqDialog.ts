/** Questions on the service, answered from the flyer's facts (catalog faq.fr.json). */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TownConfig } from '../src/config/townConfig';
import type { BookingFormOptions } from './bookingForm';
import { frenchTime, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { contactVars } from './replies';

export const FAQ_DIALOG = 'faq';
const m = messages.faq;

/** The catalog's answer whose keywords the question contains most, or the fallback. */
export function faqAnswer(question: string, config: TownConfig): string {
  const text = normalise(question);
  let best: { score: number; answer?: string } = { score: 0 };
  for (const entry of m.answers) {
    const score = entry.keywords.filter((keyword) => text.includes(normalise(keyword))).length;
    if (score > best.score) best = { score, answer: entry.text };
  }
  const activities = config.activities
    .map((a) => `${a.label} ${frenchTime(a.hours.from)}–${frenchTime(a.hours.to)}`)
    .join(', ');
  const vars = { ...contactVars(config), activities };
  return best.answer ? `${fill(best.answer, vars)} ${m.next}` : fill(m.fallback, vars);
}

export class FaqDialog extends InterruptibleDialog {
  constructor(config: TownConfig) {
    super(FAQ_DIALOG, config);
    this.addDialog(new WaterfallDialog<BookingFormOptions>(`${FAQ_DIALOG}.main`, [(s) => this.answer(s)]));
    this.initialDialogId = `${FAQ_DIALOG}.main`;
  }

  private async answer(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    await step.context.sendActivity(faqAnswer(step.options.text, this.townConfig));
    return step.endDialog();
  }
}
