/** Short commands that work at any step of a conversation, and yes/no answers. */
import { normalise } from './frenchFormat';

export type Command = 'help' | 'cancel' | 'restart' | 'menu' | 'handoff' | 'backToBot';

const COMMANDS: ReadonlyArray<[Command, RegExp]> = [
  ['backToBot', /^((je veux )?(revenir|retourner|retour) (a|vers|avec) l'assistant|quitter la conversation|fin de la conversation)$/],
  ['help', /^(aide|help|\?|au secours|je suis perdue?|comment ca marche)$/],
  ['cancel', /^(annule|annuler|annulez|stop|arrete|arreter|arretez|laisse tomber|abandonner|abandon|non merci stop)$/],
  ['restart', /^(recommence|recommencer|recommencez|on recommence|reprendre depuis le debut|depuis le debut)$/],
  ['menu', /^(menu|retour au menu|le menu|accueil)$/],
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

/** "oui", "ok", "c'est bon" → yes; "non", "pas du tout" → no; anything else → undefined. */
export function yesNoOf(text: string): YesNo | undefined {
  const clean = normalise(text);
  if (/^(oui|ouais|ok|okay|d'accord|daccord|c'est bon|c'est ca|exact|exactement|parfait|volontiers|bien sur|oui merci|oui svp|oui s'il vous plait|confirme|je confirme|valider|valide|yes)$/.test(clean)) return 'yes';
  if (/^(non|nan|non merci|pas du tout|surtout pas|no|pas maintenant|c'est faux|ce n'est pas ca)$/.test(clean)) return 'no';
  return undefined;
}
