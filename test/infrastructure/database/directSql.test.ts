/** One SQL text for both databases: `?` placeholders numbered for PostgreSQL, quoted text left alone. */
import { numberedPlaceholders, sqlDate } from '../../../src/infrastructure/database/directSql';

describe('direct SQL', () => {
  it('numbers the placeholders for PostgreSQL, leaving question marks inside quotes alone', () => {
    expect(numberedPlaceholders(`SELECT "id" FROM "Booking" WHERE "childId" IN (?, ?) AND "status" = 'booked?' AND "x?" = ?`)).toBe(
      `SELECT "id" FROM "Booking" WHERE "childId" IN ($1, $2) AND "status" = 'booked?' AND "x?" = $3`,
    );
  });

  it('writes instants as Prisma does on SQLite, a text PostgreSQL reads as the same UTC instant', () => {
    expect(sqlDate(new Date('2026-03-13T16:30:00.250Z'))).toBe('2026-03-13T16:30:00.250+00:00');
  });
});
