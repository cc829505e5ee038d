/**
 * Turn order across processes on PostgreSQL: two processes' turns of one conversation
 * run one after the other; other conversations do not wait. Each lock below has its own
 * connections, as two assistant processes would.
 */
import { PostgresTurnLock } from '../../../src/infrastructure/database/conversationLocks';
import { createTestDatabase, testProvider } from '../support/testDatabase';
import type { TestDatabase } from '../support/testDatabase';

const onPostgres = testProvider() === 'postgresql' ? describe : describe.skip;

onPostgres('PostgresTurnLock', () => {
  let db: TestDatabase;
  let first: PostgresTurnLock;
  let second: PostgresTurnLock;
  beforeAll(async () => {
    db = await createTestDatabase();
    first = new PostgresTurnLock(db.url);
    second = new PostgresTurnLock(db.url, { lockTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await db.destroy();
  });

  /** A turn that holds the lock until told to finish. */
  function heldTurn(lock: PostgresTurnLock, key: string, order: string[], name: string) {
    let finish!: () => void;
    const released = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const done = lock.run(key, async () => {
      order.push(`${name} starts`);
      started();
      await released;
      order.push(`${name} ends`);
    });
    return { running, finish, done };
  }

  test('the second process waits for the turn under way in the first, then runs', async () => {
    const order: string[] = [];
    const a = heldTurn(first, 'webchat/conv-1', order, 'A');
    await a.running;
    const b = second.run('webchat/conv-1', async () => void order.push('B'));
    // Another conversation is not held up by A.
    await second.run('webchat/conv-2', async () => void order.push('other conversation'));
    a.finish();
    await Promise.all([a.done, b]);
    expect(order).toEqual(['A starts', 'other conversation', 'A ends', 'B']);
  });

  test('a failed turn lets the next one in', async () => {
    await expect(first.run('webchat/conv-3', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(second.run('webchat/conv-3', async () => 'answered')).resolves.toBe('answered');
  });

  test('a lock held too long fails the waiting turn instead of leaving the parent waiting for ever', async () => {
    const order: string[] = [];
    const a = heldTurn(first, 'webchat/conv-4', order, 'A');
    await a.running;
    await expect(second.run('webchat/conv-4', async () => 'never')).rejects.toMatchObject({ code: '55P03' });
    a.finish();
    await a.done;
  });
});
