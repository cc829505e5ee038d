/**
 * What the parent reads when a document is refused, by stable code. Polite and short,
 * and each one says what to do next.
 */
import type { DownloadFailureCode } from './downloadOutcome';

/** Values the messages mention. */
export interface DocumentMessageContext {
  maxMegabytes: number;
}

const ACCEPTED = (ctx: DocumentMessageContext) => `une photo (JPEG, PNG, HEIC) ou un PDF, de ${formatMegabytes(ctx.maxMegabytes)} Mo au plus`;

/** The French catalog of attachment refusals. */
export const attachmentMessagesFr: Record<DownloadFailureCode, (ctx: DocumentMessageContext) => string> = {
  no_file: (ctx) => `Je ne trouve pas de fichier dans votre message. Joignez ${ACCEPTED(ctx)}.`,
  invalid_url: (ctx) => `Je n'arrive pas à ouvrir ce lien. Joignez plutôt le fichier lui-même : ${ACCEPTED(ctx)}.`,
  scheme_not_allowed: (ctx) => `Je ne peux pas récupérer un fichier par ce moyen. Joignez-le directement à votre message : ${ACCEPTED(ctx)}.`,
  host_not_allowed: (ctx) => `Je ne peux pas récupérer un fichier depuis ce site. Joignez-le directement à votre message : ${ACCEPTED(ctx)}.`,
  forbidden_address: (ctx) => `Je ne peux pas récupérer un fichier depuis cette adresse. Joignez-le directement à votre message : ${ACCEPTED(ctx)}.`,
  unreachable: () => `Je n'ai pas pu récupérer votre fichier. Pouvez-vous l'envoyer à nouveau dans quelques instants ?`,
  too_many_redirects: (ctx) => `Je n'ai pas pu récupérer votre fichier. Joignez-le directement à votre message : ${ACCEPTED(ctx)}.`,
  timeout: () => `Le fichier a mis trop de temps à arriver. Pouvez-vous l'envoyer à nouveau, ou en envoyer une version plus légère ?`,
  too_large: (ctx) => `Ce fichier est trop lourd. Envoyez ${ACCEPTED(ctx)} (une photo prise avec le téléphone convient).`,
  empty_file: (ctx) => `Ce fichier est vide. Envoyez ${ACCEPTED(ctx)}.`,
  unsupported_type: (ctx) => `Ce fichier n'est pas accepté. Envoyez ${ACCEPTED(ctx)}.`,
};

/** The parent's message for a refusal code. */
export function attachmentMessageFr(code: DownloadFailureCode, ctx: DocumentMessageContext): string {
  return attachmentMessagesFr[code](ctx);
}

/** "10", "2,5": French decimal comma, no trailing zeros. */
function formatMegabytes(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
}
