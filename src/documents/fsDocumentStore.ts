/**
 * The DocumentStore on the local filesystem: one encrypted file per document in a private
 * folder (0700, files 0600), written atomically (temporary file, fsync, rename).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { decryptDocument, encryptDocument, HEADER_BYTES, readCreatedAt } from './documentCipher';
import type { DocumentReadResult, DocumentStore, StoredDocument } from './documentStore';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXTENSION = '.doc';

export interface FsDocumentStoreOptions {
  /** Folder of the files, created if missing. */
  directory: string;
  /** 32-byte AES-256-GCM key (resolveDocumentsKey()). */
  key: Buffer;
  now?: () => Date;
}

/** Encrypted documents on disk. */
export class FsDocumentStore implements DocumentStore {
  private readonly directory: string;
  private readonly key: Buffer;
  private readonly now: () => Date;

  constructor(options: FsDocumentStoreOptions) {
    if (options.key.length !== 32) throw new Error('FsDocumentStore needs a 32-byte key');
    this.directory = path.resolve(options.directory);
    this.key = options.key;
    this.now = options.now ?? (() => new Date());
  }

  async put(content: Buffer): Promise<StoredDocument> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const createdAt = this.now();
    const encrypted = encryptDocument(this.key, id, content, createdAt);
    const temporary = path.join(this.directory, `.${id}.tmp`);
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(encrypted);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, this.fileOf(id));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { id, sha256: sha256(content), size: content.length, createdAt };
  }

  async get(id: string): Promise<DocumentReadResult> {
    if (!ID.test(id)) return { status: 'not_found' };
    let file: Buffer;
    try {
      file = await readFile(this.fileOf(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'not_found' };
      throw error;
    }
    const result = decryptDocument(this.key, id, file);
    if (!result.ok) return { status: 'unreadable', reason: result.reason };
    return { status: 'ok', content: result.plaintext, sha256: sha256(result.plaintext), createdAt: result.createdAt };
  }

  async delete(id: string): Promise<boolean> {
    if (!ID.test(id)) return false;
    try {
      await unlink(this.fileOf(id));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Reads only each file's header (no key needed); files that are not documents are ignored. */
  async listOlderThan(cutoff: Date): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const old: string[] = [];
    for (const name of names.sort()) {
      const id = name.slice(0, -EXTENSION.length);
      if (!name.endsWith(EXTENSION) || !ID.test(id)) continue;
      const createdAt = readCreatedAt(await readHead(path.join(this.directory, name)));
      if (createdAt && createdAt < cutoff) old.push(id);
    }
    return old;
  }

  /** Path of a document's file (tests look at the bytes on disk). */
  fileOf(id: string): string {
    return path.join(this.directory, `${id}${EXTENSION}`);
  }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
