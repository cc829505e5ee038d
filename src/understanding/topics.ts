/**
 * What a question is about, when a feature answers it beyond the general FAQ (see
 * TOPICS in types.ts): prices and the simulator, statements, the payment attestation,
 * the quotient familial, the family's records and documents, the month at a glance, the
 * calendar feed, reminders, opening hours, contacts and the citizen account. Read from
 * the prepared text (folded, children and dates masked); the first rule that matches wins,
 * the more specific first.
 */
import { wordsOfPatterns } from './text/patternWords';
import { FAMILY_SPACE_RULES, familySpaceTopicOf } from './familySpaceTopics';
import { OTHER_MATTER } from './intents/intentRules';
import type { Topic } from './types';
import { guardedRules } from './text/patternGuard';

const RULES: ReadonlyArray<readonly [Topic, RegExp]> = guardedRules<Topic>([
  // Another of the town's services or an errand (a passport, a plumber): not the periscolaire's.
  ['other_service', OTHER_MATTER],
  ['attestation', /\battestations? (?:de paiement|fiscales?|pour (?:les )?impots|de frais de garde|annuelles?|pour la caf|caf|de garde|pour les services sociaux|de paiements)\b|\b(?:credit|reduction) d' impots?\b|\bfrais de garde\b|\bpour (?:ma|la|les) declaration (?:d' impots|de revenus|fiscale)\b|\battestation\b(?=.*\b(?:payee?s?|paye|paiements?|zdate|20\d\d|annee|impots?|caf)\b)/],
  ['statement', /\b(?:factures?|facturation|releve|releves|prelevements?|impayes?|solde|echeance)\b|\bcombien (?:je vais|vais je|j' ai|ai je|dois je|je dois|on va|allons nous|est ce que je vais|est ce que je dois) (?:a )?(?:payer|regler|devoir)\b|\b(?:j' ai|on a|nous avons) combien a (?:payer|regler)\b|\b(?:montant|total) (?:a payer|du mois|de (?:ma|la) facture|de zdate)\b|\bce que je dois\b(?! (?:ecrire|taper|dire|mettre|faire|fournir|envoyer))|\bcombien (?:je (?:vous )?dois|dois je|on (?:vous )?doit|nous (?:vous )?devons)\b(?! (?:\S+ )?(?:attendre|reserver|inscrire|annuler|prevenir|envoyer|fournir|ecrire|payer|regler|devoir)\b)|\bmes paiements\b|\bj' ai (?:deja )?paye\b/],
  ['quotient', /\bquotient(?: familial)?\b|\bqf\b|\bavis d' (?:imposition|impot)\b|\b(?:evaluer|calculer|reevaluer|mettre a jour) (?:mes|mon|nos|le|les) (?:tarifs?|quotient|qf)\b|\bmes (?:revenus|ressources)\b|\btranche (?:de )?tarifaire\b/],
  ['tariffs', /\b(?:(?:c' est|c' etait|ce serait|ca coute|ca couterait|ca fait|ca ferait|ca fera|ca revient a|ca reviendrait a|ca va (?:me |nous )?couter) combien|combien (?:deja|exactement|environ|coute|coutent|ca coute|ca va (?:me |nous )?couter|c' est|ca fait|pour|de)|combien (?:on |je |nous |j' )?(?:paye|paie|payerai|paierai|payera|paiera|payons|payerons|paierons|vais payer|va payer|aurai a payer)|(?:on|je|nous) (?:paye|paie|payerai|paierai|payera|paiera|payons) combien|tarifs?|tarification|prix|couts?|coute|coutent|cher|gratuite?|payant|simul(?:er|ateur|ation)|grille)\b/],
  ['documents', /\b(?:mes|nos) (?:documents|fichiers|pieces jointes|justificatifs envoyes)\b|\bespace (?:de stockage|personnel|prive)\b|\b(?:gardez|garder|conserver|conservez|stocker|stockez|ranger|rangez) (?:ce|le|mon|cet|cette) (?:document|fichier|papier|justificatif|pdf)\b|\b(?:supprimer|supprimez|effacer|effacez|retrouver|recuperer|telecharger) (?:le|ce|mon|un|mes|les) (?:document|fichier|justificatif)s?\b|\bdocuments? (?:envoyes?|deposes?|transmis)\b/],
  ['dossier', /\b(?:ma famille|mon dossier|notre dossier|dossiers? (?:famille|enfant|de zenfant)|fiche (?:famille|enfant|sanitaire)|les infos (?:de|sur)|mes infos|informations (?:de|sur|personnelles)|ce que vous avez sur|mes coordonnees)\b|\b(?:changer|modifier|mettre a jour|changement de) (?:mon|ma|mes|de|d' |notre|l'|le|la|les) ?(?:numero|telephone|portable|adresse|mail|email|coordonnees|situation)\b|\b(?:nouvelle adresse|nouveau numero|demenag\w*)\b|\b(?:allergie|allergique|pai|regime alimentaire|traitement)\b|\b(?:personnes? autorisees?|autoriser|autorisation) (?:a |de )?(?:venir|recuperer|chercher)?\b|\b(?:ajouter|ajoute t on|ajoute t il|on ajoute) (?:un|une) (?:membre|enfant|personne|parent|tuteur)\b|\bmembre (?:a|de) (?:ma|la) famille\b/],
  ['calendar_feed', /\b(?:ajouter (?:a|dans) (?:mon|l') agenda|agenda (?:du|de mon) (?:telephone|portable)|google (?:agenda|calendar)|calendrier (?:du|de mon|sur mon) (?:telephone|portable|iphone)|synchronis\w*|ical|ics|abonnement (?:au )?calendrier|s' abonner au calendrier|dans mon agenda|mon agenda)\b/],
  ['reminders', /\b(?:rappels?|previens moi|prevenez moi|me prevenir|m' avertir|avertissez moi|alertes?|notifications?|stop rappels?|plus de rappels?)\b(?!.*\b(?:parler|humain|personne|agent)\b)/],
  ['planning', /(?<!\bmodifications? (?:du|de mon|de son|de notre|de leur) )\b(?:planning(?! (?:de vol|de travail|d' equipe|de garde|de service|(?:de|d') (?:mon|ma|son|sa|notre|leur) (?:epouse|femme|mari|conjointe?|compagnon|compagne|pere|mere|ex))\b)|calendrier|vue (?:du|d' ensemble)|en un coup d' oeil|le mois (?:de zenfant)?)\b/],
  ['hours', /\b(?:horaires?|heures? d' (?:ouverture|accueil)|heures? de (?:fermeture|sortie)|a quelle heure|jusqu' a quelle heure|ouverts?|ouvertes?|ouvre|ouvrez|ferme a|fermes?|fermee?s?|fermeture|ouverture)\b/],
  ['contact', /\b(?:telephone|numero|adresse|mail|e mail|email|courriel|contacter|joindre|coordonnees du service|ou se trouve|ou est le service)\b/],
  ['account', /\b(?:compte citoyen|espace citoyen|portail|mot de passe|identifiant|connecter|connexion|creer (?:un|mon) compte|mon compte)\b/],
]);

/** Words of the topic rules, for the spelling corrector. */
export const TOPIC_WORDS: readonly string[] = wordsOfPatterns([...FAMILY_SPACE_RULES, ...RULES].map(([, pattern]) => pattern.source));

/** The topic of a prepared message, if one of TOPICS fits. */
export function topicOf(masked: string): Topic | undefined {
  return familySpaceTopicOf(masked) ?? RULES.find(([, pattern]) => pattern.test(masked))?.[0];
}
