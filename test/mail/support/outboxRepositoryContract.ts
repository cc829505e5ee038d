/**
 * The behaviour every OutboxRepository must have, checked through the port only, so that
 * the Prisma implementation can run the same suite:
 *
 *   describeOutboxRepositoryContract('Prisma', async () => ({ repository, transaction }));
 */
import type { NewOutboxMessage } from '../../../src/mail/outboxMessage';
import type { OutboxRepository } from '../../../src/mail/outboxRepository';

export interface ContractSubject<Tx> {
  repository: OutboxRepository<Tx>;
  /** Runs `work` in one storage transaction (rolled back if it throws). */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

const T0 = new Date('2026-03-09T08:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function aRow(n: number, nextAttemptAt = T0): NewOutboxMessage {
  return { messageId: `<contract-${n}@joinvillelepont.fr>`, payload: JSON.stringify({ to: 'a@b.fr', subject: `m${n}`, text: 't' }), reference: `request:${n}`, createdAt: at(n), nextAttemptAt };
}

export function describeOutboxRepositoryContract<Tx>(name: string, makeSubject: () => Promise<ContractSubject<Tx>>): void {
  describe(`OutboxRepository contract: ${name}`, () => {
    let subject: ContractSubject<Tx>;
    const claim = (lockedBy: string, now = T0, limit = 10, leaseSeconds = 60) =>
      subject.repository.claimDue({ now, limit, lockedBy, leaseUntil: new Date(now.getTime() + leaseSeconds * 1000) });
    const insert = (...rows: NewOutboxMessage[]) => subject.transaction(async (tx) => {
      for (const row of rows) await subject.repository.insert(tx, row);
    });

    beforeEach(async () => {
      subject = await makeSubject();
    });

    it('inserts with the transaction, and not at all when it rolls back', async () => {
      await expect(subject.transaction(async (tx) => {
        await subject.repository.insert(tx, aRow(1));
        throw new Error('rollback');
      })).rejects.toThrow('rollback');
      expect(await claim('w')).toEqual([]);
      await insert(aRow(2));
      expect(await claim('w')).toEqual([expect.objectContaining({ ...aRow(2), status: 'pending', attempts: 0 })]);
    });

    it('claims due rows oldest first, up to the limit, and not the future ones', async () => {
      await insert(aRow(1), aRow(2), aRow(3), aRow(4, at(3600)));
      expect((await claim('w', T0, 2)).map((m) => m.messageId)).toEqual([aRow(1).messageId, aRow(2).messageId]);
      expect((await claim('w', T0, 10)).map((m) => m.messageId)).toEqual([aRow(3).messageId]);
    });

    it('never gives a leased row to another worker, until the lease expires', async () => {
      await insert(aRow(1));
      expect(await claim('a', T0, 10, 60)).toHaveLength(1);
      expect(await claim('b', at(59))).toEqual([]);
      expect(await claim('b', at(61))).toHaveLength(1);
    });

    it('records a failure only for the lease holder, and makes the row due again later', async () => {
      await insert(aRow(1));
      await claim('a');
      await subject.repository.markFailed(aRow(1).messageId, 'someone-else', { attempts: 7, nextAttemptAt: at(1), error: 'x' });
      await subject.repository.markFailed(aRow(1).messageId, 'a', { attempts: 1, nextAttemptAt: at(30), error: 'ECONNREFUSED' });
      expect(await claim('a', at(29))).toEqual([]);
      expect(await claim('a', at(30))).toEqual([expect.objectContaining({ attempts: 1 })]);
    });

    it('never claims a sent or dead row again', async () => {
      await insert(aRow(1), aRow(2));
      await claim('a');
      await subject.repository.markSent(aRow(1).messageId, at(1));
      await subject.repository.markDead(aRow(2).messageId, 'a', { attempts: 5, error: '550', at: at(1) });
      expect(await claim('b', at(3600 * 24))).toEqual([]);
    });

    it('renews only the claims the worker still holds, keeping the row from others until the new end', async () => {
      await insert(aRow(1), aRow(2));
      await claim('a', T0, 10, 30);
      await subject.repository.markSent(aRow(2).messageId, at(1));
      expect(await subject.repository.renew([aRow(1).messageId, aRow(2).messageId], 'a', at(50))).toBe(1);
      expect(await subject.repository.renew([aRow(1).messageId], 'b', at(500))).toBe(0);
      expect(await claim('b', at(45))).toEqual([]);
      expect(await claim('b', at(51))).toEqual([expect.objectContaining({ messageId: aRow(1).messageId })]);
    });

    it('released rows are due again at once, without an attempt counted', async () => {
      await insert(aRow(1));
      await claim('a');
      await subject.repository.release([aRow(1).messageId], 'a');
      expect(await claim('b')).toEqual([expect.objectContaining({ attempts: 0 })]);
    });
  });
}
