/** `npm run bookings -- --child "Léa Martin"` or `-- --day 2026-03-13`: bookings of a child or a day. */
import { createTownRules } from '../src/domain/createTownRules';
import { bookingsReport, parseBookingSearch } from '../src/cli/bookingsCommand';
import { runCommand } from '../src/cli/runCommand';
import { PrismaBookingQueries } from '../src/infrastructure/bookings/prismaBookingQueries';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';

runCommand(async (args) => {
  parseBookingSearch(args); // bad arguments fail before the database is opened
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    console.log(await bookingsReport(args, new PrismaBookingQueries(prisma), createTownRules()));
  } finally {
    await prisma.$disconnect();
  }
});
