/**
 * Object mothers for the request tests: the booking world (real town rules, March 2026
 * opening days, migrated temporary SQLite file) plus the request use cases on it, and a
 * few builders (a received document, a late request command).
 */
import { randomUUID } from 'node:crypto';
import { reserveBookings } from '../../../src/bookings/reserveBookings';
import type { IsoDay } from '../../../src/domain/day';
import type { ReceivedDocument } from '../../../src/documents/attachmentIntake';
import { createRequestServices, type RequestServices } from '../../../src/infrastructure/requests/createRequestServices';
import type { LateRequestCommand } from '../../../src/requests/submitLateRequest';
import { requestSettingsFrom } from '../../../src/requests/requestUseCases';
import type { BookingWorld, FamilyFixture } from '../../bookings/support/bookingWorld';
import { EARLY, createBookingWorld } from '../../bookings/support/bookingWorld';

export const MAILBOX = 'portailfamille@joinvillelepont.fr';

/** Wednesday 11 March 2026, 10:00 in Paris: Friday 13 March closed on Tuesday 10 March at 23:59. */
export const AFTER_FRIDAY_DEADLINE = new Date('2026-03-11T09:00:00Z');

export interface RequestWorld extends BookingWorld {
  services: RequestServices;
  /** Times the use cases said a mail was queued (after commit). */
  mailQueued: number;
  /** Books `days` for the family's children (before their deadlines). */
  book(family: FamilyFixture, days: IsoDay[], childIds?: number[]): Promise<void>;
  lateRequest(family: FamilyFixture, overrides?: Partial<LateRequestCommand>): LateRequestCommand;
}

let keys = 0;

export async function createRequestWorld(): Promise<RequestWorld> {
  const base = await createBookingWorld();
  const world = base as RequestWorld;
  world.mailQueued = 0;
  world.services = createRequestServices(base.db.prisma, {
    rules: base.rules,
    settings: requestSettingsFrom(base.rules.config),
    messageIdDomain: 'joinvillelepont.fr',
    onMailQueued: () => {
      world.mailQueued += 1;
    },
  });
  world.book = async (family, days, childIds = family.childIds) => {
    const result = await reserveBookings(base.deps, base.command(family, { days, childIds, now: EARLY }));
    if (result.outcomes.some((o) => o.code !== 'booked')) throw new Error(`fixture booking failed: ${JSON.stringify(result.outcomes)}`);
  };
  world.lateRequest = (family, overrides = {}) => ({
    guardianId: family.guardianIds[0],
    childIds: family.childIds,
    days: ['2026-03-13'],
    action: 'reserve',
    parentWords: 'Je reprends le travail plus tôt que prévu.',
    channel: 'webchat',
    idempotencyKey: `late-${++keys}`,
    now: AFTER_FRIDAY_DEADLINE,
    ...overrides,
  });
  return world;
}

/** What AttachmentIntake returns for a PDF (the bytes themselves are not needed here). */
export function aReceivedPdf(overrides: Partial<ReceivedDocument> = {}): ReceivedDocument {
  return {
    id: randomUUID(),
    sha256: 'a'.repeat(64),
    size: 2_000,
    createdAt: new Date('2026-03-10T08:00:00Z'),
    mediaType: 'application/pdf',
    originalName: 'certificat.pdf',
    ...overrides,
  };
}
