/**
 * A late request ("demande hors délai", flyer: after a deadline the service decides):
 * offered with the days at stake, then "Voulez-vous ajouter un mot pour le service ?"
 * (optional, one message), then sent to the service's mailbox with a numbered receipt.
 * Started by the reserve/cancel dialog and by absence justifications past their window;
 * the interruptions ("annuler", "parler à quelqu'un") are their parent dialog's.
 */
import { ComponentDialog, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { IsoDay } from '../src/domain/day';
import { afterLeadingNo, childIdsNamed, CORRECTION_WORD, isNewRequest, saysCounted, SLIP_OWNED } from './changeRequest';
import { isThanksOnly, yesNoOf } from './commands';
import { normalise } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import { withChoices } from './replies';
import type { DialogServices, Interpretation, LateRequest } from './services';
import { familyOf } from './turnFamily';

export const LATE_REQUEST_DIALOG = 'lateRequest';
const MAIN = `${LATE_REQUEST_DIALOG}.main`;
const ANSWER = `${LATE_REQUEST_DIALOG}.answer`;
const WORD = `${LATE_REQUEST_DIALOG}.word`;
/** The service reads a word, not a letter: longer texts are cut. */
const MAX_WORD_LENGTH = 1000;
/** A courtesy longer than this is a word for the service (« merci d'avance, je finis tard ce jour-là »). */
const COURTESY_WORDS = 6;
/**
 * A reason given in the request itself (« urgence boulot », « car je suis en formation »): no need to ask for a word.
 * (Not an illness: « il était malade lundi dernier, je voudrais qu'il aille au centre mercredi » tells a story, not why it is late.)
 */
const REASON_GIVEN =
  /\b(?:parce que|parce qu|car|puisque|urgence|urgent|imprevu|boulot|travail|taf|reunion|formation|deplacement|astreinte|rendez vous|rdv|enterrement|obseques|deces|greve)\b/;
const m = messages.lateRequest;

export interface LateRequestOptions {
  kind: LateRequest['kind'];
  childIds: number[];
  /** reserve/cancel: the days asked; modify: the days to free. */
  days: IsoDay[];
  newDays?: IsoDay[];
  /** The offer, in French: why the days cannot be changed here, and the question. */
  offer: string;
  /** Wraps the parent's word for the service (e.g. an absence justified too late); default: the word as is. */
  wordFrame?: string;
  /** The parent's own message that asked the change: sent as their word when it already gives the reason. */
  parentMessage?: string;
}

/** What the dialog hands back: a new request typed instead of an answer, if any. */
/** `offerDeclined`: the reroute answers the offer itself ("non, seulement la deuxième semaine"), nothing was sent. */
export type LateRequestResult = { reroute: string; offerDeclined?: true } | undefined;

interface LateState {
  word?: string;
  /** A new request typed instead of a word: handled once the late request is sent. */
  next?: string;
}

/** "bon tant pis, envoyez la demande", "ok transmettez-la": a yes in words of its own (not "ne l'envoyez pas"). */
const SEND_IT = /\b(?:envoyez|envoyer|envoie|envoies|transmettez|transmettre|transmets|faites|faire) (?:la |ma |cette )?(?:demande|requete)\b|\b(?:envoyez|envoie|transmettez|transmets)[ -]la\b/;

/** The answer to the offer: yes or no, said plainly or by asking to send it. */
function offerAnswerOf(text: string): 'yes' | 'no' | undefined {
  const said = yesNoOf(text);
  if (said) return said;
  const clean = normalise(text);
  return SEND_IT.test(clean) && !/\b(?:ne|n|pas|non|jamais)\b/.test(clean) ? 'yes' : undefined;
}

export class LateRequestDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(LATE_REQUEST_DIALOG);
    this.addDialog(new TextPrompt(ANSWER, (prompt) => this.isAnswer(prompt)));
    this.addDialog(new TextPrompt(WORD));
    this.addDialog(
      new WaterfallDialog<LateRequestOptions>(MAIN, [
        (s) => this.offer(s),
        (s) => this.readOffer(s),
        (s) => this.readWord(s),
        (s) => this.send(s),
      ]),
    );
    this.initialDialogId = MAIN;
  }

  private async offer(step: WaterfallStepContext<LateRequestOptions>): Promise<DialogTurnResult> {
    const c = messages.common;
    const choices = [c.yes, c.no, messages.handoff.offerPerson];
    return step.prompt(ANSWER, { prompt: withChoices(step.options.offer, choices), retryPrompt: withChoices(m.answer, choices) });
  }

  private async readOffer(step: WaterfallStepContext<LateRequestOptions>): Promise<DialogTurnResult> {
    const text = String(step.result);
    const answer = offerAnswerOf(text);
    if (answer === 'yes') {
      const own = step.options.parentMessage;
      if (own && REASON_GIVEN.test(normalise(own))) {
        (step.values as LateState).word = own;
        return step.next();
      }
      return step.prompt(WORD, { prompt: withChoices(m.askWord, [m.noWord]) });
    }
    const rest = afterLeadingNo(text);
    // "non" alone: nothing sent; "non, en fait annulez jeudi": that request.
    if (answer === 'no' || rest === '') {
      await step.context.sendActivity(m.notSent);
      return step.endDialog();
    }
    return step.endDialog({ reroute: rest ?? text, offerDeclined: true } satisfies LateRequestResult);
  }

  private async readWord(step: WaterfallStepContext<LateRequestOptions>): Promise<DialogTurnResult> {
    // The parent's message already said why: it goes as their word.
    if ((step.values as LateState).word !== undefined) return step.next();
    const text = String(step.result ?? '').trim();
    const answer = normalise(text) === normalise(m.noWord) ? 'no' : yesNoOf(text);
    // "oui" (they want to write one): ask for it.
    if (answer === 'yes') return step.prompt(WORD, { prompt: m.askWordText });
    const state = step.values as LateState;
    const meaning = answer === 'no' ? undefined : this.understand(step, text);
    // "non plutôt sans le 31 seulement", "sans Léa en fait": the request corrected, offered again (as at the offer).
    if (meaning && this.takesOutOfThisRequest(step, meaning)) return step.endDialog({ reroute: afterLeadingNo(text) || text, offerDeclined: true } satisfies LateRequestResult);
    // "ah non pardon c'était le 16": other days said instead of this request's, not a word for the service; the request
    // corrected is checked again (the new day may be in time).
    if (meaning && this.daysSaidInstead(step, text, meaning)) return step.endDialog({ reroute: afterLeadingNo(text) || text, offerDeclined: true } satisfies LateRequestResult);
    // "finalement enlève Inès la 2e semaine": the request itself changed, not a word about it; nothing is sent as it stood.
    if (meaning && this.changesThisRequest(step, text, meaning)) {
      await step.context.sendActivity(m.changedNotSent);
      return step.endDialog();
    }
    // « c bon merci bne soirée », « non merci c'est tout »: courtesy, no word for the service; answered once the request is sent.
    const courtesyOnly = meaning?.courtesy && meaning.intent === 'smalltalk' && normalise(text).split(' ').filter(Boolean).length <= COURTESY_WORDS;
    // "merci, et Inès la semaine d'après ?": not a word for the service, a request of its own.
    if (meaning && (courtesyOnly || this.isAnotherChange(step, text, meaning))) {
      state.word = '';
      state.next = text;
    } else {
      state.word = answer === 'no' ? '' : text;
    }
    return step.next();
  }

  private async send(step: WaterfallStepContext<LateRequestOptions>): Promise<DialogTurnResult> {
    const state = step.values as LateState;
    const word = (state.word ?? String(step.result ?? '')).trim().slice(0, MAX_WORD_LENGTH);
    const { kind, childIds, days, newDays, wordFrame } = step.options;
    const family = familyOf(step.context);
    const activity = step.context.activity;
    const mailbox = this.services.rules.config.contacts.mailbox;
    const receipt = await this.services.lateRequests.send({
      guardianId: family.guardianId,
      childIds,
      days,
      ...(newDays ? { newDays } : {}),
      kind,
      parentWords: wordFrame ? fill(wordFrame, { word: word || '—' }) : word,
      channel: activity.channelId,
      idempotencyKey: `late:${activity.channelId}:${activity.conversation?.id}:${activity.id ?? randomUUID()}`,
      now: this.services.clock.now(),
    });
    const sent = fill(m.sent, { mailbox, number: receipt?.number ?? 0 });
    const ownMessage = word !== '' && word === step.options.parentMessage?.trim().slice(0, MAX_WORD_LENGTH);
    await step.context.sendActivity(receipt ? (ownMessage ? `${m.ownMessageJoined}\n${sent}` : sent) : fill(m.notSentError, { mailbox }));
    return step.endDialog(state.next ? ({ reroute: state.next } satisfies LateRequestResult) : undefined);
  }

  /**
   * A change of other children or other days than the late request's ("et Inès pendant
   * les vacances ?", "et Léa aussi"), rather than a word about it ("je travaille tard lundi, pouvez-vous
   * accepter Hugo ?", which names the same child and day), or a question to the assistant
   * ("qu'est-ce qui est prévu la semaine prochaine ?", "jusqu'à quand pour les vacances ?",
   * "c'est combien le mercredi ?").
   */
  private isAnotherChange(step: WaterfallStepContext<LateRequestOptions>, text: string, meaning: Interpretation): boolean {
    const family = familyOf(step.context);
    if (meaning.intent === 'check' || meaning.intent === 'deadline' || meaning.intent === 'handoff') return true;
    const { childIds, days, newDays = [] } = step.options;
    // "et Léa aussi": the same request for another child, asked once this one is sent.
    if (meaning.followUp && childIdsNamed(meaning.children, family.children).some((id) => !childIds.includes(id))) return true;
    // "c'est combien déjà le mercredi ?": a question on the service, not a word about this request.
    // ("et il faut que je justifie lundi dernier ?": a question on an absence, asked once this is sent.)
    if ((meaning.intent === 'faq' || meaning.intent === 'help' || meaning.intent === 'absence') && text.includes('?')) return true;
    if (meaning.intent !== 'reserve' && meaning.intent !== 'cancel') return false;
    const asked = new Set([...days, ...newDays]);
    const otherChild = childIdsNamed(meaning.children, family.children).some((id) => !childIds.includes(id));
    const otherDay = meaning.dates.some((day) => !asked.has(day));
    return otherChild || otherDay;
  }

  /**
   * A correction of the request being sent that cannot be applied to it: after a word of
   * correction ("finalement", "plutôt", "enlève"), the opposite change on this request's
   * children or days ("finalement enlève Inès la 2e semaine" after a booking). (A child or
   * days taken out are applied: see takesOutOfThisRequest.) "En fait je finis tard ce
   * jour-là, merci d'accepter Hugo" asks the same change: a word for the service.
   */
  private changesThisRequest(step: WaterfallStepContext<LateRequestOptions>, text: string, meaning: Interpretation): boolean {
    const { kind } = step.options;
    const opposite = (kind === 'reserve' && meaning.intent === 'cancel') || (kind === 'cancel' && meaning.intent === 'reserve');
    return this.aboutThisRequest(step, meaning) && CORRECTION_WORD.test(normalise(text)) && opposite;
  }

  /** A child or days of this request taken out: "sans Léa en fait", "non plutôt sans le 31 seulement", "sauf le 24". */
  private takesOutOfThisRequest(step: WaterfallStepContext<LateRequestOptions>, meaning: Interpretation): boolean {
    const takesOut = (meaning.edit?.removeChildren?.length ?? 0) > 0 || (meaning.edit?.removeDates?.length ?? 0) > 0;
    return takesOut && this.aboutThisRequest(step, meaning);
  }

  /** "non pardon, c'était le 16", "plutôt jeudi en fait": a slip owned, with days other than this request's (and no other child). */
  private daysSaidInstead(step: WaterfallStepContext<LateRequestOptions>, text: string, meaning: Interpretation): boolean {
    const clean = normalise(text);
    const owned = afterLeadingNo(text) !== undefined || CORRECTION_WORD.test(clean) || SLIP_OWNED.test(clean);
    if (!owned || meaning.dates.length === 0 || meaning.edit?.add || !['reserve', 'cancel', 'none', 'smalltalk', 'ambiguous'].includes(meaning.intent)) return false;
    const family = familyOf(step.context);
    const { childIds, days, newDays = [] } = step.options;
    const asked = new Set([...days, ...newDays]);
    return meaning.dates.every((day) => !asked.has(day)) && childIdsNamed(meaning.children, family.children).every((id) => childIds.includes(id));
  }

  /** Names only this request's children and days. */
  private aboutThisRequest(step: WaterfallStepContext<LateRequestOptions>, meaning: Interpretation): boolean {
    const family = familyOf(step.context);
    const { childIds, days, newDays = [] } = step.options;
    const asked = new Set([...days, ...newDays]);
    return childIdsNamed(meaning.children, family.children).every((id) => childIds.includes(id)) && meaning.dates.every((day) => asked.has(day));
  }

  private understand(step: WaterfallStepContext<LateRequestOptions>, text: string): Interpretation {
    const family = familyOf(step.context);
    return this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
  }

  /** Yes, no, a correction of the request offered or a new request ("non, annulez plutôt jeudi"); anything else is asked again. */
  private async isAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    // "ok merci" to "Voulez-vous que j'envoie une demande… ?": asked again, nothing sent on a thank-you.
    if (isThanksOnly(text)) return false;
    if (offerAnswerOf(text) !== undefined || afterLeadingNo(text) !== undefined) return true;
    const family = familyOf(prompt.context);
    const meaning = this.services.understanding.understand(text, { now: this.services.clock.now(), children: family.children.map((c) => c.firstName) });
    // "ah et Hugo aussi le 9", "plutôt les deux derniers": the request being offered, corrected (confirmed again by the change dialog).
    // ("ah atten plutot le 23": a word of correction with a day or a child, the « non » left unsaid.)
    const named = meaning.children.length > 0 || meaning.dates.length > 0;
    const correction = (meaning.followUp === true && (named || meaning.edit !== undefined)) || (CORRECTION_WORD.test(normalise(text)) && named) || saysCounted(text);
    // ("et Inès les jeudis pareil": the request just made, for another child, a new request of its own.)
    const another = /^(?:(?:ah|oh|ok|bon|alors) )?et\b/.test(normalise(text)) && (meaning.children.length > 0 || meaning.dates.length > 0 || meaning.openEnded !== undefined);
    return correction || another || isNewRequest(meaning, text);
  }
}
