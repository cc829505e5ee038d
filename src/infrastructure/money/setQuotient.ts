/**
 * Staff set a family's quotient familial (after checking the CAF attestation or the tax
 * notice): the family's QF and bracket change, the change is audited, and every guardian
 * of the family is told the new prices (a `service_notice` notification: in the chat and
 * by the notifier), in one transaction. From a quotient_familial request's page: the same,
 * then the request is accepted (history and audit as any staff decision), the notice
 * naming the request.
 */
import type { TownConfig } from '../../config/townConfig';
import type { PrismaClient } from '../../generated/prisma/client';
import { quotientNoticeText } from '../../money/quotientNotice';
import { bracketOf } from '../../money/tariffs';
import type { DecideCommand, DecideResult } from '../../requests/decideRequest';
import { SERVICE_NOTICE } from '../../requests/requestViews';

export type SetQuotientResult = { ok: true; bracket: string; notified: number; text: string } | { ok: false; message: string };

export async function setFamilyQuotient(
  prisma: PrismaClient,
  town: TownConfig,
  input: { familyId: number; quotient: number; actor: { kind: 'staff' | 'system'; id: string; channel: string }; now: Date; requestNumber?: string },
): Promise<SetQuotientResult> {
  const tariffs = town.tariffs;
  if (!tariffs) return { ok: false, message: "La configuration de la ville n'a pas de tarifs." };
  if (!Number.isSafeInteger(input.quotient) || input.quotient < 0 || input.quotient > 100_000) {
    return { ok: false, message: `Quotient familial invalide : ${input.quotient} (un nombre entier d'euros, 0 ou plus).` };
  }
  const bracket = bracketOf(input.quotient, tariffs.brackets).code;
  const text = quotientNoticeText(tariffs, town.activities, input.quotient, input.requestNumber);
  return prisma.$transaction(async (tx) => {
    const family = await tx.family.findUnique({ where: { id: input.familyId }, include: { guardians: { select: { id: true } } } });
    if (!family) return { ok: false as const, message: `Famille introuvable : ${input.familyId}` };
    await tx.family.update({ where: { id: family.id }, data: { quotient: input.quotient, quotientBracket: bracket, quotientUpdatedAt: input.now } });
    await tx.auditEntry.create({
      data: {
        at: input.now,
        actorKind: input.actor.kind,
        actorId: input.actor.id,
        channel: input.actor.channel,
        action: 'family.quotient',
        entityType: 'Family',
        entityId: String(family.id),
        details: JSON.stringify({ from: family.quotient, to: input.quotient, bracket, ...(input.requestNumber ? { request: input.requestNumber } : {}) }),
      },
    });
    for (const guardian of family.guardians) {
      await tx.notification.create({ data: { kind: SERVICE_NOTICE, guardianId: guardian.id, payload: JSON.stringify({ text }), createdAt: input.now } });
    }
    return { ok: true as const, bracket, notified: family.guardians.length, text };
  });
}

/**
 * Staff set the QF from a quotient_familial request still open: the family's QF, bracket
 * and notice (naming the request), then the request accepted by `decide` (its history and
 * audit; no second notice: the first one tells the parent).
 */
export async function setQuotientFromRequest(
  prisma: PrismaClient,
  town: TownConfig,
  decide: (command: DecideCommand) => Promise<DecideResult>,
  input: { number: string; quotient: number; staffId: string; now: Date },
): Promise<SetQuotientResult & { familyId?: number }> {
  const request = await prisma.request.findUnique({ where: { number: input.number }, select: { kind: true, status: true, guardian: { select: { familyId: true } } } });
  if (!request || request.kind !== 'quotient_familial') return { ok: false, message: `Aucune demande de quotient familial ${input.number}.` };
  if (request.status !== 'submitted' && request.status !== 'in_progress') return { ok: false, message: `La demande ${input.number} est déjà traitée : corrigez le quotient depuis la fiche famille.` };
  const familyId = request.guardian.familyId;
  const set = await setFamilyQuotient(prisma, town, {
    familyId,
    quotient: input.quotient,
    actor: { kind: 'staff', id: input.staffId, channel: 'console' },
    now: input.now,
    requestNumber: input.number,
  });
  if (!set.ok) return set;
  const decided = await decide({ number: input.number, decision: 'accept', staffId: input.staffId, channel: 'console', now: input.now, notifyParent: false });
  if (decided.status !== 'decided') return { ok: false, familyId, message: `Quotient familial ${input.quotient} enregistré (tranche ${set.bracket}), mais la demande ${input.number} n'a pas pu être acceptée (${decided.status}).` };
  return { ...set, familyId };
}
