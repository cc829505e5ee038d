/**
 * Loads the demo families, their children and a few bookings. Idempotent: rows are
 * found by natural key (e-mail, family + child name, child + day) and only written
 * when missing or different, so a second run changes nothing, not even `updatedAt`.
 * A booking a demo user cancelled since is left cancelled.
 */
import type { PrismaClient } from '../../src/generated/prisma/client';
import type { DemoChild, DemoFamily, DemoGuardian } from './demoFamilies';
import { DEMO_FAMILIES } from './demoFamilies';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Who the seed's history rows name. */
const SEED_ACTOR = { actorKind: 'system', actorId: 'seed', channel: 'seed' } as const;

function differs<T extends object>(current: T, wanted: Partial<T>): boolean {
  return (Object.keys(wanted) as Array<keyof T>).some((key) => current[key] !== wanted[key]);
}

async function familyIdOf(tx: Tx, family: DemoFamily): Promise<number> {
  const known = await tx.guardian.findFirst({ where: { email: { in: family.guardians.map((g) => g.email) } } });
  if (!known) return (await tx.family.create({ data: { name: family.name, isDemo: true } })).id;
  const current = await tx.family.findUniqueOrThrow({ where: { id: known.familyId } });
  if (differs(current, { name: family.name, isDemo: true })) {
    await tx.family.update({ where: { id: current.id }, data: { name: family.name, isDemo: true } });
  }
  return current.id;
}

async function upsertGuardian(tx: Tx, familyId: number, guardian: DemoGuardian): Promise<void> {
  const wanted = { familyId, ...guardian };
  const current = await tx.guardian.findUnique({ where: { email: guardian.email } });
  if (!current) await tx.guardian.create({ data: wanted });
  else if (differs(current, wanted)) await tx.guardian.update({ where: { id: current.id }, data: wanted });
}

async function upsertChild(tx: Tx, familyId: number, child: DemoChild): Promise<number> {
  const school = await tx.school.findUnique({ where: { name: child.school } });
  if (!school) throw new Error(`Demo child ${child.firstName}: school "${child.school}" is not in the town configuration.`);
  const wanted = {
    familyId,
    firstName: child.firstName,
    lastName: child.lastName,
    birthDate: child.birthDate,
    schoolId: school.id,
    className: child.className,
  };
  const where = { familyId_firstName_lastName: { familyId, firstName: child.firstName, lastName: child.lastName } };
  const current = await tx.child.findUnique({ where });
  if (!current) return (await tx.child.create({ data: wanted })).id;
  if (differs(current, wanted)) await tx.child.update({ where: { id: current.id }, data: wanted });
  return current.id;
}

async function seedBookings(tx: Tx, childId: number, child: DemoChild, now: Date): Promise<void> {
  const { siteId } = await tx.school.findUniqueOrThrow({ where: { name: child.school }, select: { siteId: true } });
  for (const day of child.bookedDays) {
    const bookableDay = await tx.bookableDay.findUnique({ where: { siteId_day: { siteId, day } } });
    if (!bookableDay) {
      throw new Error(`Demo booking of ${child.firstName} on ${day}: no such bookable day (seed the town data first).`);
    }
    const where = { childId_bookableDayId: { childId, bookableDayId: bookableDay.id } };
    if (await tx.booking.findUnique({ where })) continue;
    await tx.booking.create({
      data: {
        childId,
        bookableDayId: bookableDay.id,
        status: 'booked',
        createdAt: now,
        history: {
          create: { fromStatus: null, toStatus: 'booked', at: now, ...SEED_ACTOR, reason: 'données de démonstration' },
        },
      },
    });
  }
}

/** The family's QF (bracket from the town's tariffs), treasury reference and payments. */
async function seedMoney(tx: Tx, familyId: number, family: DemoFamily, now: Date, bracketOf?: (quotient: number) => string): Promise<void> {
  if (!family.money) return;
  const { quotient, billingReference, payments } = family.money;
  const wanted = { quotient, quotientBracket: bracketOf?.(quotient) ?? null, billingReference };
  const current = await tx.family.findUniqueOrThrow({ where: { id: familyId } });
  if (differs(current, wanted)) await tx.family.update({ where: { id: familyId }, data: { ...wanted, quotientUpdatedAt: now } });
  for (const payment of payments) {
    const where = { familyId_reference: { familyId, reference: payment.reference } };
    if (await tx.payment.findUnique({ where })) continue;
    await tx.payment.create({ data: { familyId, ...payment, source: 'seed', createdAt: now } });
  }
}

/** Creates or updates the demo families (default: {@link DEMO_FAMILIES}) in one transaction. */
export async function seedDemoFamilies(
  prisma: PrismaClient,
  families: readonly DemoFamily[] = DEMO_FAMILIES,
  now: Date = new Date(),
  bracketOf?: (quotient: number) => string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const family of families) {
      const familyId = await familyIdOf(tx, family);
      for (const guardian of family.guardians) await upsertGuardian(tx, familyId, guardian);
      for (const child of family.children) {
        const childId = await upsertChild(tx, familyId, child);
        await seedBookings(tx, childId, child, now);
      }
      for (const person of family.authorisedPeople ?? []) {
        const known = await tx.authorisedPerson.findFirst({ where: { familyId, firstName: person.firstName, lastName: person.lastName } });
        if (!known) await tx.authorisedPerson.create({ data: { familyId, ...person } });
      }
      await seedMoney(tx, familyId, family, now, bracketOf);
    }
  });
}
