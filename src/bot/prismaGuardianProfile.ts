/** Who a linked guardian is, for the staff who take a conversation over. */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { GuardianProfile } from './handoffDesk';

export class PrismaGuardianProfile implements GuardianProfile {
  constructor(private readonly prisma: PrismaClient) {}

  async describe(guardianId: number): Promise<{ fullName: string; email: string; familyName: string } | undefined> {
    const guardian = await this.prisma.guardian.findUnique({
      where: { id: guardianId },
      select: { civility: true, firstName: true, lastName: true, email: true, family: { select: { name: true } } },
    });
    if (!guardian) return undefined;
    return {
      fullName: `${guardian.civility} ${guardian.firstName} ${guardian.lastName}`,
      email: guardian.email,
      familyName: guardian.family.name,
    };
  }
}
