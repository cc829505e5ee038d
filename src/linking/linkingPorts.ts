/** What account linking needs from storage and mail: small ports, implemented on Prisma and in memory. */
export interface GuardianRecord {
  id: number;
  email: string;
  firstName: string;
}

export interface GuardianLookup {
  findByEmail(email: string): Promise<GuardianRecord | undefined>;
  findById(id: number): Promise<GuardianRecord | undefined>;
}

/**
 * A code waiting to be typed; only its hash is kept. An address the service does not
 * know gets one too, that no code matches (guardianId null): every answer that follows
 * is then the same as for a known address.
 */
export interface PendingCode {
  guardianId: number | null;
  /** The address the code was asked for (to send a new one without typing it again). */
  email: string;
  codeHash: string;
  /** ISO instant: the lifetime counted from the request… */
  expiresAt: string;
  /** …or from the moment the mail left, when it left late (see CodeMail.sendDelay). */
  mailRef?: string;
  triesLeft: number;
}

export interface PendingCodeStore {
  get(user: { channelId: string; userId: string }): Promise<PendingCode | undefined>;
  save(user: { channelId: string; userId: string }, code: PendingCode): Promise<void>;
  delete(user: { channelId: string; userId: string }): Promise<void>;
}

export interface ChannelLinkStore {
  guardianFor(channelId: string, userId: string): Promise<number | undefined>;
  link(channelId: string, userId: string, guardianId: number, at: Date): Promise<void>;
}

/**
 * How the code's mail leaves: through the outbox (src/linking/outboxCodeMail.ts), so
 * that an SMTP outage delays it rather than making linking impossible.
 */
export interface CodeMail {
  /** Queues the mail; returns a reference to ask later when it left. */
  send(mail: { to: string; subject: string; text: string }): Promise<string>;
  /**
   * How long the mail waited before it left (a duration: the outbox's clock need not be
   * the conversation's), 'waiting' while it has not, undefined when unknown.
   */
  sendDelay(ref: string): Promise<number | 'waiting' | undefined>;
  /** Whether mails leave late now (the relay refuses or fails): the same for every address. */
  delayed(now: Date): Promise<boolean>;
}
