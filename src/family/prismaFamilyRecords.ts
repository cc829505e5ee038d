/** The family's dossier and its site's closures, read from the database for one guardian. */
import type { IsoDay } from '../domain/day';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { FamilyDossier, FamilyRecords, ServiceClosure } from './familySpace';

export class PrismaFamilyRecords implements FamilyRecords {
  constructor(private readonly prisma: PrismaClient) {}

  async dossier(guardianId: number): Promise<FamilyDossier | undefined> {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    if (!guardian) return undefined;
    const family = await this.prisma.family.findUniqueOrThrow({
      where: { id: guardian.familyId },
      include: {
        guardians: { orderBy: { id: 'asc' } },
        children: { orderBy: { birthDate: 'asc' }, include: { school: { include: { site: true } } } },
      },
    });
    const authorised = await this.prisma.authorisedPerson.findMany({ where: { familyId: guardian.familyId }, orderBy: { id: 'asc' } });
    return {
      familyName: family.name,
      guardians: family.guardians.map(({ civility, firstName, lastName, email, phone }) => ({ civility, firstName, lastName, email, phone })),
      children: family.children.map((child) => ({
        id: child.id,
        firstName: child.firstName,
        lastName: child.lastName,
        birthDate: child.birthDate,
        school: child.school.name,
        site: child.school.site.name,
        className: child.className,
      })),
      authorisedPeople: authorised.map(({ firstName, lastName, relation, phone }) => ({ firstName, lastName, relation, phone })),
    };
  }

  async closures(guardianId: number, childId: number, from: IsoDay, to: IsoDay): Promise<ServiceClosure[]> {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    const child = await this.prisma.child.findUnique({ where: { id: childId }, include: { school: true } });
    if (!guardian || !child || child.familyId !== guardian.familyId) return [];
    const days = await this.prisma.bookableDay.findMany({
      where: { siteId: child.school.siteId, day: { gte: from, lte: to }, closedReason: { not: null } },
      orderBy: { day: 'asc' },
    });
    return days.map((day) => ({ day: day.day, reason: day.closedReason ?? '' }));
  }
}
