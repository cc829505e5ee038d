/**
 * The retention purge: documents older than the retention period are deleted. The
 * metadata is marked first, then the files go, so that an interrupted purge converges
 * when run again (the store's own listing drives it).
 */
import type { DocumentStore } from './documentStore';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  store: DocumentStore;
  now: Date;
  retentionDays: number;
  /** Records the purge in the metadata (DocumentMetadataRepository.markPurged). */
  markPurged?: (ids: string[], at: Date) => Promise<void>;
  /** Lists without deleting. */
  dryRun?: boolean;
}

export interface PurgeReport {
  cutoff: Date;
  /** Ids deleted (or that would be, in a dry run). */
  purged: string[];
}

/** Deletes every document stored before now − retentionDays. */
export async function purgeExpiredDocuments(options: PurgeOptions): Promise<PurgeReport> {
  if (!Number.isInteger(options.retentionDays) || options.retentionDays < 1) throw new Error('retentionDays must be a positive whole number');
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const expired = await options.store.listOlderThan(cutoff);
  if (options.dryRun || expired.length === 0) return { cutoff, purged: expired };
  await options.markPurged?.(expired, options.now);
  for (const id of expired) await options.store.delete(id);
  return { cutoff, purged: expired };
}
