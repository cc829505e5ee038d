/** The messages already answered (table ProcessedActivity), on the direct SQL channel: two statements per turn. */
import type { PrismaClient } from './createPrismaClient';
import type { ProcessedActivities } from '../../bot/turnOrder';
import { directSqlOf, sqlDate } from './directSql';

/** Ids kept this long (ExpiredRowsPurge): a channel retries within seconds, a load balancer at once. */
export const PROCESSED_ACTIVITY_DAYS = 1;

export class SqlProcessedActivities implements ProcessedActivities {
  constructor(private readonly prisma: PrismaClient) {}

  async seen(conversationKey: string, activityId: string): Promise<boolean> {
    const rows = await directSqlOf(this.prisma).all(
      `SELECT 1 AS "found" FROM "ProcessedActivity" WHERE "conversationKey" = ? AND "activityId" = ?`,
      conversationKey,
      activityId,
    );
    return rows.length > 0;
  }

  async remember(conversationKey: string, activityId: string, at: Date): Promise<void> {
    await directSqlOf(this.prisma).run(
      `INSERT INTO "ProcessedActivity" ("conversationKey", "activityId", "at") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
      conversationKey,
      activityId,
      sqlDate(at),
    );
  }
}
