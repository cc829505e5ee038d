import { createRequestWorld, aReceivedPdf, type RequestWorld } from './support/requestWorld';
import type { FamilyFixture } from '../bookings/support/bookingWorld';
import type { JustificationCommand } from '../../src/requests/submitJustification';

const MONDAY = '2026-03-09';
const TUESDAY = '2026-03-10';
/** Monday 16 March 2026, 23:30 in Paris: day 7 after Monday 9 March. */
const DAY_7_LATE_EVENING = new Date('2026-03-16T22:30:00Z');
/** Tuesday 17 March 2026, 00:30 in Paris (still the 16th in UTC): day 8 after Monday 9 March. */
const DAY_8_JUST_AFTER_MIDNIGHT = new Date('2026-03-16T23:30:00Z');

let world: RequestWorld;
let family: FamilyFixture;
let keys = 0;

beforeEach(async () => {
  world = await createRequestWorld();
  family = await world.family();
  await world.book(family, [MONDAY, TUESDAY]);
});

afterEach(async () => {
  await world.destroy();
});

async function aDocument(guardianId = family.guardianIds[0]): Promise<string> {
  const { documentId } = await world.services.requests.registerDocument({ guardianId, document: aReceivedPdf(), channel: 'webchat', now: new Date('2026-03-16T08:00:00Z') });
  return documentId;
}

async function justify(overrides: Partial<JustificationCommand>): Promise<Awaited<ReturnType<RequestWorld['services']['requests']['submitJustification']>>> {
  return world.services.requests.submitJustification({
    guardianId: family.guardianIds[0],
    childId: family.childIds[0],
    days: [MONDAY],
    documentIds: overrides.documentIds ?? [await aDocument()],
    channel: 'webchat',
    idempotencyKey: `justif-${++keys}`,
    now: DAY_7_LATE_EVENING,
    ...overrides,
  });
}

describe('submitJustification: the 7-day window, in Paris days', () => {
  it.each([
    ['day 7, 23:30 in Paris', DAY_7_LATE_EVENING, 'accepted_for_review'],
    ['day 8, 00:30 in Paris though still day 7 in UTC', DAY_8_JUST_AFTER_MIDNIGHT, 'outside_window'],
    ['the absence day itself', new Date('2026-03-09T17:00:00Z'), 'accepted_for_review'],
  ])('%s → %s', async (_label, now, code) => {
    const result = await justify({ now });
    expect(result.status === 'rejected' ? [] : result.days).toEqual([{ day: MONDAY, code, lastDay: '2026-03-16' }]);
  });

  it('after the window: nothing written, and the dialog may offer a late request', async () => {
    const result = await justify({ now: DAY_8_JUST_AFTER_MIDNIGHT });
    expect(result).toMatchObject({ status: 'nothing_to_review', offerLateRequest: true });
    expect(await world.db.prisma.request.count()).toBe(0);
  });
});

describe('submitJustification', () => {
  it('sends the booked days within the window for review, with their documents, under a receipt number', async () => {
    const documentId = await aDocument();
    const result = await justify({ days: [TUESDAY, MONDAY, '2026-03-11', '2026-03-20'], documentIds: [documentId], now: DAY_8_JUST_AFTER_MIDNIGHT });

    expect(result).toEqual({
      status: 'received',
      number: 'D-2026-000001',
      replayed: false,
      offerLateRequest: true,
      days: [
        { day: MONDAY, code: 'outside_window', lastDay: '2026-03-16' },
        { day: TUESDAY, code: 'accepted_for_review', lastDay: '2026-03-17' },
        { day: '2026-03-11', code: 'not_booked', lastDay: '2026-03-18' },
        { day: '2026-03-20', code: 'future_day', lastDay: '2026-03-27' },
      ],
    });
    const request = await world.db.prisma.request.findUniqueOrThrow({ where: { number: 'D-2026-000001' }, include: { documents: true, history: true } });
    expect(request).toMatchObject({ kind: 'absence_justification', status: 'submitted', childId: family.childIds[0] });
    expect(request.history).toHaveLength(1);
    expect(request.documents).toEqual([
      expect.objectContaining({ id: documentId, childId: family.childIds[0], mediaType: 'application/pdf', sha256: 'a'.repeat(64), days: JSON.stringify([TUESDAY]) }),
    ]);
    expect(await world.db.prisma.outboxMail.count()).toBe(0);
  });

  it("says not_your_child for every day of another family's child", async () => {
    const other = await world.family();
    const result = await justify({ childId: other.childIds[0], days: [MONDAY, TUESDAY] });
    expect(result).toMatchObject({ status: 'nothing_to_review', offerLateRequest: false });
    expect(result.status === 'nothing_to_review' && result.days.map((d) => d.code)).toEqual(['not_your_child', 'not_your_child']);
  });

  it("refuses a document that is not the guardian's, or already used, and writes nothing", async () => {
    const other = await world.family();
    const foreign = await aDocument(other.guardianIds[0]);
    expect(await justify({ documentIds: [foreign] })).toEqual({ status: 'rejected', code: 'unknown_document', documentIds: [foreign] });
    expect(await justify({ documentIds: [] })).toEqual({ status: 'rejected', code: 'no_document', documentIds: [] });

    const used = await aDocument();
    await justify({ documentIds: [used] });
    expect(await justify({ documentIds: [used], days: [TUESDAY] })).toEqual({ status: 'rejected', code: 'document_already_used', documentIds: [used] });
    expect(await world.db.prisma.request.count()).toBe(1);
  });

  it('replays the same receipt for the same key', async () => {
    const command = { documentIds: [await aDocument()], idempotencyKey: 'same-message' };
    const first = await justify(command);
    const again = await justify(command);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await world.db.prisma.request.count()).toBe(1);
  });
});
