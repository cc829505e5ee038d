/**
 * Where documents live and how long they are kept, from the environment.
 */
import path from 'node:path';
import { DocumentsConfigError } from './documentsConfigError';

export interface DocumentsSettings {
  /** The data folder (also holds the development key file). */
  dataDir: string;
  /** The encrypted files' folder. */
  documentsDir: string;
  /** Documents older than this are purged. */
  retentionDays: number;
}

/** One school year and a term: long enough for disputes about an invoice, no longer. */
export const DEFAULT_RETENTION_DAYS = 400;

/** Reads DATA_DIR, DOCUMENTS_DIR and DOCUMENTS_RETENTION_DAYS (paths relative to `cwd`). */
export function readDocumentsSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DocumentsSettings {
  const dataDir = path.resolve(cwd, env.DATA_DIR?.trim() || 'data');
  const documentsDir = path.resolve(cwd, env.DOCUMENTS_DIR?.trim() || path.join(dataDir, 'documents'));
  const text = env.DOCUMENTS_RETENTION_DAYS?.trim();
  const retentionDays = text ? Number(text) : DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    throw new DocumentsConfigError(`DOCUMENTS_RETENTION_DAYS « ${text} » : nombre entier de jours entre 1 et 3650 attendu.`);
  }
  return { dataDir, documentsDir, retentionDays };
}
