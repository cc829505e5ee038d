/** Request rows read back from Prisma, their JSON payload validated with zod. */
import type { Request as RequestRow } from '../../generated/prisma/client';
import type { RequestRecord } from '../../requests/ports';
import { parseRequestPayload } from '../../requests/requestPayload';

/** The port's record for a row (throws when the payload is not what the use cases wrote). */
export function toRequestRecord(row: RequestRow): RequestRecord {
  if (row.kind === 'booking_change') throw new Error(`Request ${row.number} has kind ${row.kind}, which no use case handles.`);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    guardianId: row.guardianId,
    childId: row.childId,
    channel: row.channel,
    payload: parseRequestPayload(row.payload),
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
  };
}
