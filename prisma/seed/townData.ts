/**
 * The town's reference data from its configuration: activities, sites and the schools
 * they serve, and every opening day of the school years with its activity and number
 * of places. Not demo data: the same rows serve in production.
 */
import type { IsoDay } from '../../src/domain/day';
import type { TownRules } from '../../src/domain/townRules';
import type { PrismaClient } from '../../src/generated/prisma/client';

/** The school years the seed opens for booking: 2025-2026 and 2026-2027. */
export const SEEDED_SCHOOL_YEARS = { from: '2025-09-01', to: '2027-08-31' } as const;

export interface TownDataCounts {
  bookableDaysCreated: number;
  bookableDaysUpdated: number;
}

async function seedSitesAndActivities(prisma: PrismaClient, rules: TownRules): Promise<Map<string, number>> {
  for (const activity of rules.config.activities) {
    await prisma.activity.upsert({
      where: { code: activity.code },
      create: { code: activity.code, label: activity.label },
      update: { label: activity.label },
    });
  }
  const siteIds = new Map<string, number>();
  for (const site of rules.config.sites) {
    const row = await prisma.site.upsert({
      where: { code: site.code },
      create: { code: site.code, name: site.name },
      update: { name: site.name },
    });
    siteIds.set(site.code, row.id);
    for (const school of site.schools) {
      await prisma.school.upsert({
        where: { name: school },
        create: { name: school, siteId: row.id },
        update: { siteId: row.id },
      });
    }
  }
  return siteIds;
}

/**
 * Upserts activities, sites, schools and the bookable days between `from` and `to`
 * (defaults: {@link SEEDED_SCHOOL_YEARS}). Existing days keep their id and bookings;
 * their activity and capacity follow the configuration. Running it twice changes nothing.
 */
export async function seedTownData(
  prisma: PrismaClient,
  rules: TownRules,
  range: { from: IsoDay; to: IsoDay } = SEEDED_SCHOOL_YEARS,
): Promise<TownDataCounts> {
  const siteIds = await seedSitesAndActivities(prisma, rules);
  const openings = rules.openingDays(range.from, range.to).map((day) => {
    const offer = rules.activityOn(day);
    if (!offer.open) throw new Error(`${day} is not an opening day`);
    return { day, activity: offer.activity };
  });

  const wanted = rules.config.sites.flatMap((site) =>
    openings.map(({ day, activity }) => ({
      siteId: siteIds.get(site.code)!,
      day,
      activityCode: activity,
      capacity: site.capacities[activity] ?? rules.activity(activity).defaultCapacityPerSite,
    })),
  );
  const existing = await prisma.bookableDay.findMany({
    where: { siteId: { in: [...siteIds.values()] }, day: { gte: range.from, lte: range.to } },
  });
  const byKey = new Map(existing.map((row) => [`${row.siteId}|${row.day}`, row]));
  const missing = wanted.filter((row) => !byKey.has(`${row.siteId}|${row.day}`));
  const changed = wanted.filter((row) => {
    const current = byKey.get(`${row.siteId}|${row.day}`);
    return current !== undefined && (current.activityCode !== row.activityCode || current.capacity !== row.capacity);
  });

  await prisma.$transaction(async (tx) => {
    if (missing.length > 0) await tx.bookableDay.createMany({ data: missing });
    for (const row of changed) {
      await tx.bookableDay.update({
        where: { siteId_day: { siteId: row.siteId, day: row.day } },
        data: { activityCode: row.activityCode, capacity: row.capacity },
      });
    }
  });
  return { bookableDaysCreated: missing.length, bookableDaysUpdated: changed.length };
}
