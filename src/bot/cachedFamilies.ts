/**
 * Who a channel user is, cached for a short while: every turn needs the link and the
 * family, and they change rarely (a new child, an unlinked account). A link removed or
 * a child added is seen after at most `ttlMs`.
 *
 * Safe with several processes (PostgreSQL): each keeps its own entries, and a change
 * made through any process (or the command line) is seen by all after at most `ttlMs`;
 * an unlinked user is never cached, so a link made on one process is seen by the others
 * at the next message.
 */
import type { FamilyContext } from '../../dialogs/services';

/** The children a guardian may see and change. */
export interface FamilyDirectory {
  familyOf(guardianId: number): Promise<FamilyContext | undefined>;
}

export interface ChannelUserKey {
  channelId: string;
  userId: string;
}

export class FamilyCache {
  private readonly entries = new Map<string, { family: FamilyContext; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  /** The family of a linked user; unlinked users are never cached, so linking takes effect at once. */
  async familyOf(
    user: ChannelUserKey,
    guardianFor: () => Promise<number | undefined>,
    directory: FamilyDirectory,
  ): Promise<FamilyContext | undefined> {
    const key = `${user.channelId}\u0000${user.userId}`;
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.family;
    const guardianId = await guardianFor();
    const family = guardianId === undefined ? undefined : await directory.familyOf(guardianId);
    if (!family) {
      this.entries.delete(key);
      return undefined;
    }
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { family, expiresAt: this.now() + this.ttlMs });
    return family;
  }
}
