/**
 * The private store of parents' documents, as a port: the filesystem implementation
 * encrypts each file; a cloud blob store can implement the same interface later.
 */

/** What put() returns, to be recorded as metadata (see document.prisma.txt). */
export interface StoredDocument {
  /** Opaque id (a UUID), the key for get/delete. */
  id: string;
  /** sha256 of the plaintext, hex. */
  sha256: string;
  /** Plaintext size in bytes. */
  size: number;
  createdAt: Date;
}

/** Why a stored file cannot be read: wrong key (another DOCUMENTS_KEY), or modified on disk. */
export type UnreadableReason = 'wrong_key' | 'tampered' | 'bad_format';

export type DocumentReadResult =
  | { status: 'ok'; content: Buffer; sha256: string; createdAt: Date }
  | { status: 'not_found' }
  | { status: 'unreadable'; reason: UnreadableReason };

export interface DocumentStore {
  /** Stores the bytes (encrypted at rest) and returns the new document's id and checksum. */
  put(content: Buffer): Promise<StoredDocument>;
  /** Reads a document back; never throws for a missing, foreign or altered file. */
  get(id: string): Promise<DocumentReadResult>;
  /** Deletes a document; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** Ids of the documents stored before `cutoff` (for the retention purge). */
  listOlderThan(cutoff: Date): Promise<string[]>;
}
