/**
 * Money questions (topics tariffs, quotient, statement, attestation): the family's own
 * prices or the grid, the simulator ("avec un QF de 850, combien pour 4 mercredis ?"),
 * a month's statement or the estimate of a month to come (day by day on "détail"), the
 * quotient familial and its evaluation (the documents sent here go to the service as a
 * quotient_familial request), and the payment attestation as a PDF.
 */
import { randomUUID } from 'node:crypto';
import { Dialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Activity, TurnContext } from 'botbuilder';
import type { ActivityCode } from '../src/config/townConfig';
import type { QuotientBracket, TariffsConfig } from '../src/config/tariffsConfig';
import { todayIn, type IsoDay } from '../src/domain/day';
import { MONTH_NAMES } from '../src/domain/frenchDates';
import { formatEuros } from '../src/money/money';
import type { MoneyFamily } from '../src/money/ports';
import type { Statement } from '../src/money/statement';
import { bracketOf, dayPriceFor, sortedBrackets, tariffOf } from '../src/money/tariffs';
import type { ConversationMemory } from './conversationMemory';
import type { Interpretation } from './services';
import type { ChangeDialogResult } from './changeDialog';
import { isNewRequest } from './changeRequest';
import type { RequestOptions } from './changeRequest';
import { yesNoOf } from './commands';
import { frenchDay, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { activityIn, asksDetail, asksHalfDay, childCountIn, dayCountIn, quotientIn, statementMonth, yearIn } from './moneyQuestion';
import { contactVars } from './replies';
import type { DialogServices, MoneyDesk, Topic } from './services';
import type { TownRules } from '../src/domain/townRules';
import { familyOf } from './turnFamily';

export const MONEY_DIALOG = 'money';
export const MONEY_TOPICS: readonly Topic[] = ['tariffs', 'quotient', 'statement', 'attestation'];
/** A question that follows the one just answered: "et le mercredi ?", "ok et pour le soir ?". */
const FOLLOW_UP = /^(?:(?:ok|bon|alors|d'accord|merci)\s+)*et\b/;

/** Days counted in a price question: "les mercredis de janvier", "tous les soirs de la semaine". */
const PLURAL_DAYS = /\b(?:les|des|ses|leurs|tous les|toutes les|ces) (?:lundis|mardis|mercredis|jeudis|vendredis|soirs|soirees|jours|journees)\b/;
const EVALUATION = `${MONEY_DIALOG}.evaluation`;
const m = messages.money;

/** "évaluer mes tarifs", "mon QF a changé", "voici mon avis d'imposition": the parent wants the QF (re)evaluated, not just to know it. */
const WANTS_EVALUATION =
  /\b(?:evalu\w*|reevalu\w*|recalcul\w*|calculer|mettre a jour|mise a jour|actualis\w*|a change|changement|nouveau|nouvelle|envo\w*|voici|voila|ci joint|joins|joint|transmet\w*|avis d' ?(?:imposition|impot)|attestation|justificatif|document|papiers?|revenus? (?:ont|a) (?:baisse|augmente))\b/;
/** "plus tard", "je ne l'ai pas", "pas maintenant": no document at hand. */
const NOT_NOW = /\b(?:plus tard|pas maintenant|pas sous la main|je ne l' ?ai pas|je l' ?ai pas|pas encore|une autre fois|demain|apres)\b/;

/** How the document step speaks: a reminder, or nothing (the question or a refusal was just said). */
interface EvaluationStep {
  ask: 'reminder' | 'silent';
  /** The parent's words so far, sent to the service with the documents. */
  text: string;
}

/** "combien ça va me coûter ?", "ça fait combien ?", "le total de ces réservations": the cost of what was just asked. */
// ("combien je paye pour ça ?", "on va payer combien ?": the same.)
export const COST_OF_IT =
  /\b(?:combien (?:je |j' |on |nous |vous )?(?:vais |va |allons |allez )?(?:paye|payer|paie|payerai|paierai|dois|devrai|devrais)(?: \S+){0,2}? (?:pour )?(?:ca|cela|tout ca|ces jours|ces reservations|cette reservation)\b|(?:je|on|nous) (?:paye|paie|payerai|paierai|vais payer|va payer|allons payer) combien|c'est combien|combien c'est|combien (?:ca|cela) (?:va |me va |nous va |m' ?a |nous a |m' ?aura )?(?:me |nous )?(?:couter|coute|coutera|fait|fera|revient|reviendra|faire)|(?:ca|cela) (?:va )?(?:me |nous )?(?:couter|coute|coutera|fait|fera|revient|reviendra|faire) combien|(?:le )?(?:cout|prix|montant|total) (?:de|pour) (?:ces|ses|mes|nos|cette|ma|la|les) (?:reservations?|jours|journees|soirs|inscriptions?|mercredis))\b/;

/** The words and figures of "4 mercredis (accueil du mercredi) : 4 × 7,80 € = 31,20 €". */
function countVars(rules: TownRules, tariffs: TariffsConfig, activity: ActivityCode, count: number, cents: number, halfDay = false, children = 1) {
  const [one, many] = (tariffOf(tariffs, activity).unit === 'soir' ? m.countUnit_soir : m.countUnit_jour).split('|');
  const unitWord = activity === 'mercredi' && !halfDay ? (count < 2 ? 'mercredi' : 'mercredis') : count < 2 ? one : many;
  const name = rules.activity(activity).label;
  const label = children > 1 ? fill(m.forChildren, { activity: name, children }) : name;
  return { count, countUnit: unitWord, activity: label, times: count * children, price: formatEuros(cents), total: formatEuros(count * children * cents) };
}

/**
 * What days cost at the family's own price, activity by activity (a day listed once per
 * child), under `header`; undefined when the family has no price of its own (no quotient).
 */
export function costLines(rules: TownRules, tariffs: TariffsConfig, family: MoneyFamily, days: readonly IsoDay[], header: string): string[] | undefined {
  if (family.resident && family.quotient === null) return undefined;
  const bracket = family.resident ? bracketOf(family.quotient as number, tariffs.brackets) : undefined;
  // Per activity, the days once each and how many times they are counted (one per child).
  const counts = new Map<ActivityCode, { days: Set<IsoDay>; times: number }>();
  for (const day of days) {
    const offer = rules.activityOn(day);
    if (!offer.open) continue;
    const count = counts.get(offer.activity) ?? { days: new Set<IsoDay>(), times: 0 };
    count.days.add(day);
    count.times++;
    counts.set(offer.activity, count);
  }
  if (counts.size === 0) return undefined;
  let total = 0;
  const lines = [header];
  for (const [activity, { days: distinct, times }] of counts) {
    const tariff = tariffOf(tariffs, activity);
    const price = bracket ? tariff.prices[bracket.code] : dayPriceFor(tariffs, activity, { resident: false }).cents;
    total += times * price;
    // ("2 enfants le mercredi 16": one Wednesday for two children, not two Wednesdays.)
    const children = times % distinct.size === 0 ? times / distinct.size : 1;
    lines.push(fill(m.costLine, countVars(rules, tariffs, activity, children > 1 ? distinct.size : times, price, false, children)));
  }
  if (counts.size > 1) lines.push(fill(m.costTotal, { total: formatEuros(total) }));
  return lines;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** All that was booked in the conversation: "pour les deux", "en tout", "au total". */
const ALL_BOOKED = /\b(?:les deux|les trois|les quatre|les 2|les 3|les 4|tous|toutes|en tout|au total|tout ca|l ensemble)\b/;

export class MoneyDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly memory: ConversationMemory,
  ) {
    super(MONEY_DIALOG, services.rules.config);
    this.addDialog(new WaterfallDialog<RequestOptions>(`${MONEY_DIALOG}.main`, [(s) => this.answer(s), (s) => this.afterEvaluation(s)]));
    this.addDialog(new WaterfallDialog<EvaluationStep>(EVALUATION, [(s) => this.askDocuments(s), (s) => this.readDocuments(s)]));
    this.initialDialogId = `${MONEY_DIALOG}.main`;
  }

  private async answer(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const desk = this.services.money;
    const { text, interpretation } = step.options;
    if (!desk) {
      await step.context.sendActivity(fill(m.notConfigured, contactVars(this.townConfig)));
      return step.endDialog();
    }
    const guardian = familyOf(step.context);
    const family = await desk.familyOfGuardian(guardian.guardianId);
    if (!family) throw new Error(`guardian ${guardian.guardianId} has no family`);
    const topic = interpretation.topic;
    const asksQuotientPrice = quotientIn(text) !== undefined;
    if (topic === 'attestation') {
      await step.context.sendActivity(await this.attestation(desk, family, text));
    } else if (topic === 'statement' && !asksQuotientPrice) {
      await step.context.sendActivity(await this.statement(step, desk, family));
    } else if (topic === 'quotient' && !asksQuotientPrice && dayCountIn(text) === undefined) {
      const wantsEvaluation = WANTS_EVALUATION.test(normalise(text)) || this.services.absences.hasFiles(step.context.activity.attachments);
      if (wantsEvaluation && this.services.quotientRequests) return this.startEvaluation(step, desk.tariffs, family);
      await step.context.sendActivity(this.quotient(desk.tariffs, family));
    } else {
      const justBooked = await this.justBooked(step.context, guardian.guardianId, text);
      const cost = justBooked.length > 0 ? this.costOf(desk.tariffs, family, justBooked) : undefined;
      const asked = cost ? undefined : await this.questionAsked(step.context, guardian.guardianId, text, interpretation);
      // ("combien on paye pour les mercredis de janvier pour Léa et Hugo ?": those days, for those children; "et le mercredi ?",
      // one day, asks the price of the activity.)
      // (Only when days are counted in the question, « les mercredis de janvier », or several children named: « c'est combien la
      // garderie en janvier ? » asks the price of an evening.)
      const countsDays = PLURAL_DAYS.test(normalise(text)) || interpretation.children.length > 1 || (childCountIn(text) ?? 1) > 1;
      const days = asked?.question === text && interpretation.dates.length > 1 && countsDays ? interpretation.dates : [];
      const children = asked?.children ?? childCountIn(text) ?? (days.length > 0 && interpretation.children.length > 1 ? interpretation.children.length : undefined);
      await step.context.sendActivity(cost ?? this.prices(desk.tariffs, family, asked?.question ?? text, children, days));
      // "et le mercredi ?" next asks the price of another activity; after the cost of a booking,
      // "et Léa aussi" is that booking for Léa (the booking stays the last request).
      if (!cost) await this.memory.remember(step.context, guardian.guardianId, { intent: 'faq', topic: 'tariffs', childIds: [], days: [], question: asked?.question ?? text });
    }
    return step.endDialog();
  }

  // ── prices and the simulator ─────────────────────────────────────────────

  /**
   * "et pour Hugo seulement ?", "et pour les deux ?" just after "4 soirs de garderie pour
   * les 3": the same count of the same activity, for the children named now.
   */
  private async questionAsked(context: TurnContext, guardianId: number, text: string, interpretation: Interpretation): Promise<{ question: string; children?: number }> {
    const last = await this.memory.recall(context, guardianId);
    const before = last?.topic === 'tariffs' ? last.question : undefined;
    if (activityIn(text) !== undefined || dayCountIn(text) !== undefined) {
      // "et le mercredi ?" just after the evening's price « pour 2 enfants avec un QF de 900 »: the same children and quotient.
      if (!before || !FOLLOW_UP.test(normalise(text))) return { question: text };
      const quotient = quotientIn(text) === undefined ? quotientIn(before) : undefined;
      const count = childCountIn(text) === undefined && interpretation.children.length === 0 ? childCountIn(before) : undefined;
      const carried = [quotient !== undefined ? `qf ${quotient}` : '', count !== undefined ? `pour ${count} enfants` : ''].filter(Boolean).join(' ');
      return { question: carried ? `${text} ${carried}` : text };
    }
    if (!before || activityIn(before) === undefined) return { question: text };
    const children = childCountIn(text) ?? (interpretation.children.length > 0 ? interpretation.children.length : undefined);
    return children === undefined ? { question: text } : { question: before, children };
  }

  private prices(tariffs: TariffsConfig, family: MoneyFamily, text: string, children = childCountIn(text), days: readonly IsoDay[] = []): string {
    const onDays = dayCountIn(text) === undefined ? this.openDays(days, activityIn(text)) : undefined;
    const asked = activityIn(text) ?? onDays?.activity;
    const activities = asked ? [asked] : (Object.keys(tariffs.activities) as ActivityCode[]);
    const quotient = quotientIn(text);
    // ("combien coûte une journée de centre ?": the price of a day is the price itself, not a sum of one.)
    const said = dayCountIn(text);
    // ("combien pour mes 2 enfants le soir ?": one evening for both, priced as such.)
    const count = (said === 1 && (children ?? 1) <= 1 ? undefined : said) ?? onDays?.count ?? ((children ?? 1) > 1 && asked ? 1 : undefined);
    const halfDay = asksHalfDay(text);
    const lines: string[] = [];
    if (quotient !== undefined) {
      const bracket = bracketOf(quotient, tariffs.brackets);
      if (count !== undefined && asked) {
        const price = this.unitPrice(tariffs, asked, bracket, halfDay);
        lines.push(fill(m.simulationQuotient, { quotient, bracket: bracket.code, ...this.countVars(tariffs, asked, count, price, halfDay, children) }));
      } else {
        lines.push(fill(m.simulationOne, { quotient, bracket: bracket.code }));
        for (const activity of activities) lines.push(this.ownLine(tariffs, activity, this.unitPrice(tariffs, activity, bracket, halfDay), halfDay));
      }
    } else if (!family.resident || family.quotient !== null) {
      const bracket = family.resident ? bracketOf(family.quotient as number, tariffs.brackets) : undefined;
      const priceOf = (activity: ActivityCode) =>
        bracket ? this.unitPrice(tariffs, activity, bracket, halfDay) : dayPriceFor(tariffs, activity, { resident: false }).cents;
      if (count !== undefined && asked) {
        lines.push(fill(m.simulationOwn, this.countVars(tariffs, asked, count, priceOf(asked), halfDay, children)));
      } else {
        lines.push(bracket ? fill(m.ownHeader, { quotient: family.quotient as number, bracket: bracket.code }) : m.nonResidentHeader);
        for (const activity of activities) lines.push(this.ownLine(tariffs, activity, priceOf(activity), halfDay));
        if (!asked) lines.push(m.simulationHint);
      }
    } else {
      // No QF: the grid, the rule that applies, and how to pay one's own bracket's price.
      const highest = sortedBrackets(tariffs).at(-1) as QuotientBracket;
      for (const activity of activities) lines.push(this.grid(tariffs, activity, halfDay));
      const shown = asked ?? activities[0];
      lines.push(fill(m.withoutQuotient, { price: formatEuros(this.unitPrice(tariffs, shown, highest, halfDay)), unit: this.unit(tariffs, shown, halfDay), activity: this.label(shown) }));
      lines.push(m.askEvaluation);
    }
    return this.closing(tariffs, lines);
  }

  /** The days asked that the activity is open (the activity of all of them when none is said). */
  private openDays(days: readonly IsoDay[], asked: ActivityCode | undefined): { activity: ActivityCode; count: number } | undefined {
    const activities = days.map((day) => this.services.rules.activityOn(day)).flatMap((offer) => (offer.open ? [offer.activity] : []));
    const activity = asked ?? (new Set(activities).size === 1 ? activities[0] : undefined);
    const count = activities.filter((open) => open === activity).length;
    return activity && count > 0 ? { activity, count } : undefined;
  }

  /**
   * "combien ça va me coûter ?" just after a booking, with no activity nor count said: the
   * days booked by the last request of this conversation (none otherwise); "pour les deux", "en tout": every day booked
   * in this conversation.
   */
  private async justBooked(context: TurnContext, guardianId: number, text: string): Promise<IsoDay[]> {
    if (!COST_OF_IT.test(normalise(text)) || activityIn(text) || dayCountIn(text) !== undefined || quotientIn(text) !== undefined) return [];
    const last = await this.memory.recall(context, guardianId);
    if (last?.intent !== 'reserve') return [];
    // ("c'est combien pour les deux du coup ?" after Léa's Wednesday then Hugo's: every day booked in this conversation.)
    const days = ALL_BOOKED.test(normalise(text)) ? (last.booked ?? []) : (last.bookedByLast ?? []);
    return days.map((booked) => booked.day);
  }

  /** What days just booked cost at the family's own price, activity by activity; undefined without a price of its own. */
  private costOf(tariffs: TariffsConfig, family: MoneyFamily, days: readonly IsoDay[]): string | undefined {
    const lines = costLines(this.services.rules, tariffs, family, days, m.costHeader);
    return lines && this.closing(tariffs, lines);
  }

  private unitPrice(tariffs: TariffsConfig, activity: ActivityCode, bracket: QuotientBracket, halfDay: boolean): number {
    const tariff = tariffOf(tariffs, activity);
    const grid = halfDay && tariff.halfDayPrices ? tariff.halfDayPrices : tariff.prices;
    return grid[bracket.code];
  }

  private unit(tariffs: TariffsConfig, activity: ActivityCode, halfDay: boolean): string {
    if (halfDay && tariffOf(tariffs, activity).halfDayPrices) return m.unit_demi;
    return tariffOf(tariffs, activity).unit === 'soir' ? m.unit_soir : m.unit_journee;
  }

  private label(activity: ActivityCode): string {
    return this.services.rules.activity(activity).label;
  }

  private ownLine(tariffs: TariffsConfig, activity: ActivityCode, cents: number, halfDay: boolean): string {
    return fill(m.ownLine, { activity: this.label(activity), price: formatEuros(cents), unit: this.unit(tariffs, activity, halfDay) });
  }

  /** The figures of one priced line; for several children ("pour mes deux enfants"), each day counts once per child. */
  private countVars(tariffs: TariffsConfig, activity: ActivityCode, count: number, cents: number, halfDay: boolean, children = 1) {
    return countVars(this.services.rules, tariffs, activity, count, cents, halfDay, children);
  }

  private grid(tariffs: TariffsConfig, activity: ActivityCode, halfDay: boolean): string {
    const brackets = sortedBrackets(tariffs);
    const lines = [fill(m.gridHeader, { Activity: capitalised(this.label(activity)), unit: this.unit(tariffs, activity, halfDay) })];
    brackets.forEach((bracket, index) => {
      const range =
        index === 0 ? fill(m.rangeFirst, { to: (bracket.to as number) - 1 }) : bracket.to === null ? fill(m.rangeLast, { from: bracket.from }) : fill(m.rangeMiddle, { from: bracket.from, to: bracket.to - 1 });
      lines.push(fill(m.gridLine, { range, price: formatEuros(this.unitPrice(tariffs, activity, bracket, halfDay)) }));
    });
    lines.push(fill(m.gridNonResident, { price: formatEuros(tariffOf(tariffs, activity).nonResident) }));
    return lines.join('\n');
  }

  private closing(tariffs: TariffsConfig, lines: string[]): string {
    const note = tariffs.status === 'à confirmer' ? `\n${m.placeholder}` : '';
    return `${lines.join('\n')}${note} ${m.next}`;
  }

  // ── the quotient familial ────────────────────────────────────────────────

  private quotient(tariffs: TariffsConfig, family: MoneyFamily): string {
    const howTo = this.services.quotientRequests ? m.quotientOffer : fill(m.quotientHowTo, contactVars(this.townConfig));
    return `${this.quotientOnFile(tariffs, family)}\n${howTo} ${m.next}`;
  }

  private quotientOnFile(tariffs: TariffsConfig, family: MoneyFamily): string {
    return family.quotient !== null
      ? fill(m.quotientKnown, { quotient: family.quotient, bracket: bracketOf(family.quotient, tariffs.brackets).code })
      : m.quotientUnknown;
  }

  // ── évaluer ses tarifs: the documents, then a request to the service ────────

  /** Files sent with the words are taken at once; otherwise the documents are asked for. */
  private async startEvaluation(step: WaterfallStepContext<RequestOptions>, tariffs: TariffsConfig, family: MoneyFamily): Promise<DialogTurnResult> {
    const documentIds = await this.keepFiles(step.context);
    if (documentIds.length > 0) {
      await this.sendEvaluation(step.context, step.options.text, documentIds);
      return step.endDialog();
    }
    await step.context.sendActivity(`${this.quotientOnFile(tariffs, family)}\n${m.evaluationAsk}`);
    return step.beginDialog(EVALUATION, { ask: 'silent', text: step.options.text } satisfies EvaluationStep);
  }

  private async askDocuments(step: WaterfallStepContext<EvaluationStep>): Promise<DialogTurnResult> {
    if (step.options.ask === 'reminder') await step.context.sendActivity(m.evaluationNoFile);
    // The answer may be a file without any text: read the next activity as it comes.
    return Dialog.EndOfTurn;
  }

  private async readDocuments(step: WaterfallStepContext<EvaluationStep>): Promise<DialogTurnResult> {
    const activity = step.context.activity;
    const words = (activity.text ?? '').trim();
    if (!this.services.absences.hasFiles(activity.attachments)) {
      if (yesNoOf(words) === 'no' || NOT_NOW.test(normalise(words))) {
        await step.context.sendActivity(m.evaluationLater);
        return step.endDialog();
      }
      if (words && this.isReroute(step.context, words)) return step.endDialog({ reroute: words } satisfies ChangeDialogResult);
      return step.replaceDialog(EVALUATION, { ...step.options, ask: 'reminder' } satisfies EvaluationStep);
    }
    const documentIds = await this.keepFiles(step.context);
    // Every file refused: each refusal said what to send; wait for the next one.
    if (documentIds.length === 0) return step.replaceDialog(EVALUATION, { ...step.options, ask: 'silent' } satisfies EvaluationStep);
    await this.sendEvaluation(step.context, [step.options.text, words].filter(Boolean).join('\n'), documentIds);
    return step.endDialog();
  }

  private async afterEvaluation(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }

  /** Receives the files of the current message and tells what was kept and what was refused (and why). */
  private async keepFiles(context: TurnContext): Promise<string[]> {
    const activity = context.activity;
    if (!this.services.absences.hasFiles(activity.attachments)) return [];
    const receipts = await this.services.absences.receiveFiles({
      guardianId: familyOf(context).guardianId,
      attachments: activity.attachments ?? [],
      channel: activity.channelId,
      now: this.services.clock.now(),
    });
    const kept: string[] = [];
    for (const receipt of receipts) {
      if (receipt.ok) kept.push(receipt.documentId);
      await context.sendActivity(receipt.ok ? fill(m.fileReceived, { name: receipt.name ?? m.fileNoName }) : receipt.message);
    }
    return kept;
  }

  private async sendEvaluation(context: TurnContext, text: string, documentIds: string[]): Promise<void> {
    const activity = context.activity;
    const { number } = await this.services.quotientRequests!.send({
      guardianId: familyOf(context).guardianId,
      text,
      documentIds,
      channel: activity.channelId,
      idempotencyKey: `quotient:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}`,
      now: this.services.clock.now(),
    });
    await context.sendActivity(fill(m.evaluationSent, { number }));
  }

  /** Another question while the documents are awaited: answered as a new message. */
  private isReroute(context: TurnContext, text: string): boolean {
    const family = familyOf(context);
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
    if (meaning.intent === 'faq' || meaning.intent === 'none') return meaning.topic !== undefined && meaning.topic !== 'quotient';
    return isNewRequest(meaning, text) || meaning.intent === 'handoff';
  }

  // ── statements ───────────────────────────────────────────────────────────

  private async statement(step: WaterfallStepContext<RequestOptions>, desk: MoneyDesk, family: MoneyFamily): Promise<string> {
    const { text, interpretation } = step.options;
    const now = this.services.clock.now();
    const today = todayIn(now, this.townConfig.timeZone);
    const month = statementMonth(text, interpretation.dates, today);
    const statement = await desk.statement(family, month);
    const label = monthLabel(month);
    // "et en avril ?", "et pour Hugo ?" next: the same question for another month, or this month again.
    const remembered = { intent: 'check' as const, topic: 'statement' as const, childIds: [], days: [`${month}-01` as IsoDay] };
    if (statement.lines.length === 0) {
      await this.memory.remember(step.context, familyOf(step.context).guardianId, remembered);
      return `${fill(m.statementEmpty, { month: label })} ${m.next}`;
    }
    const future = month >= today.slice(0, 7);
    const lines = [fill(future ? m.statementEstimate : m.statementPast, { month: label, total: formatEuros(statement.totalCents) })];
    for (const child of statement.children) {
      const name = family.children.find((c) => c.id === child.childId)?.firstName ?? '?';
      lines.push(fill(m.statementChild, { child: name, days: child.days, amount: formatEuros(child.amountCents) }));
    }
    if (!future) {
      const [from, to] = [`${month}-01`, `${month}-31`];
      const paid = (await desk.payments(family, from, to)).reduce((sum, p) => sum + p.amountCents, 0);
      if (paid > 0) lines.push(fill(m.statementPaid, { month: label, amount: formatEuros(paid) }));
    }
    const detail = this.detail(statement, family, label);
    if (asksDetail(text)) return `${lines.join('\n')}\n\n${detail}\n${m.next}`;
    // "détail" next shows the day-by-day list (main dialog, conversation memory).
    await this.memory.remember(step.context, familyOf(step.context).guardianId, { ...remembered, detail: `${detail}\n${m.next}` });
    return `${lines.join('\n')}\n${m.statementDetailHint}`;
  }

  private detail(statement: Statement, family: MoneyFamily, label: string): string {
    const lines = [fill(m.detailHeader, { Month: capitalised(label) })];
    for (const line of statement.lines) {
      const note =
        line.presence === 'absent_justified'
          ? m.detailJustified
          : line.presence === 'absent_unjustified'
            ? m.detailAbsent
            : line.surchargeCents > 0
              ? fill(m.detailLate, { amount: formatEuros(line.surchargeCents) })
              : '';
      const child = family.children.find((c) => c.id === line.childId)?.firstName ?? '?';
      lines.push(fill(m.detailLine, { day: frenchDay(line.day), child, activity: this.label(line.activity), amount: formatEuros(line.amountCents) }) + note);
    }
    return lines.join('\n');
  }

  // ── the payment attestation ──────────────────────────────────────────────

  private async attestation(desk: MoneyDesk, family: MoneyFamily, text: string): Promise<Partial<Activity> | string> {
    const now = this.services.clock.now();
    const thisYear = Number(todayIn(now, this.townConfig.timeZone).slice(0, 4));
    // None named: the year just ended in January–March (tax return time), else this year.
    const year = yearIn(text, thisYear) ?? (Number(todayIn(now, this.townConfig.timeZone).slice(5, 7)) <= 3 ? thisYear - 1 : thisYear);
    const figures = await desk.attestation(family, year);
    if (figures.payments.length === 0) return `${fill(m.attestationNone, { year, previous: year - 1 })} ${m.next}`;
    const pdf = await desk.attestationPdf(family, year, now);
    if (!pdf) return `${fill(m.attestationUnavailable, contactVars(this.townConfig))} ${m.next}`;
    return {
      type: 'message',
      text: `${fill(m.attestationReady, { year, total: formatEuros(figures.totalPaidCents) })} ${m.next}`,
      attachments: [
        {
          contentType: 'application/pdf',
          name: `attestation-paiement-${year}.pdf`,
          contentUrl: `data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`,
        },
      ],
    };
  }
}
