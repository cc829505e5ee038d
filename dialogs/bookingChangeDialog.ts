/**
 * Reserve or cancel days for one's children: gathers the missing pieces one at a time,
 * confirms with the days spelt out, applies the change through the booking use case,
 * reports day by day, then offers the waiting list (full days) or a late request
 * (days past their deadline).
 */
import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { absorb, isNewRequest, missingPiece, startForm } from './bookingForm';
import type { BookingForm, BookingFormOptions, ChangeMode, MissingPiece } from './bookingForm';
import { yesNoOf } from './commands';
import { frenchAlternatives, frenchDays, frenchList, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { outcomeActivity, outcomeLines } from './outcomeReport';
import { withChoices, yesNo } from './replies';
import type { DayOutcome, DialogServices, FamilyContext, HandoffRequest, Interpretation } from './services';
import { familyOf } from './turnFamily';

/** What a booking dialog hands back to the main dialog: a new request to route, if any. */
export type ChangeDialogResult = { reroute: string; handoff?: HandoffRequest } | undefined;

type Collected = { kind: 'form'; form: BookingForm } | { kind: 'reroute'; text: string };
interface ChangeState {
  form?: BookingForm;
  outcomes?: DayOutcome[];
}

const ALL_CHILDREN = /^(tous|toutes|tous les deux|toutes les deux|les deux|les trois|tous les trois)$/;
const m = messages.booking;

export class BookingChangeDialog extends InterruptibleDialog {
  private readonly formId: string;
  private readonly textPromptId: string;
  private readonly answerPromptId: string;

  constructor(
    id: string,
    private readonly mode: ChangeMode,
    private readonly services: DialogServices,
  ) {
    super(id, services.rules.config);
    this.formId = `${id}.form`;
    this.textPromptId = `${id}.text`;
    this.answerPromptId = `${id}.answer`;
    this.addDialog(new TextPrompt(this.textPromptId));
    this.addDialog(new TextPrompt(this.answerPromptId, (prompt) => this.isAnswer(prompt)));
    this.addDialog(new WaterfallDialog<BookingForm>(this.formId, [(s) => this.askMissing(s), (s) => this.absorbAnswer(s)]));
    this.addDialog(
      new WaterfallDialog<BookingFormOptions>(`${id}.main`, [
        (s) => this.collect(s),
        (s) => this.confirm(s),
        (s) => this.act(s),
        (s) => this.offerWaitlist(s),
        (s) => this.readWaitlist(s),
        (s) => this.offerLateRequest(s),
        (s) => this.readLateRequest(s),
      ]),
    );
    this.initialDialogId = `${id}.main`;
  }

  // ── gathering the pieces ────────────────────────────────────────────────

  private async collect(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const form = startForm(this.mode, step.options, familyOf(step.context).children);
    return step.beginDialog(this.formId, form);
  }

  private async askMissing(step: WaterfallStepContext<BookingForm>): Promise<DialogTurnResult> {
    const piece = missingPiece(step.options);
    if (!piece) return step.endDialog({ kind: 'form', form: step.options } satisfies Collected);
    return step.prompt(this.textPromptId, { prompt: this.question(piece, step.options, familyOf(step.context)) });
  }

  private async absorbAnswer(step: WaterfallStepContext<BookingForm>): Promise<DialogTurnResult> {
    const form = step.options;
    const text = String(step.result ?? '');
    const family = familyOf(step.context);
    const asked = missingPiece(form);
    const meaning = this.understand(step.context, text, family);
    if (isNewRequest(meaning, text, this.mode)) {
      return step.endDialog({ kind: 'reroute', text } satisfies Collected);
    }
    let gained: boolean;
    if (asked === 'until') {
      // "tous les mardis" + "jusqu'aux vacances": the bound only makes sense with the recurrence.
      gained = absorb(form, text, this.understand(step.context, `${form.text} ${text}`, family), family.children);
    } else if (asked === 'child' && ALL_CHILDREN.test(normalise(text))) {
      form.childIds = family.children.map((child) => child.id);
      gained = absorb(form, text, meaning, family.children) || true;
    } else {
      gained = absorb(form, text, meaning, family.children);
    }
    form.misunderstood = gained ? 0 : form.misunderstood + 1;
    if (!gained) await this.notUnderstood(step.context, form.misunderstood);
    return step.replaceDialog(this.formId, form);
  }

  private question(piece: MissingPiece, form: BookingForm, family: FamilyContext) {
    const names = family.children.map((child) => child.firstName);
    if (piece === 'child') {
      const text = form.unknownName
        ? fill(m.unknownChild, { name: form.unknownName, names: frenchList(names) })
        : fill(m.askChild, { names: frenchAlternatives(names) });
      return withChoices(text, names.length > 1 ? [...names, m.all] : names);
    }
    if (piece === 'until') return withChoices(m.askUntil, []);
    return withChoices(this.mode === 'reserve' ? m.askDays : m.askDaysCancel, []);
  }

  // ── confirming and applying ────────────────────────────────────────────

  private async confirm(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const collected = step.result as Collected;
    if (collected.kind === 'reroute') return step.endDialog({ reroute: collected.text } satisfies ChangeDialogResult);
    const state = stateOf(step);
    state.form = collected.form;
    const family = familyOf(step.context);
    const text = fill(this.mode === 'reserve' ? m.confirmReserve : m.confirmCancel, {
      children: frenchList(collected.form.childIds.map((id) => nameOf(family, id))),
      days: frenchDays(collected.form.days),
    });
    return step.prompt(this.answerPromptId, { prompt: yesNo(text), retryPrompt: yesNo(m.confirmAnswer) });
  }

  private async act(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const answer = yesNoOf(String(step.result));
    if (answer === undefined) return step.endDialog({ reroute: String(step.result) } satisfies ChangeDialogResult);
    if (answer === 'no') {
      await step.context.sendActivity(m.nothingChanged);
      return step.endDialog();
    }
    const state = stateOf(step);
    const form = state.form!;
    const family = familyOf(step.context);
    const change = this.changeOf(step.context, family, form.childIds, form.days, '');
    const outcomes =
      this.mode === 'reserve' ? await this.services.bookings.reserve(change) : await this.services.bookings.cancel(change);
    state.outcomes = outcomes;
    await step.context.sendActivity(outcomeActivity(this.mode, outcomes, family.children, this.services.rules));
    return step.next();
  }

  // ── follow-ups: waiting list, late request ─────────────────────────────

  private async offerWaitlist(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const full = outcomesWith(stateOf(step), 'full');
    if (full.length === 0) return step.next();
    const family = familyOf(step.context);
    const text = fill(m.offerWaitlist, {
      children: frenchList(unique(full.map((o) => nameOf(family, o.childId)))),
      days: frenchDays(unique(full.map((o) => o.day))),
    });
    return step.prompt(this.answerPromptId, { prompt: yesNo(text), retryPrompt: yesNo(m.confirmAnswer) });
  }

  private async readWaitlist(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    if (step.result === undefined) return step.next();
    const answer = yesNoOf(String(step.result));
    if (answer === undefined) return step.endDialog({ reroute: String(step.result) } satisfies ChangeDialogResult);
    if (answer === 'yes') {
      const family = familyOf(step.context);
      const full = outcomesWith(stateOf(step), 'full');
      const change = this.changeOf(step.context, family, unique(full.map((o) => o.childId)), unique(full.map((o) => o.day)), ':waitlist');
      const outcomes = await this.services.bookings.reserve({ ...change, joinWaitlist: true });
      await step.context.sendActivity(outcomeLines(outcomes, family.children, this.services.rules));
    }
    return step.next();
  }

  private async offerLateRequest(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const late = outcomesWith(stateOf(step), 'past_deadline');
    if (late.length === 0) {
      await step.context.sendActivity(m.done);
      return step.endDialog();
    }
    const text = fill(m.offerLate, { days: frenchDays(unique(late.map((o) => o.day))), mailbox: this.townConfig.contacts.mailbox });
    const c = messages.common;
    const choices = [c.yes, c.no, messages.handoff.offerPerson];
    return step.prompt(this.answerPromptId, { prompt: withChoices(text, choices), retryPrompt: withChoices(m.confirmAnswer, choices) });
  }

  private async readLateRequest(step: WaterfallStepContext<BookingFormOptions>): Promise<DialogTurnResult> {
    const answer = yesNoOf(String(step.result));
    if (answer === undefined) return step.endDialog({ reroute: String(step.result) } satisfies ChangeDialogResult);
    if (answer === 'yes') {
      const state = stateOf(step);
      const late = outcomesWith(state, 'past_deadline');
      const family = familyOf(step.context);
      const activity = step.context.activity;
      const receipt = await this.services.lateRequests.send({
        guardianId: family.guardianId,
        childIds: unique(late.map((o) => o.childId)),
        days: unique(late.map((o) => o.day)),
        kind: this.mode,
        // The parent's own words: the message(s) that asked for the change.
        parentWords: state.form?.text ?? '',
        channel: activity.channelId,
        idempotencyKey: `late:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}`,
        now: this.services.clock.now(),
      });
      const mailbox = this.townConfig.contacts.mailbox;
      await step.context.sendActivity(receipt ? fill(m.lateSent, { mailbox, number: receipt.number }) : fill(m.lateNotSent, { mailbox }));
    } else {
      await step.context.sendActivity(m.done);
    }
    return step.endDialog();
  }

  // ── helpers ────────────────────────────────────────────────────────────

  /** Asked for a person after a refusal "hors délai": staff see the days and children at stake. */
  protected override handoffRequest(innerDc: DialogContext, text: string): HandoffRequest {
    const main = innerDc.stack.find((instance) => instance.id === `${this.id}.main`);
    const values = (main?.state as { values?: ChangeState } | undefined)?.values;
    const late = (values?.outcomes ?? []).filter((outcome) => outcome.code === 'past_deadline');
    if (late.length === 0) return super.handoffRequest(innerDc, text);
    const family = familyOf(innerDc.context);
    return {
      reason: 'late_request',
      trigger: text,
      intent: this.mode,
      days: unique(late.map((o) => o.day)),
      children: unique(late.map((o) => nameOf(family, o.childId))),
    };
  }

  /** A confirmation prompt accepts yes/no or a new request; anything else is asked again. */
  private async isAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (yesNoOf(text) !== undefined) return true;
    const meaning = this.understand(prompt.context, text, familyOf(prompt.context));
    if (isNewRequest(meaning, text)) return true;
    if (prompt.attemptCount >= 2) await this.notUnderstood(prompt.context, 2);
    return false;
  }

  private understand(context: TurnContext, text: string, family: FamilyContext): Interpretation {
    return this.services.understanding.understand(text, {
      now: this.services.clock.now(),
      children: family.children.map((child) => child.firstName),
    });
  }

  private changeOf(context: TurnContext, family: FamilyContext, childIds: number[], days: string[], suffix: string) {
    const activity = context.activity;
    // The message id makes a redelivered "oui" the same change (the use case replays its outcome).
    const key = `${this.mode}:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}${suffix}`;
    return { guardianId: family.guardianId, childIds, days, idempotencyKey: key, channel: activity.channelId, now: this.services.clock.now() };
  }
}

function stateOf(step: WaterfallStepContext<BookingFormOptions>): ChangeState {
  return step.values as ChangeState;
}

function outcomesWith(state: ChangeState, code: DayOutcome['code']): DayOutcome[] {
  return (state.outcomes ?? []).filter((outcome) => outcome.code === code);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function nameOf(family: FamilyContext, id: number): string {
  return family.children.find((child) => child.id === id)?.firstName ?? '?';
}
