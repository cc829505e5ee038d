/**
 * Topics of the family's own space (issue 14) read before the general rules of
 * topics.ts: the family's data and its rights ("mes données", "supprimer mon compte de
 * l'assistant"), the privacy notice, and the ways of saying a record changed ("j'ai
 * changé de numéro") that the general rules would take for a question on the service's
 * own contacts. Kept apart so that other topic work merges without conflict.
 */
import type { Topic } from './types';

export const FAMILY_SPACE_RULES: ReadonlyArray<[Topic, RegExp]> = [
  ['privacy', /\b(?:confidentialite|vie privee|rgpd|protection des donnees|donnees personnelles (?:sont|seront)|politique de (?:confidentialite|protection)|mentions? legales?|cookies?)\b/],
  ['my_data', /\b(?:mes|nos) donnees\b|\b(?:exporter|export|telecharger|recuperer|copie de) (?:de )?(?:mes|nos|toutes mes|toutes nos) (?:donnees|informations)\b|\b(?:supprimer|supprimez|effacer|effacez|fermer|fermez|clore|detruire) (?:mon|notre) compte (?:de l' assistant|du bot|de l' assistant periscolaire|assistant|sur l' assistant)\b|\b(?:supprimer|effacer|oublier) (?:tout|toutes mes donnees|mes conversations|mon historique de conversation)\b|\bdroit (?:a l' oubli|d' acces|de suppression)\b/],
  ['dossier', /\bj' ai change (?:de|d') ?(?:numero|telephone|portable|adresse|mail|email|coordonnees)\b|\bmon (?:nouveau|nouvel) (?:numero|telephone|portable|adresse|mail|email)\b|\bnouvelle adresse (?:mail|e mail|email)\b/],
  ['calendar_feed', /\b(?:nouveau|nouvelle|autre|changer (?:de|le|l')) ?(?:lien|adresse) (?:d' |de l' |du |pour (?:l' |mon )?)?(?:agenda|calendrier)\b|\b(?:revoquer|desactiver|couper) (?:le|mon) (?:lien|abonnement) (?:d' |de l' |du )?(?:agenda|calendrier)\b/],
];

/** The topic of a prepared message among the family-space rules, if one fits. */
export function familySpaceTopicOf(masked: string): Topic | undefined {
  return FAMILY_SPACE_RULES.find(([, pattern]) => pattern.test(masked))?.[0];
}
