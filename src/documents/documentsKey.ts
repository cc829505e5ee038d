/**
 * The key of the document store: DOCUMENTS_KEY (32 bytes, base64 or hex). In production
 * the assistant must not start without it; in development a key file is created under
 * the data folder, and said so loudly.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentsConfigError } from './documentsConfigError';

export const KEY_BYTES = 32;
export const DEV_KEY_FILE = 'documents-dev.key';
const HOW_TO_GENERATE = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

/** What the composition root must do about the key. */
export type DocumentsKeyResolution =
  | { status: 'ready'; key: Buffer; source: 'environment' }
  | { status: 'ready'; key: Buffer; source: 'development-key-file'; path: string; created: boolean; warning: string }
  | { status: 'refuse-start'; message: string };

/** Decodes a key given as 64 hex digits or base64 of 32 bytes; throws DocumentsConfigError (never echoing the value). */
export function parseDocumentsKey(text: string, name = 'DOCUMENTS_KEY'): Buffer {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/]{43}=?$|^[A-Za-z0-9_-]{43}$/.test(value)) key = Buffer.from(value, /[_-]/.test(value) ? 'base64url' : 'base64');
  if (!key || key.length !== KEY_BYTES) {
    throw new DocumentsConfigError(
      `${name} invalide (${value.length} caractères) : 32 octets attendus, en base64 (44 caractères) ou en hexadécimal (64 chiffres). Pour en générer une : ${HOW_TO_GENERATE}`,
    );
  }
  return key;
}

/** A new random key, base64, for DOCUMENTS_KEY. */
export function generateDocumentsKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * Finds the key: DOCUMENTS_KEY if set (a bad value refuses start-up); otherwise, in
 * production, refuse to start; in development, read or create `<dataDir>/documents-dev.key`.
 */
export function resolveDocumentsKey(options: { env?: NodeJS.ProcessEnv; dataDir: string }): DocumentsKeyResolution {
  const env = options.env ?? process.env;
  const fromEnv = env.DOCUMENTS_KEY?.trim();
  if (fromEnv) {
    try {
      return { status: 'ready', key: parseDocumentsKey(fromEnv), source: 'environment' };
    } catch (error) {
      return { status: 'refuse-start', message: (error as Error).message };
    }
  }
  if (env.NODE_ENV === 'production') {
    return {
      status: 'refuse-start',
      message: `DOCUMENTS_KEY est obligatoire en production (NODE_ENV=production) : les justificatifs sont chiffrés avec cette clé. Pour en générer une : ${HOW_TO_GENERATE} — et conservez-la : sans elle, les documents sont illisibles.`,
    };
  }
  const file = path.resolve(options.dataDir, DEV_KEY_FILE);
  const warning = `DOCUMENTS_KEY absent : clé de DÉVELOPPEMENT lue dans ${file}. Ne pas utiliser en production ; définissez DOCUMENTS_KEY.`;
  try {
    return { status: 'ready', key: parseDocumentsKey(readFileSync(file, 'utf8'), file), source: 'development-key-file', path: file, created: false, warning };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { status: 'refuse-start', message: error instanceof DocumentsConfigError ? error.message : `Clé de développement illisible (${file}) : ${(error as Error).message}` };
    }
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = generateDocumentsKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { status: 'ready', key: Buffer.from(key, 'base64'), source: 'development-key-file', path: file, created: true, warning: warning.replace('lue dans', 'créée dans') };
}
