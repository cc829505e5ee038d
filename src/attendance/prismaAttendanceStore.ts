/** Attendance marks on the database (AttendanceMark, one row per booking). */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { AttendanceMark, AttendanceStore } from './attendance';

/** Ids per query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

export class PrismaAttendanceStore implements AttendanceStore {
  constructor(private readonly prisma: PrismaClient) {}

  async ofBookings(bookingIds: readonly number[]): Promise<Map<number, AttendanceMark>> {
    const marks = new Map<number, AttendanceMark>();
    const ids = [...new Set(bookingIds)];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await this.prisma.attendanceMark.findMany({ where: { bookingId: { in: ids.slice(start, start + CHUNK) } } });
      for (const row of rows) marks.set(row.bookingId, toMark(row));
    }
    return marks;
  }

  async mark(input: { bookingId: number; present: boolean; staff: { id: number; name: string }; at: Date }): Promise<AttendanceMark> {
    const data = { present: input.present, markedById: input.staff.id, markedByName: input.staff.name, markedAt: input.at };
    const row = await this.prisma.attendanceMark.upsert({
      where: { bookingId: input.bookingId },
      create: { bookingId: input.bookingId, ...data },
      update: data,
    });
    return toMark(row);
  }
}

function toMark(row: { bookingId: number; present: boolean; markedById: number; markedByName: string; markedAt: Date }): AttendanceMark {
  return { bookingId: row.bookingId, present: row.present, markedById: row.markedById, markedByName: row.markedByName, markedAt: row.markedAt };
}
