/**
 * The local web chat bridge (unauthenticated mode, 127.0.0.1 only): how the parents'
 * page talks to the assistant with no cloud service, and what keeps one local caller
 * out of another's conversation.
 *
 * - A page gets its conversation from the server (POST /webchat/local/conversations):
 *   the id carries an HMAC of a random token kept in the page's HttpOnly cookie, so only
 *   that browser may post in that conversation or fetch its pending messages.
 * - Messages the assistant sends later (a staff reply) go to the bridge's connector
 *   endpoint under a path holding a per-process secret: the assistant maps the page's
 *   serviceUrl to it (CachedConnectorsAuthentication), whatever host the page named, so
 *   no local caller can push a message into a page, and the assistant posts nowhere else.
 * - Pending messages are capped in number and bytes, per conversation and in all.
 * - Only the activities whose serviceUrl is the bridge are accepted on /api/messages
 *   (the Bot Framework Emulator's own loopback address too, with ALLOW_EMULATOR=true).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Request } from 'restify';
import { cookiesOf } from '../server/cookies';

export const LOCAL_COOKIE = 'periscolaire_local';
/** The path the page names as its serviceUrl (on its own origin). */
export const BRIDGE_PATH = '/webchat/local';

const PAGE_CONVERSATION = /^local-([0-9a-f]{24})([0-9a-f]{32})$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface PendingLimits {
  /** Activities kept per conversation (the oldest go first). */
  perConversation: number;
  /** Bytes kept per conversation. */
  bytesPerConversation: number;
  /** Bytes kept in all; the conversations unread for longest go first. */
  totalBytes: number;
}

export const DEFAULT_PENDING_LIMITS: PendingLimits = { perConversation: 100, bytesPerConversation: 256 * 1024, totalBytes: 8 * 1024 * 1024 };

/** Activities the assistant sent to pages' conversations, waiting for the page to fetch them. */
export class PendingActivities {
  private readonly pending = new Map<string, { items: { activity: unknown; bytes: number }[]; bytes: number }>();
  private total = 0;

  constructor(private readonly limits: PendingLimits = DEFAULT_PENDING_LIMITS) {}

  /** Bytes held in all. */
  get totalBytes(): number {
    return this.total;
  }

  push(conversationId: string, activity: unknown): void {
    const bytes = Buffer.byteLength(JSON.stringify(activity) ?? '');
    if (bytes > this.limits.bytesPerConversation) return;
    const entry = this.pending.get(conversationId) ?? { items: [], bytes: 0 };
    // Most recently written last: the conversations unread for longest are at the front.
    this.pending.delete(conversationId);
    this.pending.set(conversationId, entry);
    entry.items.push({ activity, bytes });
    entry.bytes += bytes;
    this.total += bytes;
    while (entry.items.length > this.limits.perConversation || entry.bytes > this.limits.bytesPerConversation) {
      const dropped = entry.items.shift()!;
      entry.bytes -= dropped.bytes;
      this.total -= dropped.bytes;
    }
    while (this.total > this.limits.totalBytes) {
      const [oldest, oldestEntry] = this.pending.entries().next().value as [string, { bytes: number }];
      this.pending.delete(oldest);
      this.total -= oldestEntry.bytes;
    }
  }

  take(conversationId: string): unknown[] {
    const entry = this.pending.get(conversationId);
    if (!entry) return [];
    this.pending.delete(conversationId);
    this.total -= entry.bytes;
    return entry.items.map((item) => item.activity);
  }
}

export interface LocalBridgeOptions {
  /** Accept the Bot Framework Emulator's loopback serviceUrls too (ALLOW_EMULATOR=true). */
  allowEmulator?: boolean;
  limits?: PendingLimits;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function loopbackUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

export class LocalBridge {
  /** Per process: a restart ends the pages' conversations (a reload starts new ones). */
  private readonly secret = randomBytes(32);
  /** The connector endpoint's path segment (only the assistant knows it). */
  readonly connectorKey = randomBytes(24).toString('base64url');
  readonly pending: PendingActivities;
  private portSource: () => number | undefined = () => undefined;

  constructor(private readonly options: LocalBridgeOptions = {}) {
    this.pending = new PendingActivities(options.limits);
  }

  /** The port the assistant listens on, for the connector's calls to itself (read at call time). */
  setPortSource(port: () => number | undefined): void {
    this.portSource = port;
  }

  /** The page's token from its cookie, when it has a well-formed one. */
  tokenOf(req: Request): string | undefined {
    const token = cookiesOf(req)[LOCAL_COOKIE];
    return token && TOKEN.test(token) ? token : undefined;
  }

  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  /** A new conversation id bound to `token`. */
  newConversation(token: string): string {
    const nonce = randomBytes(12).toString('hex');
    return `local-${nonce}${this.mac(token, nonce)}`;
  }

  /** Whether `conversationId` is a page's conversation (bound to some page's cookie). */
  isPageConversation(conversationId: string): boolean {
    return PAGE_CONVERSATION.test(conversationId);
  }

  /** Whether `conversationId` was given to the page holding `token`. */
  belongsTo(conversationId: string, token: string | undefined): boolean {
    const match = PAGE_CONVERSATION.exec(conversationId);
    if (!match || !token) return false;
    const expected = Buffer.from(this.mac(token, match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * Whether /api/messages may take `activity` (unauthenticated mode): its serviceUrl is
   * the bridge on a loopback address (or the Emulator's, when allowed), and a page's
   * conversation comes with that page's cookie.
   */
  accepts(activity: Activity, req: Request): boolean {
    const url = loopbackUrl(activity.serviceUrl);
    if (!url) return false;
    if (url.pathname.replace(/\/$/, '') !== BRIDGE_PATH) return this.options.allowEmulator === true;
    const conversationId = activity.conversation.id;
    return !this.isPageConversation(conversationId) || this.belongsTo(conversationId, this.tokenOf(req));
  }

  /**
   * Where the assistant's connector really posts for `serviceUrl`: the bridge's own
   * endpoint on this process for the bridge's address, whatever host and port the page
   * named; any other address unchanged (the Emulator's, or a channel's).
   */
  connectorUrlFor(serviceUrl: string): string {
    const url = loopbackUrl(serviceUrl);
    const port = this.portSource();
    if (!url || url.pathname.replace(/\/$/, '') !== BRIDGE_PATH || port === undefined) return serviceUrl;
    return `http://127.0.0.1:${port}${BRIDGE_PATH}/${this.connectorKey}`;
  }

  /** Whether a request to the connector endpoint carries the key. */
  isConnectorKey(key: string): boolean {
    const expected = Buffer.from(this.connectorKey);
    const given = Buffer.from(key);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(token: string, nonce: string): string {
    return createHmac('sha256', this.secret).update(`${token}:${nonce}`).digest('hex').slice(0, 32);
  }
}
