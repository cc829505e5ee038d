/**
 * The French words of requests: what the service's mailbox, the parents and the staff
 * read. Kept here, by key, rather than in the use cases' code.
 */
import type { LateAction } from './requestPayload';
import type { RequestKind, RequestStatus } from './ports';

export const requestMessagesFr = {
  status: {
    submitted: 'envoyée au service',
    in_progress: 'en cours de traitement',
    accepted: 'acceptée',
    refused: 'refusée',
    closed: 'clôturée',
  } satisfies Record<RequestStatus, string>,
  kind: {
    late_request: 'demande hors délai',
    absence_justification: "justificatif d'absence",
    service_message: 'message au service',
    dossier: 'modification du dossier',
    quotient_familial: 'quotient familial',
  } satisfies Record<RequestKind, string>,
  action: {
    reserve: 'réserver',
    cancel: 'annuler',
    modify: 'modifier (libérer des jours, en réserver d’autres)',
  } satisfies Record<LateAction, string>,
  actionNoun: {
    reserve: 'réservation',
    cancel: 'annulation',
    modify: 'modification',
  } satisfies Record<LateAction, string>,
  history: {
    submitted: 'Demande envoyée au service.',
    justificationSubmitted: 'Justificatif reçu, en attente de vérification par le service.',
    acceptedPastDeadline: 'Acceptée par le service hors délai : changement appliqué.',
    accepted: 'Acceptée par le service.',
    refused: 'Refusée par le service : {reason}',
    serviceMessageSubmitted: 'Message envoyé au service.',
    answered: 'Traitée par le service (réponse par e-mail).',
    dossierSubmitted: 'Demande de modification du dossier envoyée au service.',
    dossierApplied: 'Modification enregistrée dans le dossier par le service.',
    quotientSubmitted: 'Documents pour le quotient familial envoyés au service.',
    quotientSet: 'Quotient familial enregistré par le service ; nouveaux tarifs envoyés au parent.',
  },
  quotientMail: {
    subject: 'Quotient familial {number} — {familyName}',
    intro: 'Demande n° {number} reçue le {receivedAt} par {channel} : évaluation du quotient familial.',
    message: 'Message du parent :',
    documents: 'Documents joints : {count} (avis d’imposition ou attestation CAF, à consulter dans la console, page de la demande).',
    footer: 'Saisissez le quotient familial sur la page de la demande dans la console : il est enregistré avec sa tranche, le parent reçoit ses nouveaux tarifs et la demande est acceptée.',
  },
  dossierMail: {
    subject: 'Modification du dossier {number} — {familyName}',
    intro: 'Demande n° {number} reçue le {receivedAt} par {channel} : modification du dossier famille.',
    message: 'Changement demandé par le parent :',
    documents: 'Documents joints : {count} (à consulter dans la console, page de la famille).',
    footer: 'Une fois le dossier mis à jour : « Marquer comme appliqué » dans la console (page de la famille), ou npm run requests -- accept {number}.',
  },
  serviceMail: {
    subject: 'Message au service {number} — {familyName}',
    intro: 'Message n° {number} laissé le {receivedAt} par {channel}, en dehors des heures de permanence.',
    message: 'Message du parent :',
    footer:
      'Répondre à ce mail écrit directement au parent. Une fois répondu : ' +
      'npm run requests -- accept {number}   (ou « Marquer comme traité » dans la console).',
  },
  mail: {
    subject: 'Demande hors délai {number} — {actionNoun} — {children}',
    intro: 'Demande n° {number} ({kind}), reçue le {receivedAt} par {channel}.',
    family: 'Famille : {value}',
    guardian: 'Responsable : {value}',
    email: 'E-mail : {value}',
    phone: 'Téléphone : {value}',
    phoneMissing: 'non renseigné',
    child: 'Enfant : {value}',
    children: 'Enfants : {value}',
    action: 'Action demandée : {value}',
    days: 'Jours :',
    freedDays: 'Jours à libérer :',
    newDays: 'Jours à réserver à la place :',
    dayLine: '- {french} ({iso}) — {deadline}',
    deadlinePassed: 'délai dépassé depuis le {text}',
    deadlineOpen: 'délai non dépassé (jusqu’au {text})',
    deadlineNone: 'jour sans accueil ({reason})',
    parentWords: 'Message du parent : « {value} »',
    parentWordsMissing: 'Message du parent : (aucun)',
    footer:
      'Répondre à ce mail écrit directement au parent. Pour enregistrer la décision : ' +
      'npm run requests -- accept {number}   ou   npm run requests -- refuse {number} --reason "…"',
  },
  notification: {
    accepted: {
      late_request: 'Votre demande hors délai n° {number} a été acceptée par le service.',
      absence_justification: "Votre justificatif d'absence n° {number} a été accepté par le service : l'absence est justifiée.",
      service_message: 'Votre message n° {number} a été traité par le service : la réponse vous a été envoyée par e-mail.',
      dossier: 'Votre demande n° {number} est faite : le service a mis à jour votre dossier. Écrivez « ma famille » pour le vérifier.',
      quotient_familial: 'Votre demande n° {number} est traitée : le service a enregistré votre quotient familial. Écrivez « mes tarifs » pour les voir.',
    },
    acceptedApplied: 'Votre demande hors délai n° {number} a été acceptée : {applied}.',
    refused: {
      late_request: 'Votre demande hors délai n° {number} a été refusée par le service. Motif : {reason}',
      absence_justification: "Votre justificatif d'absence n° {number} a été refusé par le service. Motif : {reason}",
      service_message: 'Votre message n° {number} a été clôturé par le service. Motif : {reason}',
      dossier: 'Votre demande n° {number} de modification du dossier n’a pas été appliquée. Motif : {reason}',
      quotient_familial: 'Votre demande n° {number} pour le quotient familial n’a pas pu aboutir ; pour envoyer un autre document, écrivez « évaluer mes tarifs ». Motif : {reason}',
    },
    answered: 'Votre message n° {number} a été traité par le service : la réponse vous a été envoyée par e-mail.',
    waitlistPromoted: 'Bonne nouvelle : une place s’est libérée le {day}, elle est réservée pour {child}.',
    other: 'Vous avez un nouveau message du service périscolaire.',
  },
  noticeMail: {
    subject: {
      request_decided: 'Votre demande {number} au service périscolaire',
      waitlist_promoted: 'Une place s’est libérée à l’accueil périscolaire',
      other: 'Un message du service périscolaire',
    },
    greeting: 'Bonjour {civility} {lastName},',
    footer:
      'Vous le retrouverez aussi dans votre conversation avec l’assistant du service périscolaire ; ' +
      'écrivez-lui « où en est ma demande ? » pour suivre vos demandes. Pour répondre à une personne du service : {mailbox}.',
    signature: 'Service périscolaire de Joinville-le-Pont',
  },
  applied: {
    booked: 'place réservée pour {child} le {day}',
    waitlisted: "{child} sur liste d'attente le {day}",
    already_booked: 'place déjà réservée pour {child} le {day}',
    cancelled: 'réservation du {day} annulée pour {child}',
    not_booked: "pas de réservation à annuler pour {child} le {day}",
    closed_day: "pas d'accueil le {day}",
    not_in_family: '{child} ne fait plus partie de la famille',
  },
} as const;

/** Replaces `{name}` placeholders; a missing value is a bug, so it throws. */
export function fillFr(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Missing value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}
