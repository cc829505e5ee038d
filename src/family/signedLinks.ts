/**
 * Short-lived signed links to what belongs to one guardian (a document, the data
 * export): HMAC-SHA256 over kind, subject, guardian and expiry, checked in constant
 * time. The secret is LINK_SIGNING_SECRET, or a random one per process (a restart then
 * voids the links given before: they last minutes anyway).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type LinkKind = 'document' | 'donnees';

/** How long a link works. */
export const LINK_MINUTES = 15;

export class SignedLinks {
  private readonly secret: Buffer;

  constructor(
    private readonly origin: string,
    secret?: string,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** "https://…/famille/document/<id>?g=12&e=…&s=…", valid LINK_MINUTES from `now`. */
  sign(kind: LinkKind, subject: string, guardianId: number, now: Date): string {
    const expires = Math.floor(now.getTime() / 1000) + LINK_MINUTES * 60;
    const signature = this.signature(kind, subject, guardianId, expires);
    return `${this.origin.replace(/\/$/, '')}/famille/${kind}/${encodeURIComponent(subject)}?g=${guardianId}&e=${expires}&s=${signature}`;
  }

  /** The guardian the link was given to, or undefined when it is altered or expired. */
  verify(kind: LinkKind, subject: string, query: { g?: unknown; e?: unknown; s?: unknown }, now: Date): number | undefined {
    const guardianId = Number(query.g);
    const expires = Number(query.e);
    if (!Number.isInteger(guardianId) || !Number.isInteger(expires) || typeof query.s !== 'string') return undefined;
    if (expires * 1000 < now.getTime()) return undefined;
    const expected = Buffer.from(this.signature(kind, subject, guardianId, expires));
    const given = Buffer.from(query.s);
    return expected.length === given.length && timingSafeEqual(expected, given) ? guardianId : undefined;
  }

  private signature(kind: LinkKind, subject: string, guardianId: number, expires: number): string {
    return createHmac('sha256', this.secret).update(`${kind}\n${subject}\n${guardianId}\n${expires}`).digest('base64url');
  }
}
