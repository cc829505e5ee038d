/**
 * Stored documents as mail attachments: the outbox worker's DocumentContentReader over a
 * DocumentStore.
 */
import type { DocumentStore } from './documentStore';

/**
 * Reads a document for the outbox: its bytes, undefined when it is gone (purged: the
 * worker gives the mail up), an error when it cannot be read (wrong key, altered file:
 * the worker retries, and the operator sees the error in the log).
 */
export function documentContentReader(store: DocumentStore): (documentId: string) => Promise<Buffer | undefined> {
  return async (documentId) => {
    const result = await store.get(documentId);
    if (result.status === 'ok') return result.content;
    if (result.status === 'not_found') return undefined;
    throw new Error(`document ${documentId} unreadable: ${result.reason}`);
  };
}
