/**
 * Entry point: claims the embedded database (one assistant per SQLite file), builds the
 * assistant (src/compositionRoot.ts), warms the language model, listens, and shuts down
 * gracefully on SIGINT/SIGTERM (src/server/shutdown.ts: turns in flight finish, then the
 * database closes); serves /metrics on METRICS_PORT when set (src/server/metricsServer.ts).
 */
import 'dotenv/config';
import { createAssistant } from './compositionRoot';
import { FrenchUnderstanding } from './bot/understandingAdapter';
import { DatabaseUrlError, databaseUrlFromEnv } from './infrastructure/database/databaseUrl';
import { DatabaseUnavailableError } from './infrastructure/database/postgresClient';
import { DatabaseInUseError, claimDatabaseForServer } from './infrastructure/database/serverLock';
import { listen } from './server/createServer';
import { MetricsSettingsError, readMetricsSettings, startMetricsServer } from './server/metricsServer';
import { shutdownTimeoutMs, stopGracefullyOnSignals } from './server/shutdown';
import { createLogger } from './server/logger';
import { ServerSettingsError } from './server/settings';
import { TownConfigError } from './config/townConfig';
import { MailConfigError } from './mail/mailSettings';
import { DocumentsConfigError } from './documents/documentsConfigError';
import { createPrismaClient } from './infrastructure/database/createPrismaClient';
import { DemoDataError, assertNoDemoDataInProduction, isProduction } from '../prisma/seed/demoData';

/** Production never runs with the demo families or the demo staff account (whose password is public). */
async function refuseDemoDataInProduction(databaseUrl: string): Promise<void> {
  if (!isProduction(process.env)) return;
  const prisma = await createPrismaClient(databaseUrl);
  try {
    await assertNoDemoDataInProduction(prisma, process.env);
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<void> {
  const logger = createLogger();
  const databaseUrl = databaseUrlFromEnv();
  const metricsSettings = readMetricsSettings(process.env);
  // First, before the slow warm-up: a second assistant on the same SQLite file stops here.
  const claim = await claimDatabaseForServer(databaseUrl);
  await refuseDemoDataInProduction(databaseUrl);
  const understanding = new FrenchUnderstanding();
  await understanding.warmUp();
  const assistant = await createAssistant({ databaseUrl, understanding, logger });
  const { port: wanted, host, open } = assistant.settings;
  const port = await listen(assistant.server, wanted, host);
  const endpoint = `http://${host}:${port}/api/messages`;
  if (open) logger.warn('MicrosoftAppId is not set: requests are not authenticated, listening on 127.0.0.1 only');
  logger.info({ endpoint, health: `http://${host}:${port}/healthz`, authentication: open ? 'none (local)' : 'Bot Framework' }, 'assistant ready');
  const origin = `http://${host}:${port}`;
  process.stderr.write(
    [
      '',
      `Assistant périscolaire prêt.`,
      `  Discussion (parents)   : ${origin}/`,
      `  Console du service     : ${origin}/staff`,
      `  Bot Framework          : ${endpoint}${open ? ' (Emulator : sans identifiant d’application)' : ''}`,
      `  Terminal               : npm run chat -- --as camille.martin@example.fr`,
      `  Santé                  : ${origin}/healthz`,
      '',
      '',
    ].join('\n'),
  );

  const metricsServer = metricsSettings && (await startMetricsServer(assistant.metrics, metricsSettings));
  if (metricsServer) logger.info({ metrics: `http://${metricsSettings!.host}:${metricsServer.port}/metrics` }, 'metrics served');
  stopGracefullyOnSignals(assistant, {
    logger,
    timeoutMs: shutdownTimeoutMs(process.env),
    after: async () => {
      await metricsServer?.close();
      await claim?.release();
    },
  });
}

/** Configuration mistakes are the operator's to fix: their message says what; a stack would only hide it. */
const CONFIGURATION_ERRORS = [
  ServerSettingsError,
  TownConfigError,
  MailConfigError,
  DocumentsConfigError,
  DatabaseUrlError,
  DatabaseUnavailableError,
  DatabaseInUseError,
  DemoDataError,
  MetricsSettingsError,
];

main().catch((error: unknown) => {
  const known = CONFIGURATION_ERRORS.some((kind) => error instanceof kind);
  const text = error instanceof Error ? (known ? error.message : error.stack ?? error.message) : String(error);
  process.stderr.write(`Démarrage impossible : ${text}\n`);
  process.exit(1);
});
