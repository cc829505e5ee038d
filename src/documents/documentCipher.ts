/**
 * The on-disk format of one document: AES-256-GCM with a random 96-bit nonce per file.
 * The header is authenticated (as is the document id), so moving or editing a file is
 * detected; a key fingerprint tells a wrong key from tampering.
 *
 *   "PSDOC" | version 1 | key id (8) | createdAt ms (8, BE) | nonce (12) | tag (16) | ciphertext
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { UnreadableReason } from './documentStore';

const MAGIC = Buffer.from('PSDOC', 'latin1');
const VERSION = 1;
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Bytes before the tag: what listOlderThan() reads without the key. */
export const HEADER_BYTES = MAGIC.length + 1 + KEY_ID_BYTES + 8 + NONCE_BYTES;
const PREFIX_BYTES = HEADER_BYTES + TAG_BYTES;

/** A non-secret fingerprint of the key (HMAC, so it reveals nothing about the key). */
export function keyFingerprint(key: Buffer): Buffer {
  return createHmac('sha256', key).update('periscolaire-documents-key-id').digest().subarray(0, KEY_ID_BYTES);
}

/** Encrypts one document; `id` is bound to the file (authenticated, not stored). */
export function encryptDocument(key: Buffer, id: string, plaintext: Buffer, createdAt: Date): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(createdAt.getTime()));
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), keyFingerprint(key), time, nonce]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.concat([header, Buffer.from(id, 'utf8')]));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, cipher.getAuthTag(), ciphertext]);
}

/** The creation instant from a header, or undefined when the bytes are not a document file. */
export function readCreatedAt(header: Buffer): Date | undefined {
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC) || header[MAGIC.length] !== VERSION) return undefined;
  return new Date(Number(header.readBigUInt64BE(MAGIC.length + 1 + KEY_ID_BYTES)));
}

export type DecryptResult = { ok: true; plaintext: Buffer; createdAt: Date } | { ok: false; reason: UnreadableReason };

/** Decrypts and authenticates one document file. */
export function decryptDocument(key: Buffer, id: string, file: Buffer): DecryptResult {
  const createdAt = readCreatedAt(file);
  if (!createdAt || file.length < PREFIX_BYTES) return { ok: false, reason: 'bad_format' };
  const header = file.subarray(0, HEADER_BYTES);
  const keyId = header.subarray(MAGIC.length + 1, MAGIC.length + 1 + KEY_ID_BYTES);
  if (!keyId.equals(keyFingerprint(key))) return { ok: false, reason: 'wrong_key' };
  const nonce = header.subarray(HEADER_BYTES - NONCE_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.concat([header, Buffer.from(id, 'utf8')]));
    decipher.setAuthTag(file.subarray(HEADER_BYTES, PREFIX_BYTES));
    const plaintext = Buffer.concat([decipher.update(file.subarray(PREFIX_BYTES)), decipher.final()]);
    return { ok: true, plaintext, createdAt };
  } catch {
    return { ok: false, reason: 'tampered' };
  }
}
