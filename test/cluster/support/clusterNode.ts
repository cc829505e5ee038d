/**
 * One assistant process of the cluster test (test/cluster/cluster.test.ts), as a town
 * would run several: the real composition root on PostgreSQL (DATABASE_URL), mail through
 * SMTP_URL, listening on an ephemeral loopback port printed as "PORT <n>". Its clock is
 * pinned (CLUSTER_NOW) so that the test's days stay bookable. SIGTERM stops it as
 * src/main.ts does (src/server/shutdown.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FrenchUnderstanding } from '../../../src/bot/understandingAdapter';
import { createAssistant } from '../../../src/compositionRoot';
import { createDocuments } from '../../../src/documents/createDocuments';
import { generateDocumentsKey } from '../../../src/documents/documentsKey';
import { listen } from '../../../src/server/createServer';
import { createLogger } from '../../../src/server/logger';
import { stopGracefullyOnSignals } from '../../../src/server/shutdown';

async function main(): Promise<void> {
  const now = new Date(process.env.CLUSTER_NOW ?? Date.now());
  const understanding = new FrenchUnderstanding();
  await understanding.warmUp();
  const assistant = await createAssistant({
    databaseUrl: process.env.DATABASE_URL!,
    understanding,
    env: process.env,
    documents: createDocuments({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'periscolaire-cluster-')), DOCUMENTS_KEY: generateDocumentsKey() }),
    clock: { now: () => now },
    logger: createLogger({ level: 'warn' }),
    notifyIntervalMs: 1_000,
  });
  stopGracefullyOnSignals(assistant, { logger: createLogger({ level: 'warn' }), timeoutMs: 20_000 });
  const port = await listen(assistant.server, 0, '127.0.0.1');
  process.stdout.write(`PORT ${port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cluster node: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
