/**
 * Demo data never reaches production: the seed refuses to load it there, the assistant
 * refuses to start with it, and `npm run db:remove-demo` takes it out — the demo
 * families (isDemo, "(démo)", @example.fr addresses) with everything attached to them,
 * and the demo staff account, whose password is printed in the README.
 *
 * Production is NODE_ENV=production, or an app id set (reachable by Bot Framework
 * channels), as for the assistant's other safeguards.
 */
import type { PrismaClient } from '../../src/generated/prisma/client';
import { DEMO_FAMILIES } from './demoFamilies';
import { DEMO_STAFF } from './seedDemoStaff';

/** Raised instead of loading, or running with, demo data in production; the message says what to do. */
export class DemoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoDataError';
  }
}

export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production' || Boolean(env.MicrosoftAppId?.trim());
}

/**
 * Whether the seed loads the demo data: by default outside production only
 * (SEED_DEMO=false leaves it out anywhere); asking for it in production is refused.
 */
export function demoDataWanted(env: NodeJS.ProcessEnv): boolean {
  const production = isProduction(env);
  if (production && env.SEED_DEMO === 'true') {
    throw new DemoDataError(
      'SEED_DEMO=true refusé en production (NODE_ENV=production ou MicrosoftAppId défini) : les familles et le compte agent de démonstration, dont le mot de passe est public, n’y ont pas leur place. Retirez SEED_DEMO ou mettez SEED_DEMO=false.',
    );
  }
  return !production && env.SEED_DEMO !== 'false';
}

const DEMO_GUARDIAN_EMAILS = DEMO_FAMILIES.flatMap((family) => family.guardians.map((guardian) => guardian.email));

export interface DemoDataFound {
  families: string[];
  staff: string[];
}

/** The demo families and staff account present in the database. */
export async function findDemoData(prisma: PrismaClient): Promise<DemoDataFound> {
  const families = await prisma.family.findMany({
    where: { OR: [{ isDemo: true }, { guardians: { some: { email: { in: DEMO_GUARDIAN_EMAILS } } } }] },
    select: { name: true },
    orderBy: { id: 'asc' },
  });
  const staff = await prisma.staffAccount.findMany({ where: { email: DEMO_STAFF.email }, select: { email: true } });
  return { families: families.map((family) => family.name), staff: staff.map((account) => account.email) };
}

/** Refuses to go on in production while demo data is there, with the command that removes it. */
export async function assertNoDemoDataInProduction(prisma: PrismaClient, env: NodeJS.ProcessEnv): Promise<void> {
  if (!isProduction(env)) return;
  const found = await findDemoData(prisma);
  if (found.families.length === 0 && found.staff.length === 0) return;
  const what = [
    ...(found.families.length > 0 ? [`${found.families.length} famille(s) de démonstration (${found.families.join(', ')})`] : []),
    ...found.staff.map((email) => `le compte agent de démonstration ${email}, dont le mot de passe est public`),
  ].join(' et ');
  throw new DemoDataError(
    `La base contient ${what}, refusés en production. Supprimez-les avec « npm run db:remove-demo » (rien d'autre n'est touché), puis relancez.`,
  );
}

export interface DemoDataRemoved {
  families: number;
  guardians: number;
  children: number;
  bookings: number;
  requests: number;
  staff: number;
  /** Ids of the demo families' documents: their encrypted files are the caller's to delete. */
  documentIds: string[];
}

/** Deletes the demo families with everything attached to them, and the demo staff account, in one transaction. */
export async function removeDemoData(prisma: PrismaClient): Promise<DemoDataRemoved> {
  return prisma.$transaction(async (tx) => {
    const families = await tx.family.findMany({
      where: { OR: [{ isDemo: true }, { guardians: { some: { email: { in: DEMO_GUARDIAN_EMAILS } } } }] },
      select: { id: true },
    });
    const familyIds = families.map((family) => family.id);
    const guardianIds = (await tx.guardian.findMany({ where: { familyId: { in: familyIds } }, select: { id: true } })).map((g) => g.id);
    const childIds = (await tx.child.findMany({ where: { familyId: { in: familyIds } }, select: { id: true } })).map((c) => c.id);
    const bookingIds = (await tx.booking.findMany({ where: { childId: { in: childIds } }, select: { id: true } })).map((b) => b.id);
    const requestIds = (
      await tx.request.findMany({ where: { OR: [{ guardianId: { in: guardianIds } }, { childId: { in: childIds } }] }, select: { id: true } })
    ).map((r) => r.id);
    const documentIds = (
      await tx.document.findMany({
        where: { OR: [{ guardianId: { in: guardianIds } }, { childId: { in: childIds } }, { requestId: { in: requestIds } }] },
        select: { id: true },
      })
    ).map((d) => d.id);
    const guardianActors = guardianIds.map(String);

    await tx.notification.deleteMany({ where: { OR: [{ guardianId: { in: guardianIds } }, { bookingId: { in: bookingIds } }, { requestId: { in: requestIds } }] } });
    await tx.document.deleteMany({ where: { id: { in: documentIds } } });
    await tx.requestStatusChange.deleteMany({ where: { requestId: { in: requestIds } } });
    await tx.request.deleteMany({ where: { id: { in: requestIds } } });
    await tx.bookingStatusChange.deleteMany({ where: { bookingId: { in: bookingIds } } });
    await tx.booking.deleteMany({ where: { id: { in: bookingIds } } });
    await tx.handoff.deleteMany({ where: { guardianId: { in: guardianIds } } });
    await tx.conversationReference.deleteMany({ where: { guardianId: { in: guardianIds } } });
    await tx.channelAccount.deleteMany({ where: { guardianId: { in: guardianIds } } });
    await tx.auditEntry.deleteMany({
      where: { OR: [{ actorKind: 'guardian', actorId: { in: guardianActors } }, { entityType: 'Booking', entityId: { in: bookingIds.map(String) } }] },
    });
    await tx.idempotencyKey.deleteMany({ where: { actorId: { in: guardianIds.map((id) => `guardian:${id}`) } } });
    await tx.child.deleteMany({ where: { id: { in: childIds } } });
    await tx.guardian.deleteMany({ where: { id: { in: guardianIds } } });
    await tx.payment.deleteMany({ where: { familyId: { in: familyIds } } });
    await tx.family.deleteMany({ where: { id: { in: familyIds } } });

    const demoStaff = await tx.staffAccount.findMany({ where: { email: DEMO_STAFF.email }, select: { id: true } });
    const staffIds = demoStaff.map((account) => account.id);
    // Conversations the demo agent took stay in the history, without the account.
    await tx.handoff.updateMany({ where: { staffId: { in: staffIds } }, data: { staffId: null } });
    await tx.staffAccount.deleteMany({ where: { id: { in: staffIds } } });

    return {
      families: familyIds.length,
      guardians: guardianIds.length,
      children: childIds.length,
      bookings: bookingIds.length,
      requests: requestIds.length,
      staff: staffIds.length,
      documentIds,
    };
  });
}
