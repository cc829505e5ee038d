/** Short commands that work at any step of a conversation, and yes/no answers. */
import { normalise } from './frenchFormat';

export type Command = 'help' | 'cancel' | 'restart' | 'menu' | 'handoff' | 'backToBot' | 'goodbye' | 'goodbyeAfterYes';

const COMMANDS: ReadonlyArray<[Command, RegExp]> = [
  ['backToBot', /^((je veux )?(revenir|retourner|retour) (a|vers|avec) l'assistant|quitter la conversation|fin de la conversation)$/],
  ['help', /^(aide|help|\?|au secours|je suis perdue?|comment ca marche)$/],
  // ("bon tant pis", "oubliez", "c'est pas grave": the question left unanswered, the request dropped.)
  ['cancel', /^(annule|annuler|annulez|stop|arrete|arreter|arretez|laisse tomber|laissez tomber|abandonner|abandon|non merci stop|(bon |ah |ok |alors )?tant pis|oublie|oubliez|oublie ca|oubliez ca|(c'est |ce n'est )?pas grave)$/],
  ['restart', /^(recommence|recommencer|recommencez|on recommence|reprendre depuis le debut|depuis le debut)$/],
  ['menu', /^(menu|retour au menu|le menu|accueil)$/],
  // "merci, bonne journée", "au revoir" in the middle of a question: the parent leaves (an "ok" first is a yes).
  ['goodbye', /^(merci( beaucoup| bien)?( et)? )?(au revoir|a bientot|a plus|bonne (journee|soiree|nuit|fin de journee|continuation)|bye|ciao)( a vous)?( merci( beaucoup)?)?$/],
  // "d'accord merci bonne soirée": a yes, then a goodbye; at a question that takes no yes (which child?), the parent leaves.
  ['goodbyeAfterYes', /^(ok|okay|d'accord|dac|bon|tres bien|parfait|entendu|super|ca marche)( merci( beaucoup| bien)?)?( et)? (au revoir|a bientot|bonne (journee|soiree|nuit|fin de journee|continuation))( a vous)?( merci( beaucoup)?)?$/],
  [
    'handoff',
    /(parler a (quelqu'?un|un humain|une personne|un agent|un conseiller|une vraie personne)|un agent|un humain|une vraie personne|un conseiller)/,
  ],
];

/** The command a message is, if it is one (a whole short message, or a hand-over request anywhere). */
export function commandOf(text: string): Command | undefined {
  const clean = normalise(text);
  return COMMANDS.find(([, pattern]) => pattern.test(clean))?.[0];
}

export type YesNo = 'yes' | 'no';

/** Ways of saying yes, as whole words; politeness around them changes nothing. */
const YES = /^(oui|ouais|ouaip|yes|yep|ok|okay|oki|d'accord|daccord|dac|c'est bon|c bon|cest bon|c'est ca|c'est bien ca|c'est bien cela|c'est cela|cest ca|c ca|c'est juste|c'est correct|correct|c'est parfait|ca marche|ca me va|exact|exactement|parfait|super|top|nickel|impeccable|volontiers|bien sur|tout a fait|absolument|confirme|je confirme|confirmer|valider|valide|je valide|go|vas y|allez y|allez-y|vas-y|sim|si|yeah|sure|da|evet|tak|ja)$/;
const NO = /^(non|nan|no|nao|nein|nie|hayir|non merci|pas du tout|surtout pas|pas maintenant|c'est faux|ce n'est pas ca|c'est pas ca|laisse|laissez|pas la peine|inutile)$/;
const POLITE = /^(merci|merci beaucoup|svp|s'il vous plait|s'il te plait|stp|bien|alors|euh|bon|ben|ah|oh|bonne journee|bonne soiree|au revoir|a bientot|obrigado|obrigada|gracias|grazie|thanks|thank you)$/;

/**
 * "oui", "ok c bon", "oui merci", "parfait, merci" → yes; "non", "non merci" → no; anything
 * else (a sentence with more in it: "oui mais pour Hugo") → undefined.
 */
export function yesNoOf(text: string): YesNo | undefined {
  const clean = normalise(text);
  if (YES.test(clean)) return 'yes';
  if (NO.test(clean)) return 'no';
  // A few words, each a way of saying yes (or no) or a politeness: "ok c'est bon merci".
  const words = clean.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  let said: YesNo | undefined;
  for (let i = 0; i < words.length; ) {
    const match = [3, 2, 1].map((n) => words.slice(i, i + n).join(' ')).find((phrase, k) => i + 3 - k <= words.length && (YES.test(phrase) || NO.test(phrase) || POLITE.test(phrase)));
    if (!match) return undefined;
    const kind: YesNo | undefined = YES.test(match) ? 'yes' : NO.test(match) ? 'no' : undefined;
    if (kind && said && kind !== said) return undefined;
    said = kind ?? said;
    i += match.split(' ').length;
  }
  return said;
}

/**
 * "ok merci", "d'accord, merci bien": a thank-you for what was said rather than a yes to
 * a question with consequences (sending a request to the service): asked again there.
 */
export function isThanksOnly(text: string): boolean {
  return /^(?:(?:ok|okay|oki|d'accord|daccord|dac|tres bien|ah|bon|bien) )*merci(?: (?:beaucoup|bien|bcp))?$/.test(normalise(text));
}
