/** The linked guardian's family, read through Prisma: first names and ids of their children only. */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { FamilyContext } from '../../dialogs/services';
import type { FamilyDirectory } from './cachedFamilies';

export class PrismaFamilyDirectory implements FamilyDirectory {
  constructor(private readonly prisma: PrismaClient) {}

  async familyOf(guardianId: number): Promise<FamilyContext | undefined> {
    const guardian = await this.prisma.guardian.findUnique({
      where: { id: guardianId },
      select: { firstName: true, family: { select: { children: { select: { id: true, firstName: true }, orderBy: { birthDate: 'asc' } } } } },
    });
    if (!guardian) return undefined;
    return { guardianId, guardianFirstName: guardian.firstName, children: guardian.family.children };
  }
}
