/**
 * Out-of-vocabulary evidence: how much of a message the intent classifier has actually
 * learnt something about. A softmax always names a winner, even for "asdfgh" or "ma
 * voiture est en panne"; those must come out as `none` so that the dialog asks rather
 * than guesses. The content words of a message are its words minus French function
 * words and the masks of dates and children ("zdate", "zenfant"): a message with no
 * content word at all ("Léa", "mardi", "le 12 mars") or whose content words are mostly
 * unknown to the training sentences carries no intent. Calendar words the date grammar
 * left ("lundi de paques") are neutral: neither content nor unknown.
 */
import { CALENDAR_WORDS } from '../dates/dateLexicon';

/** Greetings and politeness say nothing of what a message asks: neither content nor unknown. */
const SOCIAL_WORDS = ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'merci', 'madame', 'monsieur', 'cordialement', 'plait'];
const NEUTRAL: ReadonlySet<string> = new Set([...CALENDAR_WORDS, ...SOCIAL_WORDS]);

/** French function words (folded): they say nothing of the intent on their own. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a ai as au aux avec avons avez c ca ce ceci cela celle celui ces cet cette d de des du
   elle elles en es est et etes eu eux il ils j je l la le les leur leurs lui m ma me mes
   moi mon n ne ni nos notre nous on ont ou par qu que qui s sa se ses si son sont suis
   sommes t ta te tes toi ton tu un une vos votre vous y zdate zenfant
   ah oh eh euh hein bah ben hop voila voici alors donc puis`
    .split(/\s+/)
    .filter(Boolean),
);

export interface Evidence {
  /** Content words of the message. */
  content: number;
  /** Content words the classifier knows (their stem is a training feature). */
  known: number;
  /** A child and a day are named ("Léa mardi"): a request, not a bare answer. */
  childAndDay: boolean;
}

/** Counts the content words of a prepared message and those `isKnown` accepts. */
export function evidenceOf(prepared: string, isKnown: (token: string) => boolean): Evidence {
  let content = 0;
  let known = 0;
  let child = false;
  let day = false;
  for (const token of prepared.replace(/'/g, ' ').split(' ')) {
    if (token === 'zenfant') child = true;
    if (token === 'zdate') day = true;
    if (!token || FUNCTION_WORDS.has(token) || NEUTRAL.has(token) || /\d/.test(token)) continue;
    content++;
    if (isKnown(token)) known++;
  }
  return { content, known, childAndDay: child && day };
}
