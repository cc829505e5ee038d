/**
 * Builds the documents feature from the environment for the composition root: store,
 * downloader and intake. Throws DocumentsConfigError when the assistant must not start
 * (no DOCUMENTS_KEY in production, bad key, bad ATTACHMENTS_* value).
 */
import { AttachmentDownloader } from './attachmentDownloader';
import { AttachmentIntake } from './attachmentIntake';
import { documentContentReader } from './documentContentReader';
import { DocumentsConfigError } from './documentsConfigError';
import { resolveDocumentsKey } from './documentsKey';
import { readDocumentsSettings, type DocumentsSettings } from './documentsSettings';
import { maxMegabytes, readDownloadPolicy, type DownloadPolicy } from './downloadPolicy';
import { FsDocumentStore } from './fsDocumentStore';
import { systemHostResolver } from './hostResolver';
import { pinnedHttpGetter } from './httpGetter';

export interface DocumentsSetup {
  settings: DocumentsSettings;
  policy: DownloadPolicy;
  store: FsDocumentStore;
  intake: AttachmentIntake;
  /** For OutboxWorkerOptions.readDocument. */
  readDocument: (documentId: string) => Promise<Buffer | undefined>;
  /** Set when a development key file is in use: log it as a warning at start-up. */
  warning?: string;
}

export function createDocuments(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DocumentsSetup {
  const settings = readDocumentsSettings(env, cwd);
  const policy = readDownloadPolicy(env);
  const key = resolveDocumentsKey({ env, dataDir: settings.dataDir });
  if (key.status === 'refuse-start') throw new DocumentsConfigError(key.message);
  const store = new FsDocumentStore({ directory: settings.documentsDir, key: key.key });
  const downloader = new AttachmentDownloader({ policy, resolveHost: systemHostResolver, httpGet: pinnedHttpGetter });
  return {
    settings,
    policy,
    store,
    intake: new AttachmentIntake(downloader, store, { maxMegabytes: maxMegabytes(policy) }),
    readDocument: documentContentReader(store),
    warning: key.source === 'development-key-file' ? key.warning : undefined,
  };
}
