/** What account linking needs from storage: small ports, implemented on Prisma and in memory. */
export interface GuardianRecord {
  id: number;
  email: string;
  firstName: string;
}

export interface GuardianLookup {
  findByEmail(email: string): Promise<GuardianRecord | undefined>;
  findById(id: number): Promise<GuardianRecord | undefined>;
}

/** A code waiting to be typed; only its hash is kept. */
export interface PendingCode {
  guardianId: number;
  codeHash: string;
  /** ISO instant. */
  expiresAt: string;
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
