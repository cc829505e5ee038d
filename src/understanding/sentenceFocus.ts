/**
 * Long messages tell a story around one request: "Bonjour, je suis la grand-mère de
 * Chloé. Ma fille est en déplacement toute la semaine prochaine et mes genoux… Est-ce
 * qu'on pourrait les garder le soir du lundi au vendredi ? Merci mille fois." Read as one
 * bag of words, the story outweighs the request. Each sentence is read on its own and the
 * message's intent is the one of its request: the sentences that ask (a question, a
 * request to the service, an imperative, a change stated with a child or a day), not the
 * greetings, the thanks and the background.
 */
import type { ConceptHit } from './intents/concepts';
import type { IntentResult } from './intents/intentRecognizer';
import { strongPolarityOf } from './intents/intentRecognizer';

/** The sentences of a message: cut at full stops, question and exclamation marks, semicolons and line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** What the focus needs to know of a sentence. */
export interface SentenceReading {
  text: string;
  intent: IntentResult;
  concepts: readonly ConceptHit[];
  /** The sentence names a child or a day. */
  namesChildOrDay: boolean;
}

const QUIET: ReadonlySet<string> = new Set(['none', 'smalltalk']);

/** The sentence asks something of the service (rather than telling a story or greeting). */
export function asks(reading: SentenceReading): boolean {
  const { intent, concepts, text } = reading;
  if (QUIET.has(intent.intent)) return false;
  if (intent.source === 'rule' || intent.sensitive) return true;
  if (text.includes('?')) return true;
  if (concepts.some((hit) => hit.concept === 'ask' || hit.concept === 'person')) return true;
  // A weak cue ("Capucine, elle, ira au centre comme prévu") tells, it does not ask.
  return strongPolarityOf(concepts) !== undefined;
}

/**
 * The intent of the message's request, when its sentences disagree with the whole: the
 * asking sentence the classifier is surest of (the later one on a tie, requests come
 * last). Undefined when the whole message's reading stands: one sentence, no asking
 * sentence, or an asking sentence that agrees with it.
 */
export function focusedIntent(whole: IntentResult, sentences: readonly SentenceReading[]): IntentResult | undefined {
  if (sentences.length < 2) return undefined;
  // A rule read on the whole message ("…la perte de ma carte d'identité. À quel guichet ?", "… le 2 avril ? je me rappelle pas") stands.
  if (whole.source === 'rule') return undefined;
  const asking = sentences.filter(asks);
  if (asking.length === 0) return undefined;
  if (asking.some((s) => s.intent.intent === whole.intent)) return undefined;
  // A story of an urgent situation goes to a person unless a sentence asks a plain change.
  if (whole.sensitive && !asking.some((s) => s.intent.intent === 'reserve' || s.intent.intent === 'cancel')) return undefined;
  // Sentences that ask in so many words (a question, "pouvez-vous", "merci de", an
  // imperative) come before those that state a change.
  const explicit = asking.filter((s) => s.text.includes('?') || s.concepts.some((hit) => hit.concept === 'ask'));
  const pool = explicit.length > 0 ? explicit : asking;
  let best = pool[0];
  for (const s of pool) if (s.intent.confidence >= best.intent.confidence) best = s;
  // "Mon fils m'a demandé d'annuler leurs réservations pour ces jours-là, il n'y arrive pas": the sentence asked holds
  // the whole message's change in so many words; the classifier's look on it does not undo it.
  // (A cancellation only: "je voudrais savoir ce qui est réservé … pour venir les garder" asks a look.)
  if (whole.intent === 'cancel' && best.intent.source === 'classifier' && ['check', 'faq', 'help'].includes(best.intent.intent) && best.concepts.some((hit) => hit.concept === 'unbook' && !hit.negated && !hit.weak) && strongPolarityOf(best.concepts) === 'cancel') return undefined;
  // "pas venu lundi, malade. je dois envoyer quoi ?": the question is about the absence told.
  if (whole.intent === 'absence' && (best.intent.intent === 'help' || best.intent.intent === 'faq')) return undefined;
  // "Est-ce bien ici qu'on annule ? Flavien ne restera pas jeudi…": the question is how to make the change told.
  if ((whole.intent === 'reserve' || whole.intent === 'cancel') && best.intent.intent === 'help' && !best.namesChildOrDay) return undefined;
  // "Timéo ce soir possible ? je sais c'est tard": the change asked is the one said late.
  // ("c'est hyper à la bourre… y a moyen de glisser Anaïs le 30 ?": the question asks that change.)
  if (whole.intent === 'late_request' && ['reserve', 'cancel', 'check'].includes(best.intent.intent)) return undefined;
  return best.intent.intent === whole.intent ? undefined : best.intent;
}
