/**
 * Staff log-in and sessions. A session lives `idleMinutes` after the last request and
 * never more than `maxHours` after log-in; each carries its own CSRF token, checked on
 * every form the console posts.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AttemptLimiter, MemoryAttemptStore } from '../security/attemptLimiter';
import type { AttemptStore } from '../security/attemptLimiter';
import { hashPassword, passwordProblem, verifyPassword } from './staffPasswords';
import type { StaffAccount, StaffRole, StaffSessionRecord, StaffStore } from './staffStore';

export interface StaffAuthOptions {
  idleMinutes?: number;
  maxHours?: number;
  /** Where failed log-ins are counted: the database in the assistant (a restart forgets nothing); default memory. */
  attempts?: AttemptStore;
}

/** Failed log-ins per e-mail and per client address before a pause. */
export const LOGIN_LIMIT = { max: 5, windowMs: 15 * 60_000 };

export type LoginResult =
  | { ok: true; token: string; session: StaffSessionRecord; account: StaffAccount }
  | { ok: false; reason: 'invalid' | 'throttled' };

export interface AuthenticatedStaff {
  account: StaffAccount;
  session: StaffSessionRecord;
}

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two tokens. */
export function sameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class StaffAuth {
  private readonly idleMs: number;
  private readonly maxMs: number;
  private readonly throttle: AttemptLimiter;
  // A hash to verify against when the e-mail is unknown, so both cases take the same time.
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly store: StaffStore,
    options: StaffAuthOptions = {},
  ) {
    this.idleMs = (options.idleMinutes ?? 30) * 60_000;
    this.maxMs = (options.maxHours ?? 10) * 3_600_000;
    this.throttle = new AttemptLimiter(options.attempts ?? new MemoryAttemptStore(), LOGIN_LIMIT);
  }

  /**
   * Creates an account (the `npm run staff` command, or an administrator in the console);
   * throws a French message on a bad password or e-mail. The first account of a console
   * without an administrator is one, so that someone can manage the others.
   */
  async createAccount(email: string, displayName: string, password: string, now: Date, role?: StaffRole): Promise<StaffAccount> {
    const normalised = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised)) throw new Error(`Adresse e-mail invalide : ${email}`);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    if (await this.store.findAccountByEmail(normalised)) throw new Error(`Un compte existe déjà pour ${normalised}.`);
    if (!displayName.trim()) throw new Error('Indiquez le prénom et le nom de la personne.');
    const chosen: StaffRole = role ?? ((await this.store.countAdmins()) === 0 ? 'admin' : 'agent');
    return this.store.createAccount({ email: normalised, displayName: displayName.trim(), passwordHash: await hashPassword(password), now, role: chosen });
  }

  /** Changes a password and closes every open session of that account. */
  async resetPassword(email: string, password: string): Promise<void> {
    const account = await this.store.findAccountByEmail(email.trim().toLowerCase());
    if (!account) throw new Error(`Aucun compte pour ${email}.`);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    await this.store.setPassword(account.id, await hashPassword(password));
    await this.store.deleteSessionsOf(account.id);
  }

  /** Turns an account on or off; off also closes its open sessions. */
  async setActive(staffId: number, active: boolean): Promise<void> {
    await this.store.setActive(staffId, active);
    if (!active) await this.store.deleteSessionsOf(staffId);
  }

  listAccounts(): Promise<StaffAccount[]> {
    return this.store.listAccounts();
  }

  async login(email: string, password: string, clientAddress: string, now: Date): Promise<LoginResult> {
    const normalised = email.trim().toLowerCase();
    const keys = [`staff.login.email:${normalised}`, `staff.login.address:${clientAddress}`];
    if (!(await this.throttle.allows(keys, now))) return { ok: false, reason: 'throttled' };
    const account = await this.store.findAccountByEmail(normalised);
    const matches = await verifyPassword(account?.passwordHash ?? (await this.decoyHash), password);
    if (!account || !account.active || !matches) {
      await this.throttle.record(keys, now);
      return { ok: false, reason: 'invalid' };
    }
    await this.throttle.clear(keys);
    const token = randomBytes(32).toString('base64url');
    const session: StaffSessionRecord = {
      id: sessionIdOf(token),
      staffId: account.id,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(Math.min(now.getTime() + this.idleMs, now.getTime() + this.maxMs)),
    };
    await this.store.createSession(session);
    return { ok: true, token, session, account };
  }

  /** The staff member behind a session cookie, extending the idle timeout; undefined when expired or unknown. */
  async authenticate(token: string | undefined, now: Date): Promise<AuthenticatedStaff | undefined> {
    if (!token) return undefined;
    const session = await this.store.findSession(sessionIdOf(token));
    if (!session) return undefined;
    if (session.expiresAt.getTime() <= now.getTime()) {
      await this.store.deleteSession(session.id);
      return undefined;
    }
    const account = await this.store.findAccountById(session.staffId);
    if (!account || !account.active) return undefined;
    const expiresAt = new Date(Math.min(now.getTime() + this.idleMs, session.createdAt.getTime() + this.maxMs));
    await this.store.touchSession(session.id, now, expiresAt);
    return { account, session: { ...session, lastSeenAt: now, expiresAt } };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(sessionIdOf(token));
  }
}
