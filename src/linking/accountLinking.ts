/**
 * Account linking: a channel user (Teams, Web Chat, terminal…) proves they are a
 * guardian known to the service by receiving a one-time code at that guardian's e-mail.
 * The code has 6 digits, lives 10 minutes, allows 5 tries and is stored hashed; the
 * link is kept per channel id and channel user id.
 */
import { randomInt } from 'node:crypto';
import type { MailSender } from '../mail/mailSender';
import { AttemptLimiter } from '../security/attemptLimiter';
import { hashCode, codeMatches } from './codeHash';
import type { ChannelLinkStore, GuardianLookup, PendingCodeStore } from './linkingPorts';

export const CODE_LIFETIME_MINUTES = 10;
export const CODE_MAX_TRIES = 5;
/** Codes sent to one address per hour, whichever channel users ask (an address is not a mailbox to flood). */
export const CODES_PER_ADDRESS_PER_HOUR = 3;
/** Wrong codes for one guardian per day, across channel users, before codes stop for a day. */
export const WRONG_CODES_PER_GUARDIAN_PER_DAY = 10;

export interface ChannelUser {
  channelId: string;
  userId: string;
}

export type CodeRequestResult = { status: 'sent' } | { status: 'invalid_email' } | { status: 'too_many_requests' };
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
  mail: MailSender;
  mailText: CodeMailText;
  now: () => Date;
  generateCode?: () => string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AccountLinking {
  private readonly generateCode: () => string;
  private readonly codeRequests = new AttemptLimiter(CODES_PER_ADDRESS_PER_HOUR, 3_600_000);
  private readonly wrongCodes = new AttemptLimiter(WRONG_CODES_PER_GUARDIAN_PER_DAY, 86_400_000);

  constructor(private readonly deps: AccountLinkingDeps) {
    this.generateCode = deps.generateCode ?? (() => String(randomInt(0, 1_000_000)).padStart(6, '0'));
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
    if (!EMAIL.test(address)) return { status: 'invalid_email' };
    const now = this.deps.now();
    // Counted per address, known or not, so that the answer still says nothing of who is known.
    const addressKey = [`address:${address}`];
    if (!this.codeRequests.allows(addressKey, now.getTime())) return { status: 'too_many_requests' };
    this.codeRequests.recordFailure(addressKey, now.getTime());
    const guardian = await this.deps.guardians.findByEmail(address);
    if (!guardian) {
      await this.deps.codes.delete(user);
      return { status: 'sent' };
    }
    if (!this.wrongCodes.allows([`guardian:${guardian.id}`], now.getTime())) {
      await this.deps.codes.delete(user);
      return { status: 'too_many_requests' };
    }
    const code = this.generateCode();
    await this.deps.codes.save(user, {
      guardianId: guardian.id,
      codeHash: hashCode(code),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MINUTES * 60_000).toISOString(),
      triesLeft: CODE_MAX_TRIES,
    });
    await this.deps.mail.send({
      to: guardian.email,
      subject: this.deps.mailText.subject,
      text: this.deps.mailText.text(code, CODE_LIFETIME_MINUTES),
    });
    return { status: 'sent' };
  }

  /** Checks a code; on success the channel user is linked and the pending code is gone. */
  async confirmCode(user: ChannelUser, code: string): Promise<CodeCheckResult> {
    const pending = await this.deps.codes.get(user);
    if (!pending) return { status: 'no_pending_code' };
    const now = this.deps.now();
    if (now.getTime() >= Date.parse(pending.expiresAt)) {
      await this.deps.codes.delete(user);
      return { status: 'expired' };
    }
    if (pending.triesLeft <= 0) {
      await this.deps.codes.delete(user);
      return { status: 'too_many_tries' };
    }
    if (!codeMatches(code.trim(), pending.codeHash)) {
      const guardianKey = [`guardian:${pending.guardianId}`];
      this.wrongCodes.recordFailure(guardianKey, now.getTime());
      const triesLeft = pending.triesLeft - 1;
      if (triesLeft <= 0 || !this.wrongCodes.allows(guardianKey, now.getTime())) {
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
}
