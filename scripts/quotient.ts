/** `npm run quotient -- --family "Martin" --qf 720 [--actor LOGIN]`: staff set a family's quotient familial; the parents are told their new prices. */
import { parseArgs } from 'node:util';
import { loadTownConfig } from '../src/config/townConfig';
import { findFamilyId } from '../src/cli/attestationCommand';
import { runCommand, UsageError } from '../src/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';
import { setFamilyQuotient } from '../src/infrastructure/money/setQuotient';

const USAGE = 'Usage : npm run quotient -- --family "Nom ou référence" --qf 720 [--actor identifiant]';

runCommand(async (args) => {
  let values: { family?: string; qf?: string; actor?: string };
  try {
    ({ values } = parseArgs({ args, options: { family: { type: 'string' }, qf: { type: 'string' }, actor: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.family?.trim() || !values.qf || !/^\d{1,6}$/.test(values.qf)) throw new UsageError(`Indiquez --family et --qf (un nombre entier d'euros).\n${USAGE}`);
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    const familyId = await findFamilyId(prisma, values.family.trim());
    const result = await setFamilyQuotient(prisma, loadTownConfig(), {
      familyId,
      quotient: Number(values.qf),
      actor: { kind: values.actor ? 'staff' : 'system', id: values.actor ?? 'cli', channel: 'cli' },
      now: new Date(),
    });
    if (!result.ok) throw new Error(result.message);
    console.log(`Quotient familial enregistré (tranche ${result.bracket}) ; ${result.notified} parent(s) prévenu(s) : ${result.text}`);
  } finally {
    await prisma.$disconnect();
  }
});
