/** The worker's retry and recovery logic over the in-memory repository and a scripted sender. */
import { MailOutbox } from '../../src/mail/mailOutbox';
import { decodeOutboxPayload } from '../../src/mail/outboxMessage';
import { OutboxWorker, type OutboxWorkerOptions } from '../../src/mail/outboxWorker';
import { DEFAULT_RETRY_POLICY } from '../../src/mail/retryPolicy';
import { InMemoryOutboxRepository } from './support/inMemoryOutboxRepository';
import { aLateRequestMail, connectionRefused, ManualClock, recipientRefused, ScriptedSender } from './support/outboxFixtures';
import { RecordingLogger } from './support/recordingLogger';

const MINUTE = 60_000;

function setUp(options: Partial<OutboxWorkerOptions> = {}) {
  const clock = new ManualClock();
  const repository = new InMemoryOutboxRepository();
  const sender = new ScriptedSender();
  const logger = new RecordingLogger();
  const outbox = new MailOutbox(repository, { messageIdDomain: 'joinvillelepont.fr', now: clock.now });
  const worker = (extra: Partial<OutboxWorkerOptions> = {}) =>
    new OutboxWorker(repository, sender, { logger, now: clock.now, random: () => 0, retry: { ...DEFAULT_RETRY_POLICY, jitterRatio: 0 }, ...options, ...extra });
  const enqueue = (overrides = {}) => repository.transaction((tx) => outbox.enqueue(tx, aLateRequestMail(overrides)));
  return { clock, repository, sender, logger, worker, enqueue };
}

describe('OutboxWorker', () => {
  it('sends a due mail with the Message-ID and Date fixed at enqueue, then marks it sent', async () => {
    const { clock, repository, sender, worker, enqueue } = setUp();
    const { messageId } = await enqueue();
    const enqueuedAt = clock.now();
    clock.advance(5_000);

    const report = await worker().runOnce();

    expect(report).toEqual({ claimed: 1, sent: 1, retried: 0, dead: 0, released: 0 });
    expect(sender.sent[0]).toMatchObject({ to: 'portailfamille@joinvillelepont.fr', replyTo: 'claire.martin@example.org', messageId, date: enqueuedAt });
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@joinvillelepont\.fr>$/);
    expect(repository.rows()[0]).toMatchObject({ status: 'sent', sentAt: clock.now() });
    expect(await worker().runOnce()).toMatchObject({ claimed: 0 });
  });

  it('enqueues nothing when the caller’s transaction rolls back', async () => {
    const { repository } = setUp();
    const outbox = new MailOutbox(repository, { messageIdDomain: 'joinvillelepont.fr', now: () => new Date() });
    await expect(
      repository.transaction(async (tx) => {
        await outbox.enqueue(tx, aLateRequestMail());
        throw new Error('request number already taken');
      }),
    ).rejects.toThrow('request number already taken');
    expect(repository.rows()).toHaveLength(0);
  });

  it('backs off exponentially during an outage, capped at one hour, never giving up', async () => {
    const { clock, repository, sender, worker, enqueue } = setUp();
    await enqueue();
    sender.failWith = connectionRefused();
    const waits: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const before = clock.now().getTime();
      expect(await worker().runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      const next = repository.rows()[0].nextAttemptAt.getTime();
      waits.push((next - before) / MINUTE);
      // Not due before its time …
      clock.advance(next - before - 1);
      expect(await worker().runOnce()).toMatchObject({ claimed: 0 });
      clock.advance(1);
    }
    expect(waits).toEqual([0.5, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(repository.rows()[0]).toMatchObject({ status: 'pending', attempts: 10, lastError: expect.stringContaining('ECONNREFUSED') });

    sender.failWith = undefined;
    expect(await worker().runOnce()).toMatchObject({ sent: 1 });
    expect(sender.sent).toHaveLength(1);
  });

  it('gives a mail up (dead) after repeated permanent refusals, and logs it for an operator', async () => {
    const { clock, repository, sender, logger, worker, enqueue } = setUp();
    await enqueue();
    sender.failWith = recipientRefused();
    for (let i = 0; i < DEFAULT_RETRY_POLICY.maxPermanentAttempts; i += 1) {
      await worker().runOnce();
      clock.advance(2 * 60 * MINUTE);
    }
    expect(repository.rows()[0]).toMatchObject({ status: 'dead', attempts: 5, lastError: expect.stringContaining('550') });
    expect(logger.records.some((r) => r.level === 'error' && /abandonné/.test(r.message))).toBe(true);
    expect(await worker().runOnce()).toMatchObject({ claimed: 0 });
  });

  it('resends with the same Message-ID when it crashed between sending and marking', async () => {
    const { clock, repository, sender, worker, enqueue } = setUp({ leaseMs: 5 * MINUTE });
    const { messageId } = await enqueue();
    const markSent = repository.markSent.bind(repository);
    repository.markSent = async () => {
      throw new Error('process killed');
    };
    await worker({ workerId: 'first' }).runOnce();
    repository.markSent = markSent;

    // Still held by the dead worker's lease: nobody sends it again yet.
    clock.advance(4 * MINUTE);
    expect(await worker({ workerId: 'second' }).runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(2 * MINUTE);
    expect(await worker({ workerId: 'second' }).runOnce()).toMatchObject({ sent: 1 });

    expect(sender.sent.map((mail) => mail.messageId)).toEqual([messageId, messageId]);
    expect(sender.sent[1]).toEqual(sender.sent[0]);
    expect(repository.rows()[0].status).toBe('sent');
  });

  it('never hands one mail to two workers at once', async () => {
    const { repository, enqueue } = setUp();
    await enqueue();
    await enqueue();
    const now = new Date('2026-03-09T08:00:00Z');
    const lease = { now, limit: 10, leaseUntil: new Date(now.getTime() + MINUTE) };
    const first = await repository.claimDue({ ...lease, lockedBy: 'a' });
    const second = await repository.claimDue({ ...lease, lockedBy: 'b' });
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(0);
    // A worker that lost its lease does not overwrite the row.
    await repository.markFailed(first[0].messageId, 'b', { attempts: 9, nextAttemptAt: now, error: 'x' });
    expect(repository.rows()[0].attempts).toBe(0);
  });

  it('on stop() in the middle of a pass, hands back the mails it has not tried yet', async () => {
    const { repository, sender, worker, enqueue } = setUp({ now: () => new Date(), batchSize: 3 });
    for (let i = 0; i < 3; i += 1) await enqueue();
    let releaseFirst: () => void = () => undefined;
    const send = sender.send.bind(sender);
    sender.send = (mail) => new Promise<void>((resolve) => (releaseFirst = () => resolve(send(mail))));
    const background = worker();
    background.start();
    await waitUntil(() => repository.rows().every((row) => row.lockedBy !== undefined));
    const stopped = background.stop();
    releaseFirst();
    await stopped;
    expect(sender.sent).toHaveLength(1);
    expect(repository.rows().map((row) => [row.status, row.lockedBy])).toEqual([
      ['sent', undefined],
      ['pending', undefined],
      ['pending', undefined],
    ]);
  });

  it('turns an unreadable row into a dead letter without blocking the others', async () => {
    const { repository, sender, worker, enqueue } = setUp({ retry: { ...DEFAULT_RETRY_POLICY, maxPermanentAttempts: 1 } });
    await repository.transaction(async (tx) =>
      repository.insert(tx, { messageId: '<broken@x.fr>', payload: '{not json', createdAt: new Date(0), nextAttemptAt: new Date(0) }),
    );
    await enqueue();
    expect(await worker().runOnce()).toMatchObject({ claimed: 2, dead: 1, sent: 1 });
    expect(sender.sent).toHaveLength(1);
  });

  it('reads document attachments at send time, and gives up on a purged document', async () => {
    const documents = new Map([['doc-1', Buffer.from('%PDF-1.7 certificat')]]);
    const { repository, sender, worker, enqueue } = setUp({
      readDocument: async (id) => documents.get(id),
      retry: { ...DEFAULT_RETRY_POLICY, maxPermanentAttempts: 1 },
    });
    const attachment = (documentId: string) => ({ kind: 'document' as const, filename: 'certificat.pdf', contentType: 'application/pdf', documentId });
    await enqueue({ attachments: [attachment('doc-1')] });
    await enqueue({ attachments: [attachment('doc-purged')] });

    expect(await worker().runOnce()).toMatchObject({ sent: 1, dead: 1 });
    expect(sender.sent[0].attachments?.[0].content.toString()).toBe('%PDF-1.7 certificat');
    expect(decodeOutboxPayload(repository.rows()[1].payload).attachments?.[0]).toMatchObject({ documentId: 'doc-purged' });
  });

  it('starts, sends in the background, stops cleanly, and releases what it did not try', async () => {
    const { repository, sender, worker, enqueue } = setUp({ now: () => new Date(), batchSize: 1, pollIntervalMs: 10 });
    for (let i = 0; i < 3; i += 1) await enqueue();
    const background = worker();
    background.start();
    background.start(); // idempotent
    await waitUntil(() => sender.sent.length === 3);
    await background.stop();
    expect(repository.rows().every((row) => row.status === 'sent' && row.lockedBy === undefined)).toBe(true);

    // wake() after an enqueue sends without waiting for the (long) poll.
    const sleepy = worker({ pollIntervalMs: 60 * MINUTE });
    sleepy.start();
    await waitUntil(() => repository.rows().every((row) => row.status === 'sent'));
    await enqueue();
    sleepy.wake();
    await waitUntil(() => sender.sent.length === 4);
    await sleepy.stop();
  });
});

describe('OutboxWorker during outages and crashes', () => {
  afterEach(() => jest.useRealTimers());

  it('when the database fails, pauses longer after each failed pass (one line each, not one every 5 s) and resumes once it is back', async () => {
    jest.useFakeTimers();
    const { repository, sender, logger, worker, enqueue } = setUp({ now: () => new Date() });
    await enqueue();
    const claimDue = repository.claimDue.bind(repository);
    let databaseDown = true;
    repository.claimDue = (request) =>
      databaseDown ? Promise.reject(new Error('SQLITE_READONLY: attempt to write a readonly database')) : claimDue(request);
    const background = worker();
    background.start();

    await jest.advanceTimersByTimeAsync(10 * MINUTE);
    const outageLines = logger.records.filter((record) => /stockage/.test(record.message));
    // Polling every 5 s would have written 121 lines: 5 s, 10 s, 20 s … 5 min give 7.
    expect(outageLines.length).toBeGreaterThanOrEqual(5);
    expect(outageLines.length).toBeLessThanOrEqual(8);
    expect(outageLines[0]).toMatchObject({ level: 'error' });
    expect(outageLines.slice(1).every((record) => record.level === 'warn')).toBe(true);

    databaseDown = false;
    await jest.advanceTimersByTimeAsync(5 * MINUTE);
    expect(sender.sent).toHaveLength(1);
    expect(logger.records.filter((record) => /rétablis/.test(record.message))).toHaveLength(1);
    await background.stop();
  });

  it('when the relay is unreachable, tries one mail, hands the others back untouched, pauses, and sends them all once it is back', async () => {
    jest.useFakeTimers();
    const { repository, sender, logger, worker, enqueue } = setUp({ now: () => new Date() });
    for (let i = 0; i < 5; i += 1) await enqueue();
    sender.failWith = connectionRefused();
    const background = worker();
    background.start();

    await jest.advanceTimersByTimeAsync(0);
    expect(sender.attempts).toBe(1);
    expect(repository.rows().map((row) => [row.attempts, row.lockedBy])).toEqual([
      [1, undefined],
      [0, undefined],
      [0, undefined],
      [0, undefined],
      [0, undefined],
    ]);
    // A parent's new request wakes the worker: the pause holds.
    background.wake();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(sender.attempts).toBe(1);

    await jest.advanceTimersByTimeAsync(10 * MINUTE);
    // Trying each mail on its own schedule would have made about 25 attempts and as many lines.
    expect(sender.attempts).toBeLessThanOrEqual(8);
    expect(logger.records.filter((record) => record.level !== 'info').length).toBeLessThanOrEqual(8);

    sender.failWith = undefined;
    await jest.advanceTimersByTimeAsync(5 * MINUTE);
    expect(sender.sent).toHaveLength(5);
    expect(repository.rows().every((row) => row.status === 'sent')).toBe(true);
    await background.stop();
  });

  it('killed during a send (kill -9): another worker takes the mail half a minute later, not after five minutes', async () => {
    const { clock, repository, sender, worker, enqueue } = setUp();
    const { messageId } = await enqueue();
    const send = sender.send.bind(sender);
    // The send never ends and nothing renews the claim: the process is gone.
    sender.send = () => new Promise<void>(() => undefined);
    void worker({ workerId: 'killed', renewEveryMs: 60 * MINUTE }).runOnce();
    await waitUntil(() => repository.rows()[0].lockedBy === 'killed');
    sender.send = send;

    clock.advance(29_000);
    expect(await worker({ workerId: 'restarted' }).runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(2_000);
    expect(await worker({ workerId: 'restarted' }).runOnce()).toMatchObject({ sent: 1 });
    expect(sender.sent.map((mail) => mail.messageId)).toEqual([messageId]);
  });

  it('renews its claim while a send takes longer than the claim, so that nobody else sends the mail meanwhile', async () => {
    const { clock, repository, sender, worker, enqueue } = setUp();
    await enqueue();
    let finish: (() => void) | undefined;
    const send = sender.send.bind(sender);
    sender.send = (mail) => new Promise<void>((resolve) => (finish = () => resolve(send(mail))));
    const pass = worker({ workerId: 'slow', renewEveryMs: 5 }).runOnce();
    await waitUntil(() => finish !== undefined);

    clock.advance(25_000); // a slow relay
    const renewedUntil = clock.now().getTime() + 30_000;
    await waitUntil(() => repository.rows()[0].lockedUntil?.getTime() === renewedUntil);
    clock.advance(10_000); // past the first claim, within the renewed one
    expect(await worker({ workerId: 'other' }).runOnce()).toMatchObject({ claimed: 0 });

    finish!();
    expect(await pass).toMatchObject({ sent: 1 });
    expect(sender.sent).toHaveLength(1);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
