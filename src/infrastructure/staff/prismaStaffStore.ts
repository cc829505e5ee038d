/** Staff accounts and console sessions on Prisma. */
import type { PrismaClient } from '../../generated/prisma/client';
import type { StaffAccount, StaffRole, StaffSessionRecord, StaffStore } from '../../staff/staffStore';

const toAccount = (row: { id: number; email: string; displayName: string; passwordHash: string; active: boolean; role: string }): StaffAccount => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  passwordHash: row.passwordHash,
  active: row.active,
  role: row.role === 'admin' ? 'admin' : 'agent',
});

export class PrismaStaffStore implements StaffStore {
  constructor(private readonly prisma: PrismaClient) {}

  async findAccountByEmail(email: string): Promise<StaffAccount | undefined> {
    const row = await this.prisma.staffAccount.findUnique({ where: { email } });
    return row ? toAccount(row) : undefined;
  }

  async findAccountById(id: number): Promise<StaffAccount | undefined> {
    const row = await this.prisma.staffAccount.findUnique({ where: { id } });
    return row ? toAccount(row) : undefined;
  }

  async createAccount(account: { email: string; displayName: string; passwordHash: string; now: Date; role: StaffRole }): Promise<StaffAccount> {
    return toAccount(
      await this.prisma.staffAccount.create({
        data: { email: account.email, displayName: account.displayName, passwordHash: account.passwordHash, createdAt: account.now, role: account.role },
      }),
    );
  }

  async listAccounts(): Promise<StaffAccount[]> {
    return (await this.prisma.staffAccount.findMany({ orderBy: { displayName: 'asc' } })).map(toAccount);
  }

  async setActive(staffId: number, active: boolean): Promise<void> {
    await this.prisma.staffAccount.update({ where: { id: staffId }, data: { active } });
  }

  countAdmins(): Promise<number> {
    return this.prisma.staffAccount.count({ where: { role: 'admin', active: true } });
  }

  async setPassword(staffId: number, passwordHash: string): Promise<void> {
    await this.prisma.staffAccount.update({ where: { id: staffId }, data: { passwordHash } });
  }

  async createSession(session: StaffSessionRecord): Promise<void> {
    await this.prisma.staffSession.create({ data: session });
  }

  async findSession(id: string): Promise<StaffSessionRecord | undefined> {
    return (await this.prisma.staffSession.findUnique({ where: { id } })) ?? undefined;
  }

  async touchSession(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.prisma.staffSession.updateMany({ where: { id }, data: { lastSeenAt, expiresAt } });
  }

  async deleteSession(id: string): Promise<void> {
    await this.prisma.staffSession.deleteMany({ where: { id } });
  }

  async deleteSessionsOf(staffId: number): Promise<void> {
    await this.prisma.staffSession.deleteMany({ where: { staffId } });
  }
}
