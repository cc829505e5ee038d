/**
 * The family's own space (issue 14): "ma famille" and "les infos de Léa" show what the
 * service holds; "j'ai changé de numéro" sends the change to the service as a request of
 * kind dossier, after a confirmation (nothing typed changes the records); "le planning
 * de Léa en mars" shows the month at a glance; "ajouter à mon agenda" gives the
 * calendar feed's address; "confidentialité" the privacy notice.
 */
import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { IsoDay } from '../src/domain/day';
import { addDays, lastDayOfMonth, todayIn } from '../src/domain/day';
import { monthPlanning } from '../src/family/monthPlanning';
import { LINK_MINUTES } from '../src/family/signedLinks';
import type { FamilyDossier } from '../src/family/familySpace';
import { yesNoOf } from './commands';
import type { RequestOptions } from './changeRequest';
import { frenchDay, normalise } from './frenchFormat';
import { InterruptibleDialog } from './interruptibleDialog';
import { fill, messages } from './messages/catalog';
import { monthName, planningCard, planningText } from './monthPlanningCard';
import { yesNo } from './replies';
import type { DialogServices, FamilySpaceServices, Interpretation, Topic } from './services';
import { familyOf } from './turnFamily';

export const FAMILY_SPACE_DIALOG = 'familySpace';
const MAIN = `${FAMILY_SPACE_DIALOG}.main`;
const CHANGE_PROMPT = `${FAMILY_SPACE_DIALOG}.change`;
const CONFIRM_PROMPT = `${FAMILY_SPACE_DIALOG}.confirm`;
const m = messages.family;

/** The topics this dialog answers. */
export const FAMILY_SPACE_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['dossier', 'planning', 'calendar_feed', 'privacy', 'reminders', 'documents', 'my_data']);

/**
 * True when the family space answers the message: one of its topics, and not a booking
 * change with its days ("réserver mardi" stays a booking, "supprimer mon compte" is not).
 */
export function familySpaceAnswers(meaning: Interpretation): boolean {
  if (!meaning.topic || !FAMILY_SPACE_TOPICS.has(meaning.topic)) return false;
  const change = meaning.intent === 'reserve' || meaning.intent === 'cancel' || meaning.intent === 'absence' || meaning.intent === 'late_request';
  // ("mon fils ne fréquentera plus l'accueil du soir à compter du 4 janvier, nous déménageons, annulez ses réservations":
  // a change from a day on, asked until when, not a record to update.)
  return !change || (meaning.dates.length === 0 && !meaning.openEnded);
}

/** Words that say a record changed, as opposed to asking to see it. */
const CHANGE_WORDS = /\b(change|changer|changement|modifi\w*|mettre a jour|mise a jour|nouveau|nouvelle|nouvel|demenag\w*|ajout\w*|allergi\w*|pai|regime|autoris\w*|corrig\w*|erreur|faux|fausse|plus le bon|plus la bonne|n' est plus)\b/;
/** "l'allergie d'Hugo aux arachides, vous l'avez ?": the record asked to be seen, not changed. */
const ASKS_TO_SEE = /\b(?:vous (?:l' ?|les )?avez(?: bien)?|est ce que vous avez|c' est (?:bien )?(?:note|enregistre|indique)|(?:est|sont) (?:bien )?(?:notee?s?|enregistree?s?|indiquee?s?|renseignee?s?)|figure(?:nt)?)\b/;
/** Health asked about: the record holds none (it is kept with the service). */
const HEALTH = /\b(?:allergi\w*|pai|regime|traitement|sante|medica\w*)\b/;
/** "comment on fait ?": how to change a record, asked. */
const ASKS_HOW = /\b(?:comment|que dois je|qu' est ce que je dois|que faut il|qu' est ce qu' il faut)\b/;
const RECORD_CHANGE_VERB = /\b(?:change|changer|changement|modifi\w*|mettre a jour|mise a jour|ajout\w*|corrig\w*|rajout\w*)\b/;
/** A change written in full: a number, an address, a name after a colon… (else it is asked for). */
const CHANGE_DETAIL = /\d{2}|@|:\s*\S|\b(rue|avenue|allee|boulevard|chemin|place)\b/;
const STOP_REMINDERS = /\b(stop|arret\w*|plus de|desactiv\w*|annul\w*|supprim\w*|enlev\w*|ne plus)\b/;
const WEEKLY_REMINDERS = /\b(dimanche|chaque semaine|toutes les semaines|hebdo\w*|semaine suivante|semaine d' apres)\b/;
const KEEP_DOCUMENT = /\b(gardez|garder|garde|conserver|conservez|stocker|stockez|ranger|rangez)\b/;
const DELETE_DOCUMENT = /\b(supprim\w*|effac\w*|retir\w*)\b.*\b(?:document|fichier)\s*(?:n )?(\d+)\b/;
const DELETE_ACCOUNT = /\b(supprim\w*|effac\w*|ferm\w*|clore|detrui\w*|oubli\w*)\b/;
const DELETE_PROMPT = `${FAMILY_SPACE_DIALOG}.deleteConfirm`;
const DELETE_ACCOUNT_FLOW = `${FAMILY_SPACE_DIALOG}.deleteAccount`;
const RENEW_FEED = /\b(nouveau|nouvelle|autre|changer|revoquer|desactiver|couper)\b/;

interface ChangeValues {
  text?: string;
  /** The message that asked for the change before its detail was asked ("le numéro de portable de mon mari"), sent with it. */
  asked?: string;
  documentIds: string[];
  childIds: number[];
}

export class FamilySpaceDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly space: FamilySpaceServices,
  ) {
    super(FAMILY_SPACE_DIALOG, services.rules.config);
    this.addDialog(new TextPrompt(CHANGE_PROMPT, (prompt) => this.isChangeAnswer(prompt)));
    this.addDialog(new TextPrompt(CONFIRM_PROMPT));
    this.addDialog(
      new WaterfallDialog<RequestOptions>(MAIN, [(s) => this.answer(s), (s) => this.confirmChange(s), (s) => this.sendChange(s)]),
    );
    this.addDialog(new TextPrompt(DELETE_PROMPT));
    this.addDialog(new WaterfallDialog(DELETE_ACCOUNT_FLOW, [(s) => this.askDeleteAccount(s), (s) => this.deleteAccount(s)]));
    this.initialDialogId = MAIN;
  }

  private async answer(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const { text, interpretation } = step.options;
    const family = familyOf(step.context);
    const childIds = family.children.filter((child) => interpretation.children.includes(child.firstName)).map((child) => child.id);
    const said = normalise(text);
    switch (interpretation.topic) {
      case 'dossier': {
        if (!CHANGE_WORDS.test(said) || (ASKS_TO_SEE.test(said) && !RECORD_CHANGE_VERB.test(said))) return this.showDossier(step, childIds, HEALTH.test(said));
        const values: ChangeValues = { documentIds: [], childIds };
        changeOf(step).change = values;
        // ("je dois mettre à jour le numéro de portable de mon mari, comment on fait ?": asked how, the change still to come.)
        if (CHANGE_DETAIL.test(text) || (said.split(' ').length > 8 && !ASKS_HOW.test(said) && !text.includes('?'))) {
          values.text = text;
          return step.next();
        }
        if (said.split(' ').length > 3) values.asked = text.trim();
        return step.prompt(CHANGE_PROMPT, { prompt: m.changeAsk, retryPrompt: m.changeAsk });
      }
      case 'planning':
        await this.showPlanning(step, childIds, interpretation.dates);
        return step.endDialog();
      case 'documents':
        await step.context.sendActivity(await this.documentsAnswer(step, said));
        return step.endDialog();
      case 'my_data':
        if (DELETE_ACCOUNT.test(said) && this.space.data) return step.replaceDialog(DELETE_ACCOUNT_FLOW);
        await step.context.sendActivity(this.dataLinks(family.guardianId));
        return step.endDialog();
      case 'reminders':
        await step.context.sendActivity(await this.remindersAnswer(family.guardianId, said));
        return step.endDialog();
      case 'calendar_feed':
        await step.context.sendActivity(await this.feedAnswer(family.guardianId, RENEW_FEED.test(said)));
        return step.endDialog();
      default: {
        const { transcriptDays, stateDays, noticeUrl } = this.space.privacy;
        await step.context.sendActivity(fill(m.privacy, { transcriptDays, stateDays, url: noticeUrl }));
        return step.endDialog();
      }
    }
  }

  /** The change as the parent wrote it (asked for, or in the first message), with its files; then "C'est bien cela ?". */
  private async confirmChange(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const values = changeOf(step).change!;
    if (values.text === undefined) {
      values.text = String(step.result ?? '').trim();
      const attachments = step.context.activity.attachments;
      if (this.services.absences.hasFiles(attachments)) {
        const receipts = await this.services.absences.receiveFiles({
          guardianId: familyOf(step.context).guardianId,
          attachments: attachments ?? [],
          channel: step.context.activity.channelId,
          now: this.services.clock.now(),
        });
        for (const receipt of receipts) {
          if (receipt.ok) values.documentIds.push(receipt.documentId);
          else await step.context.sendActivity(fill(m.changeFileRefused, { reason: receipt.message }));
        }
      }
    }
    if (!values.text && values.documentIds.length === 0) {
      await step.context.sendActivity(m.changeEmpty);
      return step.endDialog();
    }
    // (The detail joins the message that asked for the change, so the service knows whose number or which address it is.)
    if (values.asked) values.text = [values.asked, values.text].filter(Boolean).join(' — ');
    const documents = values.documentIds.length > 0 ? fill(m.changeDocuments, { count: values.documentIds.length }) : '';
    const question = fill(m.changeConfirm, { text: values.text || '(document joint)', documents });
    return step.prompt(CONFIRM_PROMPT, { prompt: yesNo(question), retryPrompt: yesNo(question) });
  }

  private async sendChange(step: WaterfallStepContext<RequestOptions>): Promise<DialogTurnResult> {
    const values = changeOf(step).change!;
    const answer = yesNoOf(String(step.result ?? ''));
    if (answer !== 'yes') {
      await step.context.sendActivity(m.changeDropped);
      // Something else than yes or no: a new message of its own.
      return answer === 'no' ? step.endDialog() : step.endDialog({ reroute: String(step.result ?? '') });
    }
    const { guardianId } = familyOf(step.context);
    const { number } = await this.space.dossierChanges.send({
      guardianId,
      text: values.text || '(document joint)',
      childIds: values.childIds,
      documentIds: values.documentIds,
      channel: step.context.activity.channelId,
      idempotencyKey: `dossier:${step.context.activity.channelId}:${step.context.activity.conversation?.id}:${step.context.activity.id ?? ''}`,
      now: this.services.clock.now(),
    });
    await step.context.sendActivity(fill(m.changeSent, { number }));
    return step.endDialog();
  }

  private async isChangeAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return prompt.recognized.succeeded || this.services.absences.hasFiles(prompt.context.activity.attachments);
  }

  // ── showing ────────────────────────────────────────────────────────────

  /** The family's record (or the children's named); `aboutHealth` when health was asked, which the record does not hold. */
  private async showDossier(step: WaterfallStepContext<RequestOptions>, childIds: number[], aboutHealth = false): Promise<DialogTurnResult> {
    const family = familyOf(step.context);
    const dossier = await this.space.records.dossier(family.guardianId);
    if (!dossier) throw new Error(`No dossier for linked guardian ${family.guardianId}.`);
    const text = childIds.length > 0 ? childText(dossier, childIds) : dossierText(dossier);
    const firstName = family.children.find((child) => childIds.length === 0 || childIds.includes(child.id))?.firstName ?? 'mon enfant';
    await step.context.sendActivity(aboutHealth ? `${text}\n\n${fill(m.healthNotHere, { firstName })}` : text);
    return step.endDialog();
  }

  private async showPlanning(step: WaterfallStepContext<RequestOptions>, childIds: number[], dates: readonly IsoDay[]): Promise<void> {
    const family = familyOf(step.context);
    const now = this.services.clock.now();
    const rules = this.services.rules;
    const month = (dates[0] ?? todayIn(now, rules.timeZone)).slice(0, 7);
    const first = `${month}-01`;
    const last = lastDayOfMonth(first);
    if (!rules.isCovered(first) && !rules.isCovered(last)) {
      await step.context.sendActivity(fill(m.planningOutside, { month: monthName(month) }));
      return;
    }
    const children = family.children.filter((child) => childIds.length === 0 || childIds.includes(child.id));
    const lines = await this.services.bookings.list({ guardianId: family.guardianId, childIds: children.map((c) => c.id), from: first, to: last });
    const requests = await this.services.requestTracker.list(family.guardianId);
    for (const child of children) {
      const mine = lines.filter((line) => line.childId === child.id);
      const refused = requests
        .filter((r) => r.status === 'refused' && r.kind === 'late_request' && r.action !== 'cancel' && r.childFirstNames.includes(child.firstName))
        .flatMap((r) => (r.action === 'modify' ? r.newDays : r.days));
      const closures = await this.space.records.closures(family.guardianId, child.id, first, addDays(last, 0));
      const planning = monthPlanning(rules, {
        month,
        childFirstName: child.firstName,
        booked: mine.filter((line) => line.status === 'booked').map((line) => line.day),
        waiting: mine.filter((line) => line.status === 'waiting').map((line) => line.day),
        refused,
        closures: closures.map((closure) => closure.day),
      });
      // Text and card together: the rendering keeps the card where cards show, the text elsewhere.
      await step.context.sendActivity({ type: 'message', text: planningText(planning), attachments: [planningCard(planning)] });
    }
  }

  private async documentsAnswer(step: WaterfallStepContext<RequestOptions>, said: string): Promise<string> {
    const data = this.space.data;
    if (!data) return m.feedUnavailable;
    const { guardianId } = familyOf(step.context);
    const now = this.services.clock.now();
    const attachments = step.context.activity.attachments;
    if (KEEP_DOCUMENT.test(said)) {
      if (!this.services.absences.hasFiles(attachments)) return m.keepAskFile;
      const receipts = await this.services.absences.receiveFiles({ guardianId, attachments: attachments ?? [], channel: step.context.activity.channelId, now });
      const kept = receipts.filter((receipt) => receipt.ok);
      for (const refused of receipts.filter((receipt) => !receipt.ok)) await step.context.sendActivity(fill(m.changeFileRefused, { reason: refused.message }));
      if (kept.length === 0) return m.documentsNextNoDelete;
      await data.family.keep(guardianId, kept.map((receipt) => receipt.documentId));
      return fill(m.kept, { names: kept.map((receipt) => receipt.name ?? 'document').join(', ') });
    }
    const documents = await data.family.documents(guardianId);
    const asked = DELETE_DOCUMENT.exec(said);
    if (asked) {
      const index = Number(asked[2]);
      const document = documents[index - 1];
      const done = document ? await data.family.deleteKept(guardianId, document.id, now) : false;
      return done ? fill(m.deleteDocumentDone, { index, name: document.name }) : fill(m.deleteDocumentRefused, { index });
    }
    if (documents.length === 0) return m.documentsNone;
    const zone = this.services.rules.timeZone;
    const lines = [fill(m.documentsHeader, { minutes: LINK_MINUTES })];
    documents.forEach((document, position) => {
      const status = fill(m.documentStatus[document.status], { number: document.requestNumber ?? '' });
      const link = document.status === 'deleted' ? '' : fill(m.documentLink, { url: data.links.sign('document', document.id, guardianId, now) });
      lines.push(fill(m.documentLine, { index: position + 1, name: document.name, date: frenchDay(todayIn(document.receivedAt, zone), { withYear: true, withoutWeekday: true }), status, link }));
    });
    const deletable = documents.findIndex((document) => document.deletable);
    lines.push('', deletable >= 0 ? fill(m.documentsNext, { example: deletable + 1 }) : m.documentsNextNoDelete);
    return lines.join('\n');
  }

  private dataLinks(guardianId: number): string {
    const data = this.space.data;
    if (!data) return m.feedUnavailable;
    const now = this.services.clock.now();
    return fill(m.dataLinks, { minutes: LINK_MINUTES, html: data.links.sign('donnees', 'html', guardianId, now), json: data.links.sign('donnees', 'json', guardianId, now) });
  }

  private async askDeleteAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(DELETE_PROMPT, { prompt: yesNo(m.deleteAccountConfirm), retryPrompt: yesNo(m.deleteAccountConfirm) });
  }

  private async deleteAccount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = yesNoOf(String(step.result ?? ''));
    if (answer !== 'yes') {
      await step.context.sendActivity(m.deleteAccountKept);
      return answer === 'no' ? step.endDialog() : step.endDialog({ reroute: String(step.result ?? '') });
    }
    const activity = step.context.activity;
    const done = await this.space.data!.family.deleteAssistantAccount(familyOf(step.context).guardianId, {
      channelId: activity.channelId,
      conversationId: activity.conversation?.id,
      userId: activity.from?.id,
    });
    await step.context.sendActivity(fill(m.deleteAccountDone, { accounts: done.channelAccounts, lines: done.transcriptLines }));
    return step.endDialog();
  }

  private async remindersAnswer(guardianId: number, said: string): Promise<string> {
    const reminders = this.space.reminders;
    if (!reminders) return m.feedUnavailable;
    const now = this.services.clock.now();
    if (STOP_REMINDERS.test(said)) return (await reminders.stop(guardianId, now)) ? m.remindersOff : m.remindersNone;
    const before = await reminders.status(guardianId);
    const wantsWeekly = WEEKLY_REMINDERS.test(said);
    if (before.active && (before.weekly || !wantsWeekly)) {
      return [fill(m.remindersAlready, { weekly: before.weekly ? m.remindersWeekly : '' }), ...(before.weekly ? [] : [m.remindersWeeklyOffer])].join('\n');
    }
    const choice = await reminders.subscribe(guardianId, { weekly: wantsWeekly }, now);
    const on = fill(m.remindersOn, { daysBefore: choice.daysBefore, weekly: choice.weekly ? m.remindersWeekly : '' });
    return choice.weekly ? on : `${on}\n${m.remindersWeeklyOffer}`;
  }

  private async feedAnswer(guardianId: number, renew: boolean): Promise<string> {
    const feeds = this.space.feeds;
    if (!feeds) return m.feedUnavailable;
    const now = this.services.clock.now();
    if (renew) return fill(m.feedRenewed, { url: await feeds.renew(guardianId, now) });
    const link = await feeds.link(guardianId, now);
    return link.status === 'created'
      ? fill(m.feedCreated, { url: link.url })
      : fill(m.feedExists, { since: frenchDay(todayIn(link.since, this.services.rules.timeZone), { withYear: true }) });
  }
}

/** The change being written, kept in the waterfall's values between its steps. */
function changeOf(step: WaterfallStepContext<RequestOptions>): { change?: ChangeValues } {
  return step.values as { change?: ChangeValues };
}

function dossierText(dossier: FamilyDossier): string {
  const lines = [fill(m.dossierHeader, { familyName: dossier.familyName }), m.guardiansTitle];
  for (const g of dossier.guardians) lines.push(fill(m.guardianLine, { ...g, phone: g.phone ?? m.phoneMissing }));
  lines.push(m.childrenTitle);
  for (const child of dossier.children) lines.push(childLine(child));
  lines.push(...authorisedLines(dossier), '', m.dossierNext);
  return lines.join('\n');
}

function childText(dossier: FamilyDossier, childIds: number[]): string {
  const lines: string[] = [];
  for (const child of dossier.children.filter((c) => childIds.includes(c.id))) {
    lines.push(fill(m.childHeader, { firstName: child.firstName }), childLine(child));
  }
  lines.push(...authorisedLines(dossier), '', m.dossierNext);
  return lines.join('\n');
}

function childLine(child: FamilyDossier['children'][number]): string {
  return fill(m.childLine, { ...child, birthDate: frenchDay(child.birthDate, { withYear: true, withoutWeekday: true }) });
}

function authorisedLines(dossier: FamilyDossier): string[] {
  if (dossier.authorisedPeople.length === 0) return [m.authorisedNone];
  return [
    m.authorisedTitle,
    ...dossier.authorisedPeople.map((p) =>
      fill(m.authorisedLine, { firstName: p.firstName, lastName: p.lastName, relation: p.relation ? ` (${p.relation})` : '', phone: p.phone ? ` — ${p.phone}` : '' }),
    ),
  ];
}
