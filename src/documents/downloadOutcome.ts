/**
 * What fetching a parent's attachment can come to: the file, or a refusal with a stable
 * code (the dialog shows its French message from messages.fr.ts; logs keep the detail).
 */
import type { AcceptedMediaType } from './fileTypeSniffer';

/** Stable refusal codes; never rename one (dialogs, logs and tests key on them). */
export const DOWNLOAD_FAILURE_CODES = [
  /** The attachment carries no file we know how to fetch (a card, a link preview…). */
  'no_file',
  /** The URL cannot be parsed. */
  'invalid_url',
  /** file:, ftp:, plain http outside local development… */
  'scheme_not_allowed',
  /** The host is not in the allowed list. */
  'host_not_allowed',
  /** The host is, or resolves to, loopback, link-local, a private range… */
  'forbidden_address',
  /** Name resolution, connection or HTTP status failed. */
  'unreachable',
  'too_many_redirects',
  'timeout',
  'too_large',
  'empty_file',
  /** The first bytes are not PDF, JPEG, PNG or HEIC/HEIF. */
  'unsupported_type',
] as const;

export type DownloadFailureCode = (typeof DOWNLOAD_FAILURE_CODES)[number];

/** A file that passed every check, in memory (at most the size limit). */
export interface DownloadedFile {
  content: Buffer;
  mediaType: AcceptedMediaType;
  /** The name the channel gave, for display only: never used to decide the type. */
  originalName?: string;
}

export type DownloadOutcome =
  | { ok: true; file: DownloadedFile }
  | {
      ok: false;
      code: DownloadFailureCode;
      /** For the log, in English, may name hosts and addresses; never shown to the parent. */
      detail: string;
    };

/** Shorthand for a refusal. */
export function refused(code: DownloadFailureCode, detail: string): DownloadOutcome {
  return { ok: false, code, detail };
}
