/**
 * `npm run attestation -- --family "Martin" --year 2026 --out FILE.pdf`: the payment
 * attestation of a family for a calendar year, written as a PDF file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PrismaClient } from '../generated/prisma/client';
import type { TownConfig } from '../config/townConfig';
import { formatEurosPlain } from '../money/money';
import { createMoneyService } from '../money/moneyService';
import { PrismaMoneyStore } from '../infrastructure/money/prismaMoneyStore';
import { UsageError } from './runCommand';

export const ATTESTATION_USAGE = 'Usage : npm run attestation -- --family "Nom ou référence" --year AAAA --out FICHIER.pdf';

export interface AttestationArgs {
  family: string;
  year: number;
  out: string;
}

export function parseAttestationArgs(args: readonly string[]): AttestationArgs {
  let values: { family?: string; year?: string; out?: string };
  try {
    ({ values } = parseArgs({ args: [...args], options: { family: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${ATTESTATION_USAGE}`);
  }
  if (!values.family?.trim()) throw new UsageError(`Indiquez la famille (--family).\n${ATTESTATION_USAGE}`);
  if (!values.year || !/^20\d\d$/.test(values.year)) throw new UsageError(`Indiquez l'année sur quatre chiffres (--year 2026).\n${ATTESTATION_USAGE}`);
  if (!values.out?.trim()) throw new UsageError(`Indiquez le fichier à écrire (--out attestation.pdf).\n${ATTESTATION_USAGE}`);
  return { family: values.family.trim(), year: Number(values.year), out: values.out };
}

/** The one family whose name contains `search` (case and accents ignored) or whose treasury reference it is. */
export async function findFamilyId(prisma: PrismaClient, search: string): Promise<number> {
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const families = await prisma.family.findMany({ select: { id: true, name: true, billingReference: true } });
  const byReference = families.filter((f) => f.billingReference !== null && fold(f.billingReference) === fold(search));
  const found = byReference.length > 0 ? byReference : families.filter((f) => fold(f.name).includes(fold(search)));
  if (found.length === 0) throw new Error(`Aucune famille ne correspond à « ${search} ».`);
  if (found.length > 1) throw new Error(`Plusieurs familles correspondent à « ${search} » : ${found.map((f) => f.name + (f.billingReference ? ` (${f.billingReference})` : '')).join(', ')}. Précisez, ou donnez la référence.`);
  return found[0].id;
}

/** Writes the PDF; returns the line to print. */
export async function writeAttestation(prisma: PrismaClient, town: TownConfig, args: AttestationArgs, now: Date): Promise<string> {
  const money = createMoneyService(new PrismaMoneyStore(prisma), town);
  if (!money) throw new Error('La configuration de la ville n\'a pas de tarifs (« tariffs ») : pas d\'attestation possible.');
  const family = await money.family(await findFamilyId(prisma, args.family));
  if (!family) throw new Error(`Famille introuvable : ${args.family}`);
  const figures = await money.attestation(family, args.year);
  const pdf = await money.attestationPdf(family, args.year, now);
  if (!pdf) throw new Error(`Aucun paiement de la famille ${family.name} en ${args.year} : pas d'attestation.`);
  writeFileSync(args.out, pdf);
  const children = figures.children.map((c) => `${c.child.firstName} ${formatEurosPlain(c.paidCents)}`).join(', ');
  return `Attestation ${args.year} de ${family.name} écrite dans ${args.out} (${pdf.length} octets) : ${formatEurosPlain(figures.totalPaidCents)} payés (${children}).`;
}
