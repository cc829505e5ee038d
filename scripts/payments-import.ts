/**
 * `npm run payments:import -- --file export.csv [--actor agent@mairie.fr]`: imports the
 * treasury's payments export (format in the README). Re-importing the same file changes
 * nothing; every import is audited. Exit code 1 when a line was refused or in conflict.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importTreasuryPayments, paymentImportSummary } from '../src/infrastructure/money/paymentImport';
import { runCommand, UsageError } from '../src/cli/runCommand';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';

const USAGE = 'Usage : npm run payments:import -- --file export-tresorerie.csv [--actor identifiant]';

runCommand(async (args) => {
  let values: { file?: string; actor?: string };
  try {
    ({ values } = parseArgs({ args, options: { file: { type: 'string' }, actor: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.file) throw new UsageError(`Indiquez le fichier (--file).\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(values.file, 'utf8');
  } catch (error) {
    throw new Error(`Fichier illisible : ${values.file} (${(error as Error).message})`);
  }
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    const report = await importTreasuryPayments(prisma, {
      text,
      fileName: path.basename(values.file),
      actor: { kind: values.actor ? 'staff' : 'system', id: values.actor ?? 'cli', channel: 'cli' },
      now: new Date(),
    });
    console.log(paymentImportSummary(report));
    if (report.errors.length > 0 || report.conflicts.length > 0) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
});
