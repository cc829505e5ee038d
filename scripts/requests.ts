/**
 * `npm run requests -- list | show D-… | accept D-… | refuse D-… --reason "…" | open-document ID --out FICHIER`:
 * the staff's side of late requests and absence justifications (see src/cli/requestsCommand.ts).
 */
import { userInfo } from 'node:os';
import { createDocuments } from '../src/documents/createDocuments';
import { createTownRules } from '../src/domain/createTownRules';
import { parseRequestsArgs, runRequestsCommand } from '../src/cli/requestsCommand';
import { runCommand } from '../src/cli/runCommand';
import { auditRecorder } from '../src/infrastructure/bookings/sqlBookingStore';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';
import { createRequestServices } from '../src/infrastructure/requests/createRequestServices';
import { domainOfAddress } from '../src/mail/messageId';
import { requestSettingsFrom } from '../src/requests/requestUseCases';

runCommand(async (args) => {
  const command = parseRequestsArgs(args); // bad arguments fail before the database is opened
  const rules = createTownRules();
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    const { requests, queries } = createRequestServices(prisma, {
      rules,
      settings: requestSettingsFrom(rules.config),
      // Decisions send no mail; the domain only names Message-IDs should one be queued.
      messageIdDomain: domainOfAddress(process.env.MAIL_FROM ?? '') ?? 'localhost',
    });
    const output = await runRequestsCommand(command, {
      queries,
      decide: (decision) => requests.decideRequest(decision),
      // Only open-document needs DOCUMENTS_KEY: built on demand.
      readDocument: (id) => createDocuments().store.get(id),
      documentMeta: (id) => prisma.document.findUnique({ where: { id }, select: { mediaType: true, originalName: true, purgedAt: true } }),
      recordAudit: auditRecorder(prisma),
      staffId: process.env.STAFF_ID ?? userInfo().username,
      now: () => new Date(),
    });
    console.log(output);
  } finally {
    await prisma.$disconnect();
  }
});
