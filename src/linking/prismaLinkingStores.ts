/** Guardians and channel links read and written through Prisma (tables owned by prisma/schema.prisma). */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { ChannelLinkStore, GuardianLookup, GuardianRecord } from './linkingPorts';

export class PrismaGuardianLookup implements GuardianLookup {
  constructor(private readonly prisma: PrismaClient) {}

  async findByEmail(email: string): Promise<GuardianRecord | undefined> {
    const row = await this.prisma.guardian.findUnique({ where: { email }, select: { id: true, email: true, firstName: true } });
    return row ?? undefined;
  }

  async findById(id: number): Promise<GuardianRecord | undefined> {
    const row = await this.prisma.guardian.findUnique({ where: { id }, select: { id: true, email: true, firstName: true } });
    return row ?? undefined;
  }
}

export class PrismaChannelLinks implements ChannelLinkStore {
  constructor(private readonly prisma: PrismaClient) {}

  async guardianFor(channelId: string, userId: string): Promise<number | undefined> {
    const row = await this.prisma.channelAccount.findUnique({
      where: { channelId_channelUserId: { channelId, channelUserId: userId } },
      select: { guardianId: true },
    });
    return row?.guardianId;
  }

  async link(channelId: string, userId: string, guardianId: number, at: Date): Promise<void> {
    await this.prisma.channelAccount.upsert({
      where: { channelId_channelUserId: { channelId, channelUserId: userId } },
      create: { channelId, channelUserId: userId, guardianId, linkedAt: at },
      update: { guardianId, linkedAt: at },
    });
  }
}
