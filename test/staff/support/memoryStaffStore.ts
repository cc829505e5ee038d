/** A StaffStore in memory, for the unit tests of the log-in rules (the Prisma one is tested on SQLite). */
import type { StaffAccount, StaffSessionRecord, StaffStore } from '../../../src/staff/staffStore';

export class MemoryStaffStore implements StaffStore {
  accounts: StaffAccount[] = [];
  sessions = new Map<string, StaffSessionRecord>();

  async findAccountByEmail(email: string) {
    return this.accounts.find((a) => a.email === email);
  }
  async findAccountById(id: number) {
    return this.accounts.find((a) => a.id === id);
  }
  async listAccounts() {
    return [...this.accounts];
  }
  async setActive(staffId: number, active: boolean) {
    const account = this.accounts.find((a) => a.id === staffId);
    if (account) account.active = active;
  }
  async countAdmins() {
    return this.accounts.filter((a) => a.role === 'admin' && a.active).length;
  }
  async createAccount(account: { email: string; displayName: string; passwordHash: string; role: 'agent' | 'admin' }) {
    const created = { id: this.accounts.length + 1, active: true, ...account };
    this.accounts.push(created);
    return created;
  }
  async setPassword(staffId: number, passwordHash: string) {
    const account = this.accounts.find((a) => a.id === staffId);
    if (account) account.passwordHash = passwordHash;
  }
  async createSession(session: StaffSessionRecord) {
    this.sessions.set(session.id, session);
  }
  async findSession(id: string) {
    return this.sessions.get(id);
  }
  async touchSession(id: string, lastSeenAt: Date, expiresAt: Date) {
    const session = this.sessions.get(id);
    if (session) this.sessions.set(id, { ...session, lastSeenAt, expiresAt });
  }
  async deleteSession(id: string) {
    this.sessions.delete(id);
  }
  async deleteSessionsOf(staffId: number) {
    for (const [id, session] of this.sessions) if (session.staffId === staffId) this.sessions.delete(id);
  }
}
