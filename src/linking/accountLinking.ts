/**
 * Account linking: a channel user (Teams, Web Chat, terminal…) proves they are a
 * guardian known to the service by receiving a one-time code at that guardian's e-mail.
 * The code has 6 digits, lives 10 minutes (from the moment its mail leaves), allows 5
 * tries and is stored hashed; the link is kept per channel id and channel user id.
 *
 * Nothing tells whether an address is known: an unknown one gets a pending code no
 * answer can match, so every reply (sent, wrong code and tries left, too many requests)
 * is the same; limits are counted per address, known or not.
 *
 * Limits, kept in the database (AttemptStore) so that a restart forgets nothing, are
 * counted per address, per channel user, per client address (when the request comes
 * straight from the parent's browser: the local bridge) and per pair of them: a stranger
 * who asks codes for someone else's address, or types wrong ones, exhausts their own
 * allowance first, so that the owner of the address can still get a code. The
 * per-address ceilings protect the mailbox and bound guessing (30 wrong codes a day in
 * all: one chance in 33,000 a day of guessing a code).
 */
import { randomInt } from 'node:crypto';
import { AttemptLimiter, MemoryAttemptStore } from '../security/attemptLimiter';
import type { AttemptLimit, AttemptStore } from '../security/attemptLimiter';
import { hashCode, codeMatches } from './codeHash';
import type { ChannelLinkStore, CodeMail, GuardianLookup, PendingCode, PendingCodeStore } from './linkingPorts';

export const CODE_LIFETIME_MINUTES = 10;
export const CODE_MAX_TRIES = 5;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The limits of linking (see above). */
export const LINKING_LIMITS = {
  /** Codes for one address asked by one channel user, or from one client address. */
  codesPerAddressAndRequester: { max: 3, windowMs: HOUR },
  /** Codes for one address in all (a mailbox is not to be flooded). */
  codesPerAddress: { max: 10, windowMs: HOUR },
  /** Codes one channel user asks, whatever the addresses. */
  codesPerUser: { max: 5, windowMs: HOUR },
  /** Codes asked from one client address (several parents may share it). */
  codesPerClient: { max: 20, windowMs: HOUR },
  /** Wrong codes for one address by one channel user or client address. */
  wrongCodesPerAddressAndRequester: { max: 10, windowMs: DAY },
  /** Wrong codes for one address in all: then no code for a day. */
  wrongCodesPerAddress: { max: 30, windowMs: DAY },
} satisfies Record<string, AttemptLimit>;

/** The turn-state key where the HTTP layer leaves the client's address, when it is the parent's own. */
export const CLIENT_ADDRESS_TURN_KEY = 'periscolaire.clientAddress';

export interface ChannelUser {
  channelId: string;
  userId: string;
  /** The parent's own network address, when the request came straight from their browser. */
  clientAddress?: string;
}

export type CodeRequestResult =
  /** `delayed`: mails leave late now (the same for every address): the code may take a while. */
  | { status: 'sent'; delayed: boolean }
  | { status: 'invalid_email' }
  | { status: 'too_many_requests' }
  /** A new code was asked for, but none is pending (expired): the address must be given again. */
  | { status: 'no_pending_code' };

export type CodeCheckResult =
  | { status: 'linked'; guardianId: number; firstName: string }
  | { status: 'wrong_code'; triesLeft: number }
  | { status: 'expired' }
  | { status: 'too_many_tries' }
  | { status: 'no_pending_code' };

/** The words of the e-mail that carries the code (from the French catalog). */
export interface CodeMailText {
  subject: string;
  text(code: string, minutes: number): string;
}

export interface AccountLinkingDeps {
  guardians: GuardianLookup;
  codes: PendingCodeStore;
  links: ChannelLinkStore;
  mail: CodeMail;
  mailText: CodeMailText;
  now: () => Date;
  /** Where attempts are counted (the database in the assistant); default: memory. */
  attempts?: AttemptStore;
  generateCode?: () => string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A code whose mail has not left after a day is given up. */
const MAX_MAIL_WAIT_MS = DAY;
const MAX_EMAIL_LENGTH = 254;

type Limiters = { [K in keyof typeof LINKING_LIMITS]: AttemptLimiter };

export class AccountLinking {
  private readonly generateCode: () => string;
  private readonly limits: Limiters;
  private readonly attempts: AttemptStore;

  constructor(private readonly deps: AccountLinkingDeps) {
    this.generateCode = deps.generateCode ?? (() => String(randomInt(0, 1_000_000)).padStart(6, '0'));
    this.attempts = deps.attempts ?? new MemoryAttemptStore();
    this.limits = Object.fromEntries(
      Object.entries(LINKING_LIMITS).map(([name, limit]) => [name, new AttemptLimiter(this.attempts, limit)]),
    ) as Limiters;
  }

  /** The guardian a channel user is linked to, if any. */
  guardianFor(user: ChannelUser): Promise<number | undefined> {
    return this.deps.links.guardianFor(user.channelId, user.userId);
  }

  /**
   * Sends a code when the e-mail belongs to a guardian. The answer is the same whether
   * or not it does, so that the bot never reveals who is known to the service.
   */
  async requestCode(user: ChannelUser, email: string): Promise<CodeRequestResult> {
    const address = email.trim().toLowerCase();
    if (address.length > MAX_EMAIL_LENGTH || !EMAIL.test(address)) return { status: 'invalid_email' };
    const now = this.deps.now();
    if (!(await this.mayRequest(user, address, now))) {
      await this.deps.codes.delete(user);
      return { status: 'too_many_requests' };
    }
    await this.attempts.add(this.requestKeys(user, address), now);
    const guardian = await this.deps.guardians.findByEmail(address);
    const code = this.generateCode();
    const pending: PendingCode = {
      guardianId: guardian?.id ?? null,
      email: address,
      // An unknown address: the hash of a code nobody is sent.
      codeHash: hashCode(guardian ? code : this.generateCode() + 'x'),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MINUTES * 60_000).toISOString(),
      triesLeft: CODE_MAX_TRIES,
    };
    // Whether mails leave late is read before this one is queued: its own first try (the worker
    // wakes at once) must not decide it, or a known address would be told apart from an unknown one.
    const delayed = await this.deps.mail.delayed(now);
    if (guardian) {
      pending.mailRef = await this.deps.mail.send({
        to: guardian.email,
        subject: this.deps.mailText.subject,
        text: this.deps.mailText.text(code, CODE_LIFETIME_MINUTES),
      });
    }
    await this.deps.codes.save(user, pending);
    return { status: 'sent', delayed };
  }

  /** A new code for the address of the pending one ("Recevoir un nouveau code"). */
  async requestNewCode(user: ChannelUser): Promise<CodeRequestResult> {
    const pending = await this.deps.codes.get(user);
    if (!pending) return { status: 'no_pending_code' };
    return this.requestCode(user, pending.email);
  }

  /** Checks a code; on success the channel user is linked and the pending code is gone. */
  async confirmCode(user: ChannelUser, code: string): Promise<CodeCheckResult> {
    const pending = await this.deps.codes.get(user);
    if (!pending) return { status: 'no_pending_code' };
    const now = this.deps.now();
    if (!(await this.stillValid(pending, now))) {
      await this.deps.codes.delete(user);
      return { status: 'expired' };
    }
    if (pending.triesLeft <= 0) {
      await this.deps.codes.delete(user);
      return { status: 'too_many_tries' };
    }
    const matches = codeMatches(code.trim(), pending.codeHash);
    if (!matches || pending.guardianId === null) {
      const keys = this.wrongKeys(user, pending.email);
      await this.attempts.add(keys, now);
      const triesLeft = pending.triesLeft - 1;
      if (triesLeft <= 0 || !(await this.mayTryAgain(user, pending.email, now))) {
        await this.deps.codes.delete(user);
        return { status: 'too_many_tries' };
      }
      await this.deps.codes.save(user, { ...pending, triesLeft });
      return { status: 'wrong_code', triesLeft };
    }
    await this.deps.codes.delete(user);
    await this.deps.links.link(user.channelId, user.userId, pending.guardianId, now);
    const guardian = await this.deps.guardians.findById(pending.guardianId);
    return { status: 'linked', guardianId: pending.guardianId, firstName: guardian?.firstName ?? '' };
  }

  /**
   * Within its lifetime from the request, or as long after as its mail waited to leave
   * (an SMTP outage); while the mail still waits, for a day at most.
   */
  private async stillValid(pending: PendingCode, now: Date): Promise<boolean> {
    const expiresAt = Date.parse(pending.expiresAt);
    if (now.getTime() < expiresAt) return true;
    if (!pending.mailRef) return false;
    const delay = await this.deps.mail.sendDelay(pending.mailRef);
    if (delay === 'waiting') return now.getTime() < expiresAt + MAX_MAIL_WAIT_MS;
    return delay !== undefined && now.getTime() < expiresAt + delay;
  }

  private requesterKeys(user: ChannelUser): string[] {
    return [`user:${user.channelId}/${user.userId}`, ...(user.clientAddress ? [`client:${user.clientAddress}`] : [])];
  }

  /** Every key a code request counts under (one record each). */
  private requestKeys(user: ChannelUser, address: string): string[] {
    return [
      `link.code.address:${address}`,
      `link.code.user:${user.channelId}/${user.userId}`,
      ...(user.clientAddress ? [`link.code.client:${user.clientAddress}`] : []),
      ...this.requesterKeys(user).map((requester) => `link.code.address-requester:${address}|${requester}`),
    ];
  }

  private wrongKeys(user: ChannelUser, address: string): string[] {
    return [`link.wrong.address:${address}`, ...this.requesterKeys(user).map((requester) => `link.wrong.address-requester:${address}|${requester}`)];
  }

  private async mayRequest(user: ChannelUser, address: string, now: Date): Promise<boolean> {
    const pairs = this.requesterKeys(user).map((requester) => `link.code.address-requester:${address}|${requester}`);
    return (
      (await this.limits.codesPerAddress.allows([`link.code.address:${address}`], now)) &&
      (await this.limits.codesPerUser.allows([`link.code.user:${user.channelId}/${user.userId}`], now)) &&
      (!user.clientAddress || (await this.limits.codesPerClient.allows([`link.code.client:${user.clientAddress}`], now))) &&
      (await this.limits.codesPerAddressAndRequester.allows(pairs, now)) &&
      (await this.mayTryAgain(user, address, now))
    );
  }

  private async mayTryAgain(user: ChannelUser, address: string, now: Date): Promise<boolean> {
    const [all, ...pairs] = this.wrongKeys(user, address);
    return (await this.limits.wrongCodesPerAddress.allows([all], now)) && (await this.limits.wrongCodesPerAddressAndRequester.allows(pairs, now));
  }
}
