/**
 * The purge behind `npm run documents:purge [-- --dry-run]` (scripts/documents-purge.ts): deletes the documents older than
 * DOCUMENTS_RETENTION_DAYS. To schedule daily (cron, systemd timer, Azure job).
 *
 * The metadata rows are kept as a trace and marked `purgedAt` (before the files go, so
 * that an interrupted purge converges when run again).
 */
import { randomBytes } from 'node:crypto';
import { UsageError } from '../cli/runCommand';
import { readDocumentsSettings } from './documentsSettings';
import { FsDocumentStore } from './fsDocumentStore';
import { purgeExpiredDocuments } from './retentionPurge';

/**
 * Runs the purge; writes a one-line summary. `markPurged` records it in the documents'
 * metadata (PrismaDocumentMetadataRepository.markPurged); without it only files go.
 */
export async function purgeCommand(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  markPurged?: (ids: string[], at: Date) => Promise<void>,
): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(`Argument inconnu : ${unknown.join(' ')}\nUsage : npm run documents:purge [-- --dry-run]`);
  const dryRun = args.includes('--dry-run');
  const settings = readDocumentsSettings(env);
  // Listing and deleting read only the files' clear headers: the purge never needs
  // DOCUMENTS_KEY (nor creates a development key), so a throwaway key is enough.
  const store = new FsDocumentStore({ directory: settings.documentsDir, key: randomBytes(32) });
  const report = await purgeExpiredDocuments({ store, now: new Date(), retentionDays: settings.retentionDays, dryRun, markPurged });
  out(
    `${dryRun ? 'Simulation : ' : ''}${report.purged.length} document(s) ${dryRun ? 'seraient supprimés' : 'supprimé(s)'} ` +
      `(déposés avant le ${report.cutoff.toISOString()}, conservation ${settings.retentionDays} jours, dossier ${settings.documentsDir}).`,
  );
}

