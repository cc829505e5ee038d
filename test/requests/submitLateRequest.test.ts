import { IdempotencyConflictError } from '../../src/bookings/idempotency';
import { decodeOutboxPayload } from '../../src/mail/outboxMessage';
import type { RequestDependencies, RequestStore } from '../../src/requests/ports';
import { submitLateRequest } from '../../src/requests/submitLateRequest';
import { requestSettingsFrom } from '../../src/requests/requestUseCases';
import { AFTER_FRIDAY_DEADLINE, MAILBOX, createRequestWorld, type RequestWorld } from './support/requestWorld';

let world: RequestWorld;

beforeEach(async () => {
  world = await createRequestWorld();
});

afterEach(async () => {
  await world.destroy();
});

describe('submitLateRequest', () => {
  it('creates the request with its number and history, and its mail in the outbox, together', async () => {
    const family = await world.family({ name: 'Martin' });
    const result = await world.services.requests.submitLateRequest(world.lateRequest(family));

    expect(result).toEqual({ status: 'submitted', number: 'D-2026-000001', replayed: false });
    const request = await world.db.prisma.request.findUniqueOrThrow({ where: { number: 'D-2026-000001' }, include: { history: true } });
    expect(request).toMatchObject({ kind: 'late_request', status: 'submitted', guardianId: family.guardianIds[0], childId: family.childIds[0], channel: 'webchat' });
    expect(request.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'submitted', actorKind: 'guardian', actorId: String(family.guardianIds[0]), channel: 'webchat', at: AFTER_FRIDAY_DEADLINE }),
    ]);

    const rows = await world.db.prisma.outboxMail.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reference: 'request:D-2026-000001', status: 'pending' });
    expect(JSON.parse(request.payload).messageId).toBe(rows[0].messageId);
    const mail = decodeOutboxPayload(rows[0].payload);
    expect(mail.to).toBe(MAILBOX);
    const guardian = await world.db.prisma.guardian.findUniqueOrThrow({ where: { id: family.guardianIds[0] } });
    expect(mail.replyTo).toBe(guardian.email);
    expect(mail.subject).toMatch(/^Demande hors délai D-2026-000001 — réservation — Enfant0 Martin\d+$/);
    expect(mail.text).toContain('Action demandée : réserver');
    expect(mail.text).toContain('- vendredi 13 mars 2026 (2026-03-13) — délai dépassé depuis le mardi 10 mars 2026 à 23h59');
    expect(mail.text).toContain('Message du parent : « Je reprends le travail plus tôt que prévu. »');
    expect(world.mailQueued).toBe(1);
  });

  it('numbers requests one after the other, per year of the town calendar', async () => {
    const family = await world.family();
    const first = await world.services.requests.submitLateRequest(world.lateRequest(family));
    const second = await world.services.requests.submitLateRequest(world.lateRequest(family));
    // 31 December 2026, 23:30 UTC is already 1 January 2027 in Paris.
    const newYear = await world.services.requests.submitLateRequest(world.lateRequest(family, { now: new Date('2026-12-31T23:30:00Z') }));
    expect([first, second, newYear].map((r) => (r.status === 'submitted' ? r.number : r.code))).toEqual(['D-2026-000001', 'D-2026-000002', 'D-2027-000001']);
  });

  it('is idempotent on the key: same number, one request, one mail', async () => {
    const family = await world.family();
    const command = world.lateRequest(family);
    await world.services.requests.submitLateRequest(command);
    const again = await world.services.requests.submitLateRequest(command);

    expect(again).toEqual({ status: 'submitted', number: 'D-2026-000001', replayed: true });
    expect(await world.db.prisma.request.count()).toBe(1);
    expect(await world.db.prisma.outboxMail.count()).toBe(1);
    expect(world.mailQueued).toBe(1);
    const other = await world.family();
    await expect(world.services.requests.submitLateRequest({ ...command, guardianId: other.guardianIds[0], childIds: other.childIds })).rejects.toThrow(IdempotencyConflictError);
  });

  it('leaves neither request nor mail when the transaction fails after both were written', async () => {
    const family = await world.family();
    const failing: RequestStore = {
      transaction: (work) =>
        world.services.store.transaction(async (tx) => {
          await work(tx);
          throw new Error('crash before commit');
        }),
    };
    const deps: RequestDependencies = { store: failing, rules: world.rules, settings: requestSettingsFrom(world.rules.config) };
    await expect(submitLateRequest(deps, world.lateRequest(family))).rejects.toThrow('crash before commit');

    expect(await world.db.prisma.request.count()).toBe(0);
    expect(await world.db.prisma.outboxMail.count()).toBe(0);
    expect(await world.db.prisma.sequence.count()).toBe(0);
  });

  it("refuses another family's child and writes nothing", async () => {
    const family = await world.family();
    const other = await world.family();
    const result = await world.services.requests.submitLateRequest(world.lateRequest(family, { childIds: [family.childIds[0], other.childIds[0]] }));

    expect(result).toEqual({ status: 'rejected', code: 'not_your_child', childIds: [other.childIds[0]] });
    expect(await world.db.prisma.request.count()).toBe(0);
    expect(await world.db.prisma.outboxMail.count()).toBe(0);
  });

  it('describes a modification: the days to free and the days to book instead', async () => {
    const family = await world.family();
    await world.services.requests.submitLateRequest(world.lateRequest(family, { action: 'modify', days: ['2026-03-12'], newDays: ['2026-03-13'] }));
    const mail = decodeOutboxPayload((await world.db.prisma.outboxMail.findFirstOrThrow()).payload);
    expect(mail.subject).toContain('modification');
    expect(mail.text).toMatch(/Jours à libérer :\n- jeudi 12 mars 2026 \(2026-03-12\)[^\n]*\nJours à réserver à la place :\n- vendredi 13 mars 2026 \(2026-03-13\)/);
  });
});
