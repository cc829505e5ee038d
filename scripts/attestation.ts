/** `npm run attestation -- --family "Martin" --year 2026 --out attestation.pdf`: a family's payment attestation as a PDF. */
import { loadTownConfig } from '../src/config/townConfig';
import { parseAttestationArgs, writeAttestation } from '../src/cli/attestationCommand';
import { runCommand } from '../src/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';

runCommand(async (args) => {
  const parsed = parseAttestationArgs(args); // bad arguments fail before the database is opened
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    console.log(await writeAttestation(prisma, loadTownConfig(), parsed, new Date()));
  } finally {
    await prisma.$disconnect();
  }
});
