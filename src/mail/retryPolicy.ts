/**
 * When to try a failed mail again: exponential back-off with a cap, and which failures
 * are worth retrying forever (an outage) or only a few times (a refusal).
 */

/** Back-off parameters of the outbox worker. */
export interface RetryPolicy {
  /** Delay after the first failure. */
  baseDelayMs: number;
  /** No delay exceeds this, however many failures. */
  maxDelayMs: number;
  /** Up to this fraction of the delay is taken off at random, so that a restarted relay is not hit by every mail at once. */
  jitterRatio: number;
  /** Permanent refusals (5xx on the recipient or the content) are tried this many times, then given up. */
  maxPermanentAttempts: number;
}

/** 30 s, 1 min, 2 min … capped at 1 h; an outage of a day costs at most an hour of delay once it ends. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  jitterRatio: 0.2,
  maxPermanentAttempts: 5,
};

/** Delay before the next try after `attempts` failures (1 = first failure). `random` returns [0, 1). */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** 60 would still be finite, but min() with the cap first keeps the numbers small.
  const uncapped = exponent >= 40 ? Number.POSITIVE_INFINITY : policy.baseDelayMs * 2 ** exponent;
  const delay = Math.min(policy.maxDelayMs, uncapped);
  const jitter = delay * policy.jitterRatio * Math.min(Math.max(random(), 0), 1);
  return Math.round(delay - jitter);
}

/** transient: retry without limit (network, 4xx, authentication); permanent: the relay refuses this mail. */
export type SendFailureKind = 'transient' | 'permanent';

/** Raised by the worker itself when a mail cannot be built (unreadable row, purged document). */
export class PermanentSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

/**
 * Classifies an error thrown by a MailSender. Only a 5xx reply to the envelope or the
 * message is permanent: a 5xx to AUTH or MAIL FROM is a configuration the operator will
 * fix, and the mails must then still leave.
 */
export function classifySendError(error: unknown): SendFailureKind {
  if (error instanceof PermanentSendError) return 'permanent';
  if (typeof error !== 'object' || error === null) return 'transient';
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  const refused = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return refused && (code === 'EENVELOPE' || code === 'EMESSAGE') ? 'permanent' : 'transient';
}

/** nodemailer's codes for a refusal of this one mail (envelope or content): the relay itself answered. */
const MAIL_REFUSAL_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * True when the relay could not be reached or would not talk at all (connection refused
 * or cut, time-out, TLS, authentication): every other mail would fail the same way, so
 * the worker pauses instead of trying them one by one. A refusal of one mail (4xx or 5xx
 * to its envelope or content) is that mail's own business.
 */
export function isRelayUnreachable(error: unknown): boolean {
  if (error instanceof PermanentSendError || typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && !MAIL_REFUSAL_CODES.has(code);
}
