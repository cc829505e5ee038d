/** Staff accounts and console sessions on Prisma. */
import type { PrismaClient } from '../../generated/prisma/client';
import type { StaffAccount, StaffSessionRecord, StaffStore } from '../../staff/staffStore';

export class PrismaStaffStore implements StaffStore {
  constructor(private readonly prisma: PrismaClient) {}

  async findAccountByEmail(email: string): Promise<StaffAccount | undefined> {
    return (await this.prisma.staffAccount.findUnique({ where: { email } })) ?? undefined;
  }

  async findAccountById(id: number): Promise<StaffAccount | undefined> {
    return (await this.prisma.staffAccount.findUnique({ where: { id } })) ?? undefined;
  }

  createAccount(account: { email: string; displayName: string; passwordHash: string; now: Date }): Promise<StaffAccount> {
    return this.prisma.staffAccount.create({
      data: { email: account.email, displayName: account.displayName, passwordHash: account.passwordHash, createdAt: account.now },
    });
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
