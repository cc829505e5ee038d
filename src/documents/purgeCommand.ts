/**
 * `npm run documents:purge [-- --dry-run]`: deletes the documents older than
 * DOCUMENTS_RETENTION_DAYS. To schedule daily (cron, systemd timer, Azure job).
 *
 * Until the Prisma metadata repository exists, only the files are purged; the composition
 * of `markPurged` goes here then.
 */
import { randomBytes } from 'node:crypto';
import { runCommand, UsageError } from '../infrastructure/cli/runCommand';
import { readDocumentsSettings } from './documentsSettings';
import { FsDocumentStore } from './fsDocumentStore';
import { purgeExpiredDocuments } from './retentionPurge';

/** Runs the purge; writes a one-line summary. */
export async function purgeCommand(args: string[], env: NodeJS.ProcessEnv = process.env, out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(`Argument inconnu : ${unknown.join(' ')}\nUsage : npm run documents:purge [-- --dry-run]`);
  const dryRun = args.includes('--dry-run');
  const settings = readDocumentsSettings(env);
  // Listing and deleting read only the files' clear headers: the purge never needs
  // DOCUMENTS_KEY (nor creates a development key), so a throwaway key is enough.
  const store = new FsDocumentStore({ directory: settings.documentsDir, key: randomBytes(32) });
  const report = await purgeExpiredDocuments({ store, now: new Date(), retentionDays: settings.retentionDays, dryRun });
  out(
    `${dryRun ? 'Simulation : ' : ''}${report.purged.length} document(s) ${dryRun ? 'seraient supprimés' : 'supprimé(s)'} ` +
      `(déposés avant le ${report.cutoff.toISOString()}, conservation ${settings.retentionDays} jours, dossier ${settings.documentsDir}).`,
  );
}

if (require.main === module) runCommand((args) => purgeCommand(args));
