/** Turns of one conversation run in order; different conversations do not wait for each other. */
import { TurnQueue } from '../../src/bot/turnQueue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('runs the turns of one conversation one after the other, even after a failure', async () => {
  const queue = new TurnQueue();
  const order: string[] = [];
  const slow = queue.run('c1', async () => {
    await sleep(30);
    order.push('first');
    throw new Error('boom');
  });
  const fast = queue.run('c1', async () => {
    order.push('second');
  });
  await expect(slow).rejects.toThrow('boom');
  await fast;
  expect(order).toEqual(['first', 'second']);
});

test('lets other conversations go ahead', async () => {
  const queue = new TurnQueue();
  const order: string[] = [];
  const slow = queue.run('c1', async () => {
    await sleep(30);
    order.push('c1');
  });
  await queue.run('c2', async () => void order.push('c2'));
  await slow;
  expect(order).toEqual(['c2', 'c1']);
  await sleep(0);
  expect(queue.size).toBe(0);
});
