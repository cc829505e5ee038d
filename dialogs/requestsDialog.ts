/**
 * "Où en est ma demande ?", "mes demandes", "la demande D-2026-000012": the guardian's
 * latest requests (late requests, justifications, messages) with status and history,
 * or one of them in full.
 */
import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { RequestView } from '../src/requests/requestViews';
import { todayIn, wallClockTime } from '../src/domain/day';
import { frenchDay, frenchTime, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import type { DialogServices, Intent } from './services';
import { familyOf } from './turnFamily';

export const REQUESTS_DIALOG = 'requests';
/** Requests listed in full; older ones are counted. */
const SHOWN = 5;
/** A request number, as typed or copied from a reply (whose hyphens do not break: U+2011). */
const NUMBER = /\bD[-\u2011]\d{4}[-\u2011]\d{6,}\b/i;
// ("what is the status of my request?": parents who write in English.)
const ASKS = /\b(ou en est|ou en sont|suivi|statut|status|etat)\b.*\b(?:demandes?|requests?)\b|\bmes demandes\b|\bma demande\b|\bmy requests?\b|\bmes justificatifs\b|\bmon justificatif\b/;
const m = messages.requests;

export interface RequestsOptions {
  text: string;
}

/** A request number in the text ("d-2026-000012" → "D-2026-000012"). */
export function requestNumberIn(text: string): string | undefined {
  return NUMBER.exec(text)?.[0].toUpperCase().replace(/\u2011/g, '-');
}

/** True when the parent asks about their requests rather than their bookings or a new request. */
export function asksAboutRequests(text: string, intent: Intent): boolean {
  if (requestNumberIn(text)) return true;
  // ("… et de quelle manière il convient d'y formuler mes demandes": how to use the assistant, not the requests sent.)
  if (intent === 'reserve' || intent === 'cancel' || intent === 'late_request' || intent === 'absence' || intent === 'help') return false;
  return ASKS.test(normalise(text));
}

export class RequestsDialog extends InterruptibleDialog {
  constructor(private readonly services: DialogServices) {
    super(REQUESTS_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<RequestsOptions>(`${REQUESTS_DIALOG}.main`, [(s) => this.show(s)]));
    this.initialDialogId = `${REQUESTS_DIALOG}.main`;
  }

  private async show(step: WaterfallStepContext<RequestsOptions>): Promise<DialogTurnResult> {
    const { guardianId } = familyOf(step.context);
    const number = requestNumberIn(step.options.text);
    if (number) {
      const request = await this.services.requestTracker.find(guardianId, number);
      await step.context.sendActivity(request ? this.detail(request) : fill(m.notFound, { number }));
      return step.endDialog();
    }
    const requests = await this.services.requestTracker.list(guardianId);
    if (requests.length === 0) {
      await step.context.sendActivity(m.none);
      return step.endDialog();
    }
    const lines = [m.header];
    for (const request of requests.slice(0, SHOWN)) {
      lines.push(fill(m.line, { summary: request.summary }), ...request.history.map((row) => this.historyLine(row)));
    }
    if (requests.length > SHOWN) lines.push(fill(m.more, { count: requests.length - SHOWN }));
    lines.push('', fill(m.next, { example: requests[0].number }));
    await step.context.sendActivity(lines.join('\n'));
    return step.endDialog();
  }

  private detail(request: RequestView): string {
    return [fill(m.detailHeader, { summary: request.summary }), m.detailHistory, ...request.history.map((row) => this.historyLine(row))].join('\n');
  }

  private historyLine(row: RequestView['history'][number]): string {
    const zone = this.services.rules.timeZone;
    const when = `${frenchDay(todayIn(row.at, zone), { withoutWeekday: true })} à ${frenchTime(wallClockTime(row.at, zone))}`;
    return fill(m.historyLine, { when, status: row.statusLabel, comment: row.comment ? ` — ${row.comment}` : '' });
  }
}
