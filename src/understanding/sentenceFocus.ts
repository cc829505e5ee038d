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
import { foldText } from './text/foldText';

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
  // ("… elle s'est brûlée … Pouvez-vous me faire rappeler par une personne du service ?": the person asked for.)
  if (whole.sensitive && !asking.some((s) => s.intent.intent === 'reserve' || s.intent.intent === 'cancel')) {
    return whole.intent !== 'handoff' ? asking.find((s) => s.intent.intent === 'handoff')?.intent : undefined;
  }
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

/** Something of the service or a change of it: such a sentence is part of the request, not of the story */
const OF_THE_SERVICE = /\b(?:garderie|centre|accueil|periscolaire|peri|cantine|etude|loisirs|soir|inscri\w*|reserv\w*|annul\w*|enlev\w*|retir\w*|ajout\w*|rajout\w*|mett\w*|mets|met|gard\w*|venir|vien\w*|ira|iront|place|places|certificat|justificatif)\b/;
/** Someone does something: a sentence with a subject of its own ("je pars le 14", "le 27 c'est l'anniversaire de ma sœur"). */
const SOMEONE_DOES = /\b(?:je|j'|on|nous|il|elle|ils|elles|c'|ca|mon|ma|mes|son|sa|ses|leur|leurs|notre|nos)\b/;

/** "Et aussi le mardi 30, puisque le lundi est férié", "non plutôt jeudi 10 et lundi 14, le vendredi c'est sa mère", "ce serait donc tous les mercredis": a day added or said better. */
const ADDED_OR_CORRECTED = /^(?:et|ainsi que|puis)\b|\b(?:aussi|egalement|en plus|non|plutot|pardon|je me trompe|je me suis trompee?|je rectifie|en fait|je voulais dire|je veux dire|corriger|correction|en realite|il s' agit|c' est plutot)\b|\b(?:ce|ca) (?:serait|sera) (?:donc |alors |du coup )?zdate\b/;
/** The request names the story's time: "ce jour-là", "cette semaine-là", "à ces dates". */
const THAT_TIME =
  /\b(?:ce|cette|ces) (?:(?:deux|trois|quatre|cinq|\d) )?(?:jours?|semaines?|soirs?|soirees?|dates?|matins?|journees?|mercredis?|lundis?|mardis?|jeudis?|vendredis?) ?-? ?la\b|\b(?:a|pour) (?:cette|ces) dates?\b|\b(?:le meme jour|les memes jours|ces jours ci)\b|\b(?:tout|pendant|durant) le temps\b|\b(?:pendant|durant) (?:ce temps|cette periode|mon absence|son absence|leur absence|notre absence)\b/;

const THAT_TIMES = new RegExp(THAT_TIME.source, 'g');
/** A day said in so many words: "le mercredi 20", "le 20", "demain" (not "le mercredi" of a week, "du lundi au vendredi"). */
const OWN_DAY = /\b(?:(?:le|ce) (?:(?:lundi|mardi|mercredi|jeudi|vendredi) )?\d{1,2}(?:er)?|demain)\b/;

/** A sentence of a message, read on its own, as the story rule sees it. */
export interface StorySentence {
  prepared: string;
  folded: string;
  asks: boolean;
  children: number;
  dates: readonly string[];
}

/** A sentence that asks nothing and names no child but some days: the only kind that may tell the story (cheap to test first). */
export const mayTellStory = (s: Pick<StorySentence, 'asks' | 'children' | 'dates'>) => !s.asks && s.children === 0 && s.dates.length > 0;

/** A sentence that tells of someone's day and nothing of the service, neither adding nor correcting: the story's kind. */
const isStory = (s: StorySentence) => mayTellStory(s) && !OF_THE_SERVICE.test(s.prepared) && SOMEONE_DOES.test(s.prepared) && !ADDED_OR_CORRECTED.test(s.prepared);

/** Whether the story rule may leave days out: a story sentence beside a request sentence with days of its own (cheap, read once). */
export const mayLeaveStoryOut = (sentences: readonly StorySentence[]) => sentences.some(isStory) && sentences.some((s) => !isStory(s) && s.asks && s.dates.length > 0);

/**
 * "Le 8 décembre c'est l'anniversaire de ma défunte épouse… Pouvez-vous donc mettre Madenn au centre ce mercredi 9 ?",
 * "Je pars le 14 et je rentre le 18. Il faudrait qu'elles restent à la garderie le jeudi 15.": a sentence that asks nothing,
 * names no child and nothing of the service, but tells of someone's day, is the story around the request. Its days are no
 * days asked when the request names days of its own (a request that says "ce jour-là" leans on the story, which stands).
 * Returns the days to leave out: those of the story sentences that no other sentence names.
 */
export function storyDaysOf(sentences: readonly StorySentence[]): string[] {
  const story = sentences.filter(isStory);
  const request = sentences.filter((s) => !isStory(s));
  if (story.length === 0 || !request.some((s) => s.asks && s.dates.length > 0)) return [];
  // ("… commence un nouveau travail le lundi 8 mars … restent à la garderie toute cette semaine-là": the request leans on the story.)
  // ("…c'est de mettre Lénaïs au centre le mercredi 20, parce que ce jour-là je ne pourrai pas…": a « ce jour-là » beside a
  // day of its own sentence is that day; "Les deux autres ont leur mère ce jour-là" asks nothing.)
  if (request.some((s) => s.asks && THAT_TIME.test(s.folded) && !OWN_DAY.test(s.folded.replace(THAT_TIMES, ' ')))) return [];
  // ("Je serai absente du mercredi 29 au vendredi 1er octobre. Pourriez-vous garder les enfants … le mercredi au centre": a
  // period told frames the days asked inside it.)
  const storyDays = [...new Set(story.flatMap((s) => s.dates))].sort();
  const requested = new Set(request.flatMap((s) => s.dates));
  // ("Je serai chez ma sœur du 24 au 2 janvier… Il faudrait mettre les quatre enfants au centre le 28, le 29 et le 30
  // décembre": days asked by their numbers are no weekdays framed by the period told.)
  const askedByNumber = request.filter((s) => s.asks && s.dates.length > 0).every((s) => /\b\d{1,2}(?:er)?\b/.test(s.folded));
  if (!askedByNumber && storyDays.length >= 3 && [...requested].some((day) => storyDays[0] <= day && day <= storyDays[storyDays.length - 1])) return [];
  return storyDays.filter((day) => !requested.has(day));
}

/** A memory: "quand j'étais petite", "dans le temps", "de mon temps", "autrefois". */
const MEMORY = /^(?:(?:bonjour|bonsoir|vous savez|tu sais|ah|oh|eh bien|bref|moi|madame|monsieur)\s+)*(?:quand (?:j' ?|nous |on )(?:avais|avait|avions) (?:son|ton|leur|votre|ton) age|quand (?:j' ?|nous |on )(?:etais|etait|etions) (?:tout |toute |tres )?(?:petite?s?|jeunes?|enfants?|gamine?s?|gosses?|a l' ecole)|dans le temps|de mon temps|a mon epoque|autrefois|jadis|dans ma jeunesse)\b/;
/** A past habit: a verb in the imperfect ("on mangeait", "on n'avait pas", "on partait"). */
const IMPERFECT = /\b(?:on|nous|je|j' ?|il|elle|ils|elles) (?:n' ?|ne )?\S+(?:ait|aient|ions)\b/;
/** A request said in the same sentence ("quand j'étais petite j'adorais le centre, alors inscrivez Léa"). */
const REQUEST_WORDS = /\b(?:pouv\w*|pourri\w*|voudr\w*|veux|souhait\w*|merci de|il faut|faudr\w*|inscri\w*|reserv\w*|annul\w*|enlev\w*|retir\w*|ajout\w*|mettre|mettez|svp|stp|alors|donc)\b/;

/**
 * "Bonjour, quand j'étais petite à Tlemcen, le mercredi on n'avait pas de centre, on allait chez la grand-mère…
 * Alors je voudrais inscrire Louiza et Eyad au centre pour le mercredi 4 novembre": a memory told in the imperfect is
 * neither a request nor a day asked; the message is read without it (unless nothing else is left).
 */
export function withoutMemories(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const isMemory = (sentence: string) => {
    const folded = foldText(sentence);
    return !sentence.includes('?') && MEMORY.test(folded) && IMPERFECT.test(folded) && !REQUEST_WORDS.test(folded);
  };
  const kept = sentences.filter((sentence) => !isMemory(sentence));
  return kept.length === sentences.length || kept.length === 0 ? text : kept.join(' ');
}
